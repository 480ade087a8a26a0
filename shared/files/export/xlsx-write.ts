/**
 * XLSX export with write-excel-file (see docs/xlsx-library.md): one sheet per table, a bold header
 * row frozen in place, typed cells (numbers, dates with a date format, booleans) and column
 * widths. Text is neutralised against formulas and cut to Excel's limit of 32,767 characters a
 * cell. The library's "universal" build runs in a browser, a Web Worker and Node alike.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { Cell, Row, Sheet } from 'write-excel-file/universal';
import type { ExportCellValue, ExportSheet } from './export-sheet';
import { neutraliseText } from './neutralise';
import { PrototypeNameGuard } from './xlsx-proto-fix';

/** The most characters Excel keeps in one cell. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

/** The most characters Excel allows in a sheet name. */
export const EXCEL_MAX_SHEET_NAME = 31;

/** How dates are shown: ISO order, to the minute (the values are UTC). */
export const XLSX_DATE_FORMAT = 'yyyy-mm-dd hh:mm';

const CUT_NOTE = ' … [cut at Excel’s 32,767-character cell limit]';

/** Text made safe for an Excel cell: neutralised, and cut with a note when it is too long. */
export function xlsxCellText(text: string): string {
  const safe = neutraliseText(text);
  if (safe.length <= EXCEL_MAX_CELL_CHARS) return safe;
  let end = EXCEL_MAX_CELL_CHARS - CUT_NOTE.length;
  // Never split a surrogate pair: a lone half would be invalid XML.
  const code = safe.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return safe.slice(0, end) + CUT_NOTE;
}

/**
 * Sheet names Excel accepts: no `[]:*?/\`, not blank, at most 31 characters, no leading or
 * trailing apostrophe, unique without regard to case.
 */
export function xlsxSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base =
      name
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/^'+|'+$/g, '')
        .trim()
        .slice(0, EXCEL_MAX_SHEET_NAME) || 'Sheet';
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      candidate = base.slice(0, EXCEL_MAX_SHEET_NAME - suffix.length) + suffix;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

function cell(value: ExportCellValue, names: PrototypeNameGuard): Cell {
  if (typeof value === 'string') return value === '' ? null : names.guard(xlsxCellText(value));
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  return value;
}

/**
 * The library's description of one sheet: bold header row, typed data rows, widths, frozen top
 * row. The workbook's bytes must then go through `names.restore`.
 */
export function toXlsxSheet(
  sheet: ExportSheet,
  name: string,
  names: PrototypeNameGuard,
): Sheet<never> {
  const header: Row = sheet.columns.map((column) => ({
    value: names.guard(xlsxCellText(column.header)),
    fontWeight: 'bold',
  }));
  return {
    sheet: name,
    data: [header, ...sheet.rows.map((row) => row.map((value) => cell(value, names)))],
    columns: sheet.columns.map((column) => ({ width: column.width })),
    stickyRowsCount: 1,
    dateFormat: XLSX_DATE_FORMAT,
  };
}

/** The sheets as an XLSX workbook's bytes. */
export async function sheetsToXlsx(sheets: readonly ExportSheet[]): Promise<Uint8Array> {
  if (sheets.length === 0) throw new Error('An XLSX workbook needs at least one sheet.');
  const sheetNames = xlsxSheetNames(sheets.map((sheet) => sheet.name));
  const guard = new PrototypeNameGuard();
  const blob = await writeXlsxFile(
    sheets.map((sheet, index) => toXlsxSheet(sheet, sheetNames[index] ?? sheet.name, guard)),
  ).toBlob();
  return guard.restore(new Uint8Array(await blob.arrayBuffer()));
}
