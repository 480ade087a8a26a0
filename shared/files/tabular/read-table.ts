/**
 * Reads an imported file's bytes into a table, choosing the reader by the file's name: XLSX
 * workbooks through the guarded XLSX reader, everything else as delimited text (CSV, TSV) after
 * working out its encoding. Whatever the format, the rest of an import sees one RawTable.
 */
import { readCsv } from './csv-read';
import { decodeText, type TextEncodingName } from './decode-text';
import {
  DEFAULT_TABLE_LIMITS,
  FileRefusedError,
  type ImportProgress,
  type RawTable,
  type TableLimits,
} from './raw-table';
import { readXlsx } from './xlsx-read';

/** The kinds of file a partner list is imported from. */
export type TableFileFormat = 'csv' | 'xlsx';

/** A file read into a table, with what the reader found out about it. */
export interface TableFile {
  table: RawTable;
  format: TableFileFormat;
  /** The text encoding of a CSV file. */
  encoding?: TextEncodingName;
  /** The sheet an XLSX table came from, and the workbook's sheets. */
  sheet?: string;
  sheetNames?: string[];
}

/** Options of {@link readTableFile}. */
export interface ReadTableOptions {
  /** Overrides of {@link DEFAULT_TABLE_LIMITS}. */
  limits?: Partial<TableLimits>;
  /** The sheet of an XLSX workbook to read, by its tab name; the first when absent. */
  sheet?: string;
  /** Hears how far a CSV file has been read. */
  onProgress?: (progress: ImportProgress) => void;
}

/** The file's extension, lower-case, without the dot ('' when it has none). */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** The format a file is read as, by its name: XLSX for .xlsx, delimited text otherwise. */
export function tableFileFormat(fileName: string): TableFileFormat {
  return extensionOf(fileName) === 'xlsx' ? 'xlsx' : 'csv';
}

/** Reads a file's bytes into a table; throws {@link FileRefusedError} when it cannot be imported. */
export async function readTableFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTableOptions = {},
): Promise<TableFile> {
  const limits = { ...DEFAULT_TABLE_LIMITS, ...options.limits };
  const extension = extensionOf(fileName);
  if (extension === 'xls' || extension === 'ods' || extension === 'numbers') {
    throw new FileRefusedError(
      `.${extension} spreadsheets cannot be imported; save the sheet as .xlsx or CSV and import that.`,
    );
  }
  if (tableFileFormat(fileName) === 'xlsx') {
    const read = await readXlsx(bytes, {
      limits,
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    });
    const { sheet, sheetNames, ...table } = read;
    return { table, format: 'xlsx', sheet, sheetNames };
  }
  const { text, encoding } = decodeText(bytes, { maxBytes: limits.maxBytes });
  const table = readCsv(text, {
    limits,
    onProgress: ({ done, total }) => options.onProgress?.({ done, total }),
  });
  return { table, format: 'csv', encoding };
}
