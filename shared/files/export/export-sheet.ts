/**
 * The format-neutral shape of an exported table: typed columns and rows of plain values. The
 * table builders produce it; the CSV and XLSX writers consume it, so every format shows the same
 * columns in the same order.
 */

/** How a column's values are typed in a spreadsheet. */
export type ExportColumnType = 'text' | 'number' | 'date' | 'boolean';

/** One value of an exported cell; null is an empty cell. */
export type ExportCellValue = string | number | boolean | Date | null;

/** One column of an exported sheet. */
export interface ExportColumn {
  /** The header text, shown in bold on the first row. */
  header: string;
  /** The type every non-empty value of the column has. */
  type: ExportColumnType;
  /** The column's width in characters. */
  width: number;
}

/** One exported table: a sheet of an XLSX workbook, or one CSV file. */
export interface ExportSheet {
  /** The sheet's name (also the CSV file's name); at most 31 characters for Excel. */
  name: string;
  columns: ExportColumn[];
  /** One array per record, in column order. */
  rows: ExportCellValue[][];
}
