/**
 * Reads the first sheet (or a named sheet) of an XLSX workbook into a {@link RawTable}, the same
 * table the CSV reader produces. The file is untrusted, so before any parsing the zip directory
 * is checked against size, ratio and entry limits, each part is inflated with a hard cap, and the
 * sheet is scanned for its extent and its formula cells. Formulas are never imported: a formula
 * cell comes through empty, with a problem on its row naming the cell. Only the parts the sheet
 * needs are handed, uncompressed, to read-excel-file. See docs/xlsx-library.md.
 */
import { strFromU8, zipSync } from 'fflate';
import { InvalidInputError, InvalidSpreadsheetError, readSheet } from 'read-excel-file/universal';
import type { CellValue } from 'read-excel-file/universal';
import type { ZipEntry, ZipLimits } from '../zip/safe-unzip';
import {
  DEFAULT_ZIP_LIMITS,
  inflateZipEntry,
  readZipDirectory,
  ZipRefusedError,
} from '../zip/safe-unzip';
import type { XlsxParts } from '../xlsx/xlsx-package';
import { readXlsxParts, WORKBOOK_PATH, WORKBOOK_RELS_PATH } from '../xlsx/xlsx-package';
import { columnLetters, scanSheet } from '../xlsx/sheet-scan';
import { uniqueHeaders } from './headers';
import type { RawTable, RowProblem, TableLimits } from './raw-table';
import { DEFAULT_TABLE_LIMITS, FileRefusedError, formatCount, formatMegabytes } from './raw-table';

/** Options of {@link readXlsx}. */
export interface XlsxReadOptions {
  /** The sheet to read, by its tab name; the first sheet of cells (not a chart) when absent. */
  sheet?: string;
  /** Overrides of {@link DEFAULT_TABLE_LIMITS}. */
  limits?: Partial<TableLimits>;
  /** Overrides of {@link DEFAULT_ZIP_LIMITS}. */
  zipLimits?: Partial<ZipLimits>;
}

/** A table read from a workbook, with the sheet it came from and the workbook's other sheets. */
export interface XlsxTable extends RawTable {
  sheet: string;
  sheetNames: string[];
}

/** Most formula cells reported one by one; a sheet with more is refused as a whole. */
export const MAX_FORMULA_PROBLEMS = 10_000;

const FORMULAS_HINT =
  'Copy the sheet and paste it as values only, or save it as CSV, then import that.';

/** Reads one sheet of an XLSX file; throws {@link FileRefusedError} when it cannot be imported. */
export async function readXlsx(
  bytes: Uint8Array,
  options: XlsxReadOptions = {},
): Promise<XlsxTable> {
  const limits = { ...DEFAULT_TABLE_LIMITS, ...options.limits };
  checkFileBytes(bytes, limits.maxBytes);
  const zip = openZip(bytes, { ...DEFAULT_ZIP_LIMITS, ...options.zipLimits });
  const parts = readXlsxParts(zip.text(WORKBOOK_PATH), zip.text(WORKBOOK_RELS_PATH, ''));
  const sheetNames = parts.sheets.map((sheet) => sheet.name);
  const index = sheetIndex(parts, options.sheet);
  const ref = parts.sheets[index];
  if (!ref?.path || !zip.has(ref.path)) {
    throw new FileRefusedError(
      `The sheet “${ref?.name ?? ''}” holds no table of cells (it may be a chart sheet, or the file is damaged).`,
    );
  }
  const sheetXml = zip.text(ref.path);
  const scan = scanSheet(sheetXml);
  if (scan.rowsWithValues - 1 > limits.maxRows) {
    throw new FileRefusedError(
      `The sheet has ${formatCount(scan.rowsWithValues - 1)} rows; at most ${formatCount(limits.maxRows)} can be imported at once. Split it into smaller files.`,
    );
  }
  if (scan.lastColumn > limits.maxColumns) {
    throw new FileRefusedError(
      `The sheet has ${formatCount(scan.lastColumn)} columns; at most ${formatCount(limits.maxColumns)} can be imported.`,
    );
  }
  if (scan.formulas.length > MAX_FORMULA_PROBLEMS) {
    throw new FileRefusedError(
      `The sheet has ${formatCount(scan.formulas.length)} formula cells, and formulas are not imported. ${FORMULAS_HINT}`,
    );
  }
  // Only the parts this sheet needs, stored uncompressed: read-excel-file then inflates nothing.
  const needed = [WORKBOOK_PATH, WORKBOOK_RELS_PATH, parts.sharedStringsPath, parts.stylesPath];
  const files: Record<string, Uint8Array> = { [ref.path]: zip.bytesOf(ref.path) };
  for (const path of needed) if (zip.has(path)) files[path] = zip.bytesOf(path);
  const repacked = zipSync(files, { level: 0 });
  let data: (CellValue | null)[][];
  try {
    data = await readSheet(repacked.buffer, index + 1, { trim: false });
  } catch (error) {
    // The library's own errors say what is wrong; anything else is a damaged or unusual file.
    const known = error instanceof InvalidSpreadsheetError || error instanceof InvalidInputError;
    const reason = known
      ? error.message
      : 'it is damaged or written in a form this app cannot read.';
    throw new FileRefusedError(`The sheet “${ref.name}” could not be read: ${reason}`);
  }
  const formulas = new Set(scan.formulas.map(({ row, column }) => `${row}:${column}`));
  return { ...toTable(data, formulas), sheet: ref.name, sheetNames };
}

function checkFileBytes(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.length === 0) throw new FileRefusedError('The file is empty.');
  if (bytes.length > maxBytes) {
    throw new FileRefusedError(
      `The file is ${formatMegabytes(bytes.length)}; files up to ${formatMegabytes(maxBytes)} can be imported.`,
    );
  }
  const starts = (...prefix: number[]): boolean => prefix.every((byte, i) => bytes[i] === byte);
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) {
    throw new FileRefusedError(
      'This is an Excel 97–2003 (.xls) file or a password-protected workbook. Save it as .xlsx without a password, or as CSV, and import that.',
    );
  }
  if (!starts(0x50, 0x4b, 0x03, 0x04)) {
    throw new FileRefusedError('This is not an XLSX workbook (an .xlsx file is a zip archive).');
  }
}

interface SafeZip {
  has(path: string): boolean;
  bytesOf(path: string): Uint8Array;
  text(path: string, fallback?: string): string;
}

// Wraps the guarded zip reader so that every refusal reaches the user as a FileRefusedError.
function openZip(bytes: Uint8Array, limits: ZipLimits): SafeZip {
  const guard = <T>(read: () => T): T => {
    try {
      return read();
    } catch (error) {
      if (error instanceof ZipRefusedError) throw new FileRefusedError(error.message);
      throw error;
    }
  };
  const entries = new Map<string, ZipEntry>(
    guard(() => readZipDirectory(bytes, limits)).map((entry) => [entry.name, entry]),
  );
  const bytesOf = (path: string): Uint8Array => {
    const entry = entries.get(path);
    if (!entry) throw new FileRefusedError(`This is not an XLSX workbook (it has no ${path}).`);
    return guard(() => inflateZipEntry(bytes, entry));
  };
  return {
    has: (path) => entries.has(path),
    bytesOf,
    text: (path, fallback) =>
      fallback !== undefined && !entries.has(path) ? fallback : strFromU8(bytesOf(path)),
  };
}

function sheetIndex(parts: XlsxParts, wanted: string | undefined): number {
  if (parts.sheets.length === 0) throw new FileRefusedError('The workbook has no sheets.');
  // By default the first sheet of cells: a chart sheet in front holds nothing to import.
  if (wanted === undefined)
    return Math.max(
      0,
      parts.sheets.findIndex((sheet) => sheet.path),
    );
  const exact = parts.sheets.findIndex((sheet) => sheet.name === wanted);
  const index =
    exact >= 0
      ? exact
      : parts.sheets.findIndex((sheet) => sheet.name.toLowerCase() === wanted.toLowerCase());
  if (index < 0) {
    const names = parts.sheets.map((sheet) => `“${sheet.name}”`).join(', ');
    throw new FileRefusedError(
      `The workbook has no sheet called “${wanted}”; its sheets are ${names}.`,
    );
  }
  return index;
}

/** A cell's value as the text a CSV export of the same sheet would hold. */
export function cellText(value: CellValue | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return '';
}

// Rows of parsed cells (row i is sheet row i + 1) into headers, data rows and problems.
function toTable(
  data: readonly (readonly (CellValue | null)[])[],
  formulas: Set<string>,
): RawTable {
  const table: RawTable = { headers: [], rows: [], rowNumbers: [], problems: [], notices: [] };
  const width = data.reduce((most, row) => Math.max(most, row.length), 0);
  let headerCells: string[] | undefined;
  data.forEach((cells, index) => {
    const row = index + 1;
    const problems: RowProblem[] = [];
    const texts = Array.from({ length: width }, (_, i) => {
      if (!formulas.has(`${row}:${i + 1}`)) return cellText(cells[i] ?? null);
      const column = headerCells ? (table.headers[i] ?? '') : '';
      problems.push({
        row,
        column,
        message: `Cell ${columnLetters(i + 1)}${row} contains a formula; it was not imported.`,
      });
      return '';
    });
    if (!headerCells) {
      if (texts.every((text) => text.trim() === '') && problems.length === 0) return;
      headerCells = texts;
      const { headers, notices } = uniqueHeaders(texts);
      table.headers = headers;
      for (const problem of problems) {
        table.notices.push(problem.message.replace('; it was', '; its header was'));
      }
      table.notices.push(...notices);
      return;
    }
    if (texts.every((text) => text.trim() === '') && problems.length === 0) return;
    table.rows.push(texts);
    table.rowNumbers.push(row);
    table.problems.push(...problems);
  });
  if (!headerCells) throw new FileRefusedError('The sheet is empty.');
  return table;
}
