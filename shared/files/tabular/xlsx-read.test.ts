import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportWorkbook } from '../../../tests/unit/fixtures/export-workbook';
import type { ExportSheet } from '../export/export-sheet';
import { workbookSheets } from '../export/tables';
import { sheetsToXlsx } from '../export/xlsx-write';
import { FileRefusedError } from './raw-table';
import { cellText, MAX_FORMULA_PROBLEMS, readXlsx } from './xlsx-read';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal workbook package around hand-written sheet XML (inline strings, no styles). */
function handmadeXlsx(sheets: { name: string; rows: string; chart?: boolean }[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (s, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/${s.chart ? 'chartsheet' : 'worksheet'}" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('')}</Relationships>`,
    ),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<worksheet xmlns="${NS}"><sheetData>${sheet.rows}</sheetData></worksheet>`,
    );
  });
  return zipSync(files);
}

const text = (ref: string, value: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
const num = (ref: string, value: number): string => `<c r="${ref}"><v>${value}</v></c>`;

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FileRefusedError);
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
}

describe('readXlsx', () => {
  it('reads back the exporter’s typed cells as text, the first sheet by default', async () => {
    const sheet: ExportSheet = {
      name: 'Partners',
      columns: [
        { header: 'Name', type: 'text', width: 20 },
        { header: 'Score', type: 'number', width: 10 },
        { header: 'Since', type: 'date', width: 17 },
        { header: 'Active', type: 'boolean', width: 8 },
      ],
      rows: [
        ['=1+1', 87, new Date('2024-01-15T13:30:00Z'), true],
        ['  Spaced  ', -2.5, new Date('2024-02-01T00:00:00Z'), false],
      ],
    };
    const table = await readXlsx(await sheetsToXlsx([sheet, { ...sheet, name: 'Other' }]));
    expect(table.sheet).toBe('Partners');
    expect(table.sheetNames).toEqual(['Partners', 'Other']);
    expect(table.headers).toEqual(['Name', 'Score', 'Since', 'Active']);
    expect(table.rows).toEqual([
      ["'=1+1", '87', '2024-01-15T13:30:00.000Z', 'TRUE'],
      ['  Spaced  ', '-2.5', '2024-02-01', 'FALSE'],
    ]);
    expect(table.rowNumbers).toEqual([2, 3]);
    expect(table.problems).toEqual([]);
  });

  it('reads a sheet by name, ignoring case, and names the sheets when one is missing', async () => {
    const bytes = await sheetsToXlsx(workbookSheets(exportWorkbook()));
    const contacts = await readXlsx(bytes, { sheet: 'contacts' });
    expect(contacts.sheet).toBe('Contacts');
    expect(contacts.headers.slice(0, 3)).toEqual(['Partner', 'Name', 'Role']);
    expect(contacts.rows[0]?.slice(0, 2)).toEqual(['Acme Cloud GmbH', 'Lena Fischer']);
    expect(await refusal(readXlsx(bytes, { sheet: 'Deals' }))).toBe(
      'The workbook has no sheet called “Deals”; its sheets are “Partners”, “Contacts”, “Positioning drafts”, “Iterations”, “Activities”, “Company goals”, “Partner plans”, “Investments”, “Metrics”, “Templates”, “QBRs”, “Stage and tier changes”, “Intelligence”, “Feedback”, “Decisions”, “Stakeholders”, “Asks”.',
    );
  });

  it('leaves formula cells out and reports each one on its row', async () => {
    const bytes = handmadeXlsx([
      {
        name: 'Data',
        rows:
          `<row r="1">${text('A1', 'Name')}${text('B1', 'Score')}${text('C1', 'Label')}</row>` +
          `<row r="2">${text('A2', 'Acme')}<c r="B2"><f>1+1</f><v>2</v></c>${text('C2', 'ok')}</row>` +
          `<row r="3">${text('A3', 'Beta')}<c r="B3"><f t="shared" ref="B3:B4" si="0"/><v>5</v></c>` +
          `<c r="C3" t="str"><f>UPPER(A3)</f><v>BETA</v></c></row>` +
          // A namespace prefix must not hide a formula.
          `<x:row xmlns:x="${NS}" r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>Gamma</x:t></x:is></x:c><x:c r="B4"><x:f>3*3</x:f><x:v>9</x:v></x:c></x:row>`,
      },
    ]);
    const table = await readXlsx(bytes);
    expect(table.rows).toEqual([
      ['Acme', '', 'ok'],
      ['Beta', '', ''],
      ['Gamma', '', ''],
    ]);
    expect(table.problems).toEqual([
      { row: 2, column: 'Score', message: 'Cell B2 contains a formula; it was not imported.' },
      { row: 3, column: 'Score', message: 'Cell B3 contains a formula; it was not imported.' },
      { row: 3, column: 'Label', message: 'Cell C3 contains a formula; it was not imported.' },
      { row: 4, column: 'Score', message: 'Cell B4 contains a formula; it was not imported.' },
    ]);
  });

  it('finds the header below blank rows, names empty headers and skips blank rows', async () => {
    const bytes = handmadeXlsx([
      {
        name: 'Report',
        rows:
          `<row r="3">${text('B3', 'Account Name')}${text('C3', 'Account Name')}<c r="D3" t="str"><f>"x"</f><v>x</v></c></row>` +
          `<row r="4">${text('B4', 'Acme')}${num('C4', 1)}${num('E4', 44927)}</row>` +
          `<row r="5"><c r="B5" s="0"/></row>` +
          `<row r="7">${text('B7', 'Beta')}</row>`,
      },
    ]);
    const table = await readXlsx(bytes);
    expect(table.headers).toEqual([
      'Column 1',
      'Account Name',
      'Account Name (2)',
      'Column 4',
      'Column 5',
    ]);
    expect(table.rows).toEqual([
      ['', 'Acme', '1', '', '44927'],
      ['', 'Beta', '', '', ''],
    ]);
    expect(table.rowNumbers).toEqual([4, 7]);
    expect(table.notices[0]).toBe('Cell D3 contains a formula; its header was not imported.');
    expect(table.notices).toContain('Column 1 has no header; it is called “Column 1” here.');
  });

  it('refuses sheets over the row, column and formula limits before parsing them', async () => {
    const rows = [1, 2, 3, 4]
      .map((r) => `<row r="${r}">${text(`A${r}`, 'x')}${text(`C${r}`, 'y')}</row>`)
      .join('');
    const bytes = handmadeXlsx([{ name: 'S', rows }]);
    expect(await refusal(readXlsx(bytes, { limits: { maxRows: 2 } }))).toBe(
      'The sheet has 3 rows; at most 2 can be imported at once. Split it into smaller files.',
    );
    expect(await refusal(readXlsx(bytes, { limits: { maxColumns: 2 } }))).toBe(
      'The sheet has 3 columns; at most 2 can be imported.',
    );
    const formulas = Array.from(
      { length: MAX_FORMULA_PROBLEMS + 1 },
      (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><f>1</f><v>1</v></c></row>`,
    ).join('');
    const many = handmadeXlsx([
      { name: 'S', rows: `<row r="1">${text('A1', 'H')}</row>${formulas}` },
    ]);
    expect(await refusal(readXlsx(many))).toMatch(/^The sheet has 10,001 formula cells/);
  });

  it('refuses zip bombs and oversized archives', async () => {
    const bomb = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(20 * 1024 * 1024),
    });
    expect(await refusal(readXlsx(bomb))).toMatch(/zip bomb/);
    const normal = await sheetsToXlsx(workbookSheets(exportWorkbook()));
    expect(await refusal(readXlsx(normal, { zipLimits: { maxTotalBytes: 10_000 } }))).toMatch(
      /^The file unpacks to more than/,
    );
    expect(await refusal(readXlsx(normal, { limits: { maxBytes: 1000 } }))).toMatch(
      /^The file is \d+ MB; files up to 0 MB can be imported\.$/,
    );
  });

  it('refuses empty, truncated, non-zip and old .xls files with a clear message', async () => {
    expect(await refusal(readXlsx(new Uint8Array()))).toBe('The file is empty.');
    expect(await refusal(readXlsx(strToU8('Name,Score\nAcme,1\n')))).toBe(
      'This is not an XLSX workbook (an .xlsx file is a zip archive).',
    );
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await refusal(readXlsx(xls))).toMatch(/Excel 97–2003/);
    const whole = await sheetsToXlsx(workbookSheets(exportWorkbook()));
    expect(await refusal(readXlsx(whole.subarray(0, whole.length / 2)))).toMatch(
      /damaged or truncated/,
    );
    const notXlsx = zipSync({ 'readme.txt': strToU8('hello') });
    expect(await refusal(readXlsx(notXlsx))).toBe(
      'This is not an XLSX workbook (it has no xl/workbook.xml).',
    );
  });

  it('skips a chart sheet in front by default, and refuses one asked for by name', async () => {
    const bytes = handmadeXlsx([
      { name: 'Chart', rows: '', chart: true },
      {
        name: 'Data',
        rows: `<row r="1">${text('A1', 'Name')}</row><row r="2">${text('A2', 'Acme')}</row>`,
      },
    ]);
    const table = await readXlsx(bytes);
    expect(table.sheet).toBe('Data');
    expect(table.rows).toEqual([['Acme']]);
    expect(await refusal(readXlsx(bytes, { sheet: 'Chart' }))).toMatch(/chart sheet/);
  });

  it('refuses a sheet whose XML is broken', async () => {
    const broken = handmadeXlsx([{ name: 'S', rows: `<row r="1">${text('A1', 'x')}</row><row` }]);
    expect(await refusal(readXlsx(broken))).toMatch(/^The sheet “S” could not be read: /);
    // read-excel-file needs each cell's address; without one it fails, and says nothing useful.
    const noAddress = handmadeXlsx([
      { name: 'S', rows: '<row><c t="inlineStr"><is><t>x</t></is></c></row>' },
    ]);
    expect(await refusal(readXlsx(noAddress))).toBe(
      'The sheet “S” could not be read: it is damaged or written in a form this app cannot read.',
    );
  });
});

describe('cellText', () => {
  it('writes values as a CSV of the sheet would hold them', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(0.1)).toBe('0.1');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText(new Date('2024-03-01T00:00:00Z') as never)).toBe('2024-03-01');
    expect(cellText(new Date('2024-03-01T08:00:00Z') as never)).toBe('2024-03-01T08:00:00.000Z');
  });
});
