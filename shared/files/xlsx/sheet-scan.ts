/**
 * One quick pass over a worksheet's XML before it is parsed: where the formula cells are, and
 * how many rows and columns actually hold values, so that an importer can refuse a sheet that is
 * too large before building it in memory, and can tell which cells were formulas (the parser
 * only gives their cached results).
 */

/** A cell position, both counted from 1 as a spreadsheet shows them. */
export interface CellPosition {
  row: number;
  column: number;
}

/** What the scan found. */
export interface SheetScan {
  /** Cells holding a formula, in sheet order. */
  formulas: CellPosition[];
  /** How many rows hold at least one cell with content. */
  rowsWithValues: number;
  /** The rightmost column holding a cell with content (0 when there is none). */
  lastColumn: number;
}

/** A column's number from its letters: A → 1, Z → 26, AA → 27. */
export function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + letter.charCodeAt(0) - 64;
  return number;
}

/** A column's letters from its number: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

// Start tags of rows, cells and formulas, with or without a namespace prefix. `<cols>`, `<col>`,
// `<cfRule>` and `<formula>` do not match: the name must end at a space, `/` or `>`.
const TAGS = /<(?:[A-Za-z_][\w.-]*:)?(row|c|f)(?=[\s/>])([^>]*)>/g;
const ROW_NUMBER = /\br\s*=\s*"(\d+)"/;
const CELL_REF = /\br\s*=\s*"([A-Za-z]{1,3})(\d+)"/;

/** Scans a worksheet's XML for formula cells and the extent of its values. */
export function scanSheet(xml: string): SheetScan {
  const formulas: CellPosition[] = [];
  let row = 0;
  let column = 0;
  let rowHasValue = false;
  let rowsWithValues = 0;
  let lastColumn = 0;
  for (const [, tag, attributes = ''] of xml.matchAll(TAGS)) {
    if (tag === 'row') {
      const number = ROW_NUMBER.exec(attributes)?.[1];
      row = number === undefined ? row + 1 : Number(number);
      column = 0;
      rowHasValue = false;
    } else if (tag === 'c') {
      const ref = CELL_REF.exec(attributes);
      column = ref?.[1] === undefined ? column + 1 : columnNumber(ref[1]);
      // A self-closing cell (`<c r="B2" s="3"/>`) only carries formatting.
      if (!attributes.trimEnd().endsWith('/')) {
        lastColumn = Math.max(lastColumn, column);
        if (!rowHasValue) rowsWithValues += 1;
        rowHasValue = true;
      }
    } else {
      formulas.push({ row, column });
    }
  }
  return { formulas, rowsWithValues, lastColumn };
}
