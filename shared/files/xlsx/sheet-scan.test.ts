import { describe, expect, it } from 'vitest';
import { columnLetters, columnNumber, scanSheet } from './sheet-scan';

describe('column letters', () => {
  it('converts both ways', () => {
    const pairs: [string, number][] = [
      ['A', 1],
      ['Z', 26],
      ['AA', 27],
      ['AZ', 52],
      ['ZZ', 702],
      ['AAA', 703],
      ['XFD', 16_384],
    ];
    for (const [letters, number] of pairs) {
      expect(columnNumber(letters)).toBe(number);
      expect(columnLetters(number)).toBe(letters);
    }
    expect(columnNumber('ab')).toBe(28);
  });
});

describe('scanSheet', () => {
  it('finds formulas and the extent of the values, ignoring formatting-only cells', () => {
    const xml =
      '<worksheet><cols><col min="1" max="3" width="9"/></cols><sheetData>' +
      '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1"><f>SUM(1,2)</f><v>3</v></c></row>' +
      '<row r="2"><c r="A2" s="1"/><c r="F2" s="1"/></row>' +
      '<row r="5"><c r="B5"><f t="shared" ref="B5:B6" si="0"/><v>1</v></c></row>' +
      '</sheetData><conditionalFormatting><cfRule><formula>A1&gt;1</formula></cfRule></conditionalFormatting></worksheet>';
    expect(scanSheet(xml)).toEqual({
      formulas: [
        { row: 1, column: 3 },
        { row: 5, column: 2 },
      ],
      rowsWithValues: 2,
      lastColumn: 3,
    });
  });

  it('counts rows and cells without an r attribute by position', () => {
    const xml = '<row><c><v>1</v></c><c><f>1</f><v>1</v></c></row><row><c><v>2</v></c></row>';
    expect(scanSheet(xml)).toEqual({
      formulas: [{ row: 1, column: 2 }],
      rowsWithValues: 2,
      lastColumn: 2,
    });
  });

  it('reads prefixed tags', () => {
    const xml = '<x:row r="3"><x:c r="D3"><x:f>1</x:f><x:v>1</x:v></x:c></x:row>';
    expect(scanSheet(xml).formulas).toEqual([{ row: 3, column: 4 }]);
  });
});
