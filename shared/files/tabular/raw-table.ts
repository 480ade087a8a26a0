/**
 * The table every importer reads a file into, whatever the format: CSV today, XLSX later. From
 * here on (column mapping, row checks, matching) the pipeline does not know where the table came
 * from, so both readers produce exactly this.
 */

/** One problem with one row (or one cell) of a file, in the terms a spreadsheet user sees. */
export interface RowProblem {
  /** The row as a spreadsheet numbers it: the header is row 1, the first data row is row 2. */
  row: number;
  /** The file's column header, or '' when the problem is with the row as a whole. */
  column: string;
  /** What is wrong, in words fit to show the user. */
  message: string;
}

/** The delimiters a CSV file may use. */
export type CsvDelimiter = ',' | ';' | '\t';

/** A file read into header names and rows of text cells, before any mapping. */
export interface RawTable {
  /** Column names, trimmed and made unique (see `notices` for any that were renamed). */
  headers: string[];
  /** Data rows, blank rows left out. A row may be shorter or longer than `headers`. */
  rows: string[][];
  /** The spreadsheet row number of each entry of `rows` (header = 1, blank rows counted). */
  rowNumbers: number[];
  /** Rows that could not be read cleanly, such as rows with the wrong number of cells. */
  problems: RowProblem[];
  /** Things the reader changed that the user should know, such as renamed headers. */
  notices: string[];
  /** The delimiter of a CSV file; undefined for tables not read from delimited text. */
  delimiter?: CsvDelimiter;
}

/** Bounds that keep a hostile or mistaken file from exhausting memory or hanging the import. */
export interface TableLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most data rows accepted; a longer file is refused, not cut short. */
  maxRows: number;
  /** Most columns accepted. */
  maxColumns: number;
}

/** The limits every importer uses unless a caller (a test, the command line) sets others. */
export const DEFAULT_TABLE_LIMITS: TableLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxRows: 1_000_000,
  maxColumns: 500,
};

/** A file the importer refuses as a whole; the message is fit to show the user. */
export class FileRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileRefusedError';
  }
}

/** How far a long step of an import has got; `total` in the same unit as `done`. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** Formats a count the same way everywhere in import messages (1,000,000). */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** Formats a size in bytes as megabytes for messages. */
export function formatMegabytes(bytes: number): string {
  return `${formatCount(Math.round(bytes / (1024 * 1024)))} MB`;
}
