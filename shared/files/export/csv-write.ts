/**
 * CSV export: one sheet as RFC 4180 text (fields quoted when they need it, CRLF line ends), and
 * all sheets as a zip of CSV files. Text is neutralised against formulas; dates are written as
 * ISO 8601 UTC timestamps so that nothing is lost, numbers as plain numbers, booleans as TRUE or
 * FALSE as spreadsheets write them.
 */
import { strToU8, zipSync } from 'fflate';
import { slugify } from '../../util/text';
import type { ExportCellValue, ExportSheet } from './export-sheet';
import { neutraliseText } from './neutralise';

/** The byte-order mark Excel needs to read a CSV file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** Options of the CSV writers. */
export interface CsvWriteOptions {
  /** Start the file with the UTF-8 byte-order mark, so that Excel reads accents correctly. */
  bom?: boolean;
  /** The field separator: a comma (the default), or a semicolon for Excel in many European locales. */
  delimiter?: ',' | ';';
}

/** One cell as CSV text before quoting. */
export function csvCellText(value: ExportCellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return neutraliseText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return Number.isNaN(value.getTime()) ? '' : value.toISOString();
}

/** A field quoted as RFC 4180 asks when it holds the delimiter, a quote, a line break or edge spaces. */
export function quoteCsvField(text: string, delimiter: string = ','): string {
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || text.trim() !== text;
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The sheet as CSV text: a header line, then one line per row, each ended by CRLF. */
export function sheetToCsv(sheet: ExportSheet, options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const line = (cells: readonly string[]): string =>
    cells.map((cell) => quoteCsvField(cell, delimiter)).join(delimiter) + '\r\n';
  const parts = [line(sheet.columns.map((column) => neutraliseText(column.header)))];
  for (const row of sheet.rows) parts.push(line(row.map(csvCellText)));
  return (options.bom ? UTF8_BOM : '') + parts.join('');
}

/** The sheet as a UTF-8 CSV file's bytes. */
export function sheetToCsvBytes(sheet: ExportSheet, options: CsvWriteOptions = {}): Uint8Array {
  return strToU8(sheetToCsv(sheet, options));
}

/** The file name a sheet gets in a zip of CSV files ("Positioning drafts" → "positioning-drafts.csv"). */
export function csvFileName(sheetName: string): string {
  return `${slugify(sheetName) || 'table'}.csv`;
}

/** A zip archive holding one CSV file per sheet, named by {@link csvFileName}. */
export function sheetsToCsvZip(
  sheets: readonly ExportSheet[],
  options: CsvWriteOptions = {},
): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const sheet of sheets) {
    let name = csvFileName(sheet.name);
    for (let n = 2; name in files; n += 1) name = csvFileName(`${sheet.name} ${n}`);
    files[name] = sheetToCsvBytes(sheet, options);
  }
  return zipSync(files);
}
