/**
 * Reads CSV text (from a CRM export or a spreadsheet) into a {@link RawTable} with Papa Parse.
 * It runs inside the import worker, so it parses synchronously, row by row, reporting progress
 * as it goes; limits on size, rows and columns make a hostile file fail fast instead of hanging.
 */
import Papa from 'papaparse';
import type { ParseError, ParseStepResult, Parser } from 'papaparse';
import {
  DEFAULT_TABLE_LIMITS,
  FileRefusedError,
  formatCount,
  formatMegabytes,
  type CsvDelimiter,
  type RawTable,
  type RowProblem,
  type TableLimits,
} from './raw-table';
import { uniqueHeaders } from './headers';

/** How far reading has got: data rows so far, and characters read of the whole text. */
export interface CsvProgress {
  rows: number;
  done: number;
  total: number;
}

/** Options of {@link readCsv}. */
export interface CsvReadOptions {
  /** Overrides of {@link DEFAULT_TABLE_LIMITS}. */
  limits?: Partial<TableLimits>;
  /** The delimiter, when known; otherwise it is detected among comma, semicolon and tab. */
  delimiter?: CsvDelimiter;
  /** Called every `progressEvery` data rows and once at the end. */
  onProgress?: (progress: CsvProgress) => void;
  /** Data rows between progress reports (default 5,000). */
  progressEvery?: number;
}

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/** Reads CSV text into a table; throws {@link FileRefusedError} when the file cannot be imported. */
export function readCsv(text: string, options: CsvReadOptions = {}): RawTable {
  const limits = { ...DEFAULT_TABLE_LIMITS, ...options.limits };
  const progressEvery = options.progressEvery ?? 5_000;
  if (text.length > limits.maxBytes) {
    throw new FileRefusedError(
      `The file is over ${formatMegabytes(limits.maxBytes)}, the most that can be imported.`,
    );
  }
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const table: RawTable = { headers: [], rows: [], rowNumbers: [], problems: [], notices: [] };
  let headerCells: string[] | undefined;
  let record = 0;
  let refusal: FileRefusedError | undefined;

  const refuse = (parser: Parser, message: string): void => {
    refusal = new FileRefusedError(message);
    parser.abort();
  };

  const step = (results: ParseStepResult<string[]>, parser: Parser): void => {
    record += 1;
    const cells = results.data;
    const quoteProblem = quoteProblemOf(results.errors, record);
    if (quoteProblem.fatal !== undefined) {
      refuse(parser, quoteProblem.fatal);
      return;
    }
    if (cells.length > limits.maxColumns) {
      refuse(
        parser,
        `Row ${record} has ${formatCount(cells.length)} cells; at most ${formatCount(limits.maxColumns)} columns can be imported.`,
      );
      return;
    }
    if (isBlank(cells) && quoteProblem.row === undefined) return;
    if (!headerCells) {
      headerCells = cells;
      return;
    }
    if (table.rows.length >= limits.maxRows) {
      refuse(
        parser,
        `The file has more than ${formatCount(limits.maxRows)} rows, the most that can be imported at once. Split it into smaller files.`,
      );
      return;
    }
    const row = fitToHeader(cells, headerCells.length);
    if (quoteProblem.row !== undefined)
      table.problems.push({ row: record, column: '', message: quoteProblem.row });
    if (row.length !== headerCells.length)
      table.problems.push(raggedProblem(record, row.length, headerCells.length));
    table.rows.push(row);
    table.rowNumbers.push(record);
    if (options.onProgress && table.rows.length % progressEvery === 0) {
      options.onProgress({
        rows: table.rows.length,
        done: results.meta.cursor,
        total: source.length,
      });
    }
  };

  const delimiter = options.delimiter ?? detectDelimiter(source);
  table.delimiter = delimiter;
  Papa.parse<string[]>(source, { delimiter, skipEmptyLines: false, step });
  if (refusal) throw refusal;
  if (!headerCells) throw new FileRefusedError('The file is empty.');
  const { headers, notices } = uniqueHeaders(headerCells);
  table.headers = headers;
  table.notices.push(...notices);
  options.onProgress?.({ rows: table.rows.length, done: source.length, total: source.length });
  return table;
}

const SAMPLE_ROWS = 50;

/**
 * The delimiter that splits the first rows most consistently: the most rows with as many cells
 * as the header, then the most columns. Comma when none gives the header two columns.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; consistent: number; columns: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const { data } = Papa.parse<string[]>(text, {
      delimiter,
      preview: SAMPLE_ROWS,
      skipEmptyLines: 'greedy',
    });
    const columns = data[0]?.length ?? 0;
    if (columns < 2) continue;
    const rows = data.slice(1);
    const consistent =
      rows.filter((row) => row.length === columns).length / Math.max(1, rows.length);
    if (
      !best ||
      consistent > best.consistent ||
      (consistent === best.consistent && columns > best.columns)
    ) {
      best = { delimiter, consistent, columns };
    }
  }
  return best?.delimiter ?? ',';
}

// Cells past the header that are all empty are a trailing delimiter, not data: dropped quietly.
function fitToHeader(cells: string[], width: number): string[] {
  if (cells.length <= width || !isBlank(cells.slice(width))) return cells;
  return cells.slice(0, width);
}

function raggedProblem(row: number, cells: number, columns: number): RowProblem {
  return {
    row,
    column: '',
    message: `This row has ${formatCount(cells)} cells but the header has ${formatCount(columns)} columns; a delimiter may be missing or extra.`,
  };
}

// `fatal` refuses the file; `row` is a problem with this row only.
interface QuoteProblem {
  fatal?: string;
  row?: string;
}

function quoteProblemOf(errors: readonly ParseError[], row: number): QuoteProblem {
  // A quote that never closes swallows the rest of the file into one cell: refuse the file
  // rather than import what is left of it.
  if (errors.some((error) => error.code === 'MissingQuotes')) {
    return {
      fatal: `Row ${row}: a quoted cell is never closed, so the rest of the file cannot be read. The file may be truncated or contain a stray quote mark.`,
    };
  }
  if (errors.some((error) => error.code === 'InvalidQuotes')) {
    return {
      row: 'A quoted cell in this row has characters after its closing quote; check the quote marks.',
    };
  }
  return {};
}
