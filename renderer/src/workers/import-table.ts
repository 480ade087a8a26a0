/**
 * Reads an imported file's bytes into a table, choosing the reader by the file's name. CSV (and
 * tab-separated .tsv/.txt) is read here; the XLSX reader plugs in as another branch producing the
 * same RawTable (shared/files/tabular/xlsx-read.ts).
 */
import { readCsv } from '../../../shared/files/tabular/csv-read';
import { decodeText, type TextEncodingName } from '../../../shared/files/tabular/decode-text';
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

/** Reads CSV files; refuses spreadsheets until an XLSX reader is plugged in. */
export const readTableFile: TableReader = (bytes, fileName, limits, onProgress) => {
  const extension = extensionOf(fileName);
  if (extension === 'xlsx' || extension === 'xls' || extension === 'ods') {
    return Promise.reject(
      new FileRefusedError('Spreadsheet files cannot be imported yet; save the sheet as CSV.'),
    );
  }
  const { text, encoding } = decodeText(bytes, { maxBytes: limits.maxBytes });
  const table = readCsv(text, {
    limits,
    onProgress: ({ done, total }) => {
      onProgress({ done, total });
    },
  });
  return Promise.resolve({ table, format: 'csv', encoding });
};
