/**
 * Formula neutralising for exported text (OWASP "CSV injection"): a spreadsheet treats a cell
 * that starts with `=`, `+`, `-` or `@` (or a tab or carriage return before one) as a formula,
 * so such text gets a leading apostrophe and is shown as text. Text that already starts with
 * apostrophes before one of those characters gets one more, so that {@link restoreNeutralised}
 * gives back exactly the original text on import.
 */
import type { ExportCellValue } from './export-sheet';

const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^''*[=+\-@\t\r]/;

/** The text with a leading apostrophe when a spreadsheet could read it as a formula. */
export function neutraliseText(text: string): string {
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}

/** A cell value made safe for a spreadsheet: text neutralised, numbers, dates and booleans kept. */
export function neutraliseCell(value: ExportCellValue): ExportCellValue {
  return typeof value === 'string' ? neutraliseText(value) : value;
}

/** The original text of a value written by {@link neutraliseText}; other text is returned as is. */
export function restoreNeutralised(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}
