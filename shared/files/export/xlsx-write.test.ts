import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { ACME_ID, exportWorkbook } from '../../../tests/unit/fixtures/export-workbook';
import type { ExportSheet } from './export-sheet';
import { workbookSheets } from './tables';
import { EXCEL_MAX_CELL_CHARS, sheetsToXlsx, xlsxCellText, xlsxSheetNames } from './xlsx-write';

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

const sheet: ExportSheet = {
  name: 'Partners',
  columns: [
    { header: 'Name', type: 'text', width: 30 },
    { header: 'Score', type: 'number', width: 12 },
    { header: 'Since', type: 'date', width: 17 },
    { header: 'Active', type: 'boolean', width: 8 },
  ],
  rows: [
    ['=1+1', 87, new Date('2024-01-15T13:30:00Z'), true],
    ['-2+3', -2.5, null, false],
    ['Ünïcode “quotes” & <tags>', null, null, null],
  ],
};

describe('sheetsToXlsx', () => {
  it('writes typed cells that read back as the same values', async () => {
    const bytes = await sheetsToXlsx([sheet]);
    const [read] = await readXlsxFile(toArrayBuffer(bytes));
    expect(read?.sheet).toBe('Partners');
    expect(read?.data).toEqual([
      ['Name', 'Score', 'Since', 'Active'],
      ["'=1+1", 87, new Date('2024-01-15T13:30:00Z'), true],
      ["'-2+3", -2.5, null, false],
      ['Ünïcode “quotes” & <tags>', null, null, null],
    ]);
  });

  it('freezes a bold header row, sets widths and a date format', async () => {
    const files = unzipSync(await sheetsToXlsx([sheet]));
    const xml = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(xml).toContain('ySplit="1"');
    expect(xml).toContain('state="frozen"');
    expect(xml).toContain('<col min="1" max="1" width="30" customWidth="1"/>');
    expect(xml).toContain('<col min="3" max="3" width="17" customWidth="1"/>');
    // Header cells use style 1, which is the bold font.
    expect(xml).toMatch(/<c r="A1" s="1" t="s">/);
    const styles = strFromU8(files['xl/styles.xml'] ?? new Uint8Array());
    expect(styles).toMatch(/<font>(?:(?!<\/font>).)*<b\/>/);
    expect(styles).toContain('formatCode="yyyy-mm-dd hh:mm"');
    // Numbers and booleans are stored typed, not as text.
    expect(xml).toContain('<c r="B2"><v>87</v></c>');
    expect(xml).toContain('<c r="D2" t="b"><v>1</v></c>');
    expect(xml).not.toContain('<f>');
  });

  it('writes one sheet per table, named as the workbook shows them', async () => {
    const bytes = await sheetsToXlsx(workbookSheets(exportWorkbook()));
    const workbookXml = strFromU8(unzipSync(bytes)['xl/workbook.xml'] ?? new Uint8Array());
    const names = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual([
      'Partners',
      'Contacts',
      'Positioning drafts',
      'Iterations',
      'Activities',
      'Company goals',
      'Partner plans',
      'Investments',
      'Metrics',
      'Templates',
      'QBRs',
      'Stage and tier changes',
      'Intelligence',
      'Feedback',
      'Decisions',
      'Stakeholders',
      'Asks',
    ]);
    const sheets = await readXlsxFile(toArrayBuffer(bytes));
    const partners = sheets[0]?.data ?? [];
    expect(partners[0]?.slice(0, 3)).toEqual(['Name', 'Types', 'Stage']);
    expect(partners[1]?.slice(0, 9)).toEqual([
      "'=1+1",
      null,
      'Prospect',
      'No tier',
      "'+44",
      "'-2+3",
      "'@SUM(A1)",
      null,
      0,
    ]);
    expect(partners[2]?.[14]).toBe(ACME_ID);
    expect(partners[2]?.[11]).toBe('Line one\nLine "two", with a comma');
    const iterations = sheets[3]?.data ?? [];
    expect(iterations.map((row) => row[2])).toEqual(['Iteration', 1, 2]);
  });

  it('refuses an empty list of sheets', async () => {
    await expect(sheetsToXlsx([])).rejects.toThrow('at least one sheet');
  });
});

describe('xlsxCellText', () => {
  it('cuts text at Excel’s cell limit with a note, never splitting a surrogate pair', () => {
    const long = xlsxCellText('x'.repeat(40_000));
    expect(long).toHaveLength(EXCEL_MAX_CELL_CHARS);
    expect(long.endsWith('cell limit]')).toBe(true);
    const emoji = xlsxCellText('😀'.repeat(20_000));
    expect(emoji.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(xlsxCellText('@x')).toBe("'@x");
  });
});

describe('xlsxSheetNames', () => {
  it('makes names Excel accepts and keeps them unique', () => {
    expect(
      xlsxSheetNames([
        'Q1/Q2 [draft]',
        'A very long sheet name that goes past 31',
        'data',
        'DATA',
        '',
      ]),
    ).toEqual(['Q1 Q2  draft', 'A very long sheet name that goe', 'data', 'DATA (2)', 'Sheet']);
  });
});

describe('prototype names as cell text', () => {
  it('writes "constructor", "__proto__" and friends as plain text (a write-excel-file bug)', async () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
    const bytes = await sheetsToXlsx([
      {
        name: 'Tags',
        columns: [{ header: 'constructor', type: 'text', width: 10 }],
        rows: names.map((name) => [name]),
      },
    ]);
    const [read] = await readXlsxFile(toArrayBuffer(bytes));
    expect(read?.data).toEqual([['constructor'], ...names.map((name) => [name])]);
  });
});
