/**
 * Reads an imported file's bytes into a table, choosing the reader by the file's name: Excel
 * workbooks (.xlsx) through the guarded XLSX reader, everything else as CSV (comma, semicolon or
 * tab separated). Both produce the same RawTable.
 */
import { readCsv } from '../../../shared/files/tabular/csv-read';
import { decodeText, type TextEncodingName } from '../../../shared/files/tabular/decode-text';
import { readXlsx } from '../../../shared/files/tabular/xlsx-read';
import {
  FileRefusedError,
  type ImportProgress,
  type RawTable,
  type TableLimits,
} from '../../../shared/files/tabular/raw-table';
import type { TableFormat } from './import-messages';

/** A file read into a table, with what the reader found out about it. */
export interface ReadTable {
  table: RawTable;
  format: TableFormat;
  encoding?: TextEncodingName;
  sheet?: string;
  sheetNames?: string[];
}

/** Reads a file's bytes into a table; throws {@link FileRefusedError} when it cannot be imported. */
export type TableReader = (
  bytes: Uint8Array,
  fileName: string,
  limits: TableLimits,
  onProgress: (progress: ImportProgress) => void,
) => Promise<ReadTable>;

/** The file's extension, lower-case, without the dot ('' when it has none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Reads Excel workbooks and CSV files; refuses the spreadsheet formats it cannot read. */
export const readTableFile: TableReader = async (bytes, fileName, limits, onProgress) => {
  const extension = extensionOf(fileName);
  if (extension === 'xlsx') {
    const { sheet, sheetNames, ...table } = await readXlsx(bytes, { limits });
    onProgress({ done: table.rows.length, total: table.rows.length });
    return { table, format: 'xlsx', sheet, sheetNames };
  }
  if (extension === 'xls' || extension === 'ods' || extension === 'numbers') {
    throw new FileRefusedError(
      `“${fileName}” is in a spreadsheet format that cannot be imported; save it as .xlsx or .csv.`,
    );
  }
  const { text, encoding } = decodeText(bytes, { maxBytes: limits.maxBytes });
  const table = readCsv(text, {
    limits,
    onProgress: ({ done, total }) => {
      onProgress({ done, total });
    },
  });
  return { table, format: 'csv', encoding };
};
