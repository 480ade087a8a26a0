/**
 * Builds an {@link ExportSheet} from records and a list of column specs, so that each table's
 * columns are declared once: header, type, width and how to read the value from a record.
 */
import type { ExportCellValue, ExportColumnType, ExportSheet } from './export-sheet';

/** One column of a table: how it is shown and how its value is read from a record. */
export interface ColumnSpec<T> {
  header: string;
  type: ExportColumnType;
  width: number;
  value: (record: T) => ExportCellValue;
}

/** The sheet of these records, one row each, in the order given. */
export function buildSheet<T>(
  name: string,
  specs: readonly ColumnSpec<T>[],
  records: readonly T[],
): ExportSheet {
  return {
    name,
    columns: specs.map(({ header, type, width }) => ({ header, type, width })),
    rows: records.map((record) => specs.map((spec) => spec.value(record))),
  };
}

/** An ISO timestamp as a Date, or null when it is missing or not a valid date. */
export function toDate(timestamp: string | undefined): Date | null {
  if (timestamp === undefined) return null;
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Optional text as a cell: null (an empty cell) when missing or blank. */
export function textOrNull(text: string | undefined): string | null {
  return text === undefined || text === '' ? null : text;
}

/** A list joined with ", ", or null when it is empty. */
export function joinList(items: readonly string[]): string | null {
  return items.length === 0 ? null : items.join(', ');
}
