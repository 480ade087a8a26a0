import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportWorkbook } from '../../../tests/unit/fixtures/export-workbook';
import {
  csvCellText,
  csvFileName,
  quoteCsvField,
  sheetToCsv,
  sheetToCsvBytes,
  sheetsToCsvZip,
} from './csv-write';
import type { ExportSheet } from './export-sheet';
import { workbookSheets } from './tables';

const sheet: ExportSheet = {
  name: 'Partners',
  columns: [
    { header: 'Name', type: 'text', width: 20 },
    { header: 'Score', type: 'number', width: 10 },
    { header: 'Since', type: 'date', width: 17 },
    { header: 'Active', type: 'boolean', width: 8 },
  ],
  rows: [
    ['Müller, "Ost"', -2.5, new Date('2024-01-15T13:30:00Z'), true],
    ['=1+1', null, null, false],
    ['line\nbreak', 0, null, null],
  ],
};

describe('csvCellText', () => {
  it('writes each type as spreadsheets read it back', () => {
    expect(csvCellText(null)).toBe('');
    expect(csvCellText(-2.5)).toBe('-2.5');
    expect(csvCellText(1e6)).toBe('1000000');
    expect(csvCellText(Number.NaN)).toBe('');
    expect(csvCellText(true)).toBe('TRUE');
    expect(csvCellText(new Date('2024-01-15T13:30:00Z'))).toBe('2024-01-15T13:30:00.000Z');
    expect(csvCellText('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('quoteCsvField', () => {
  it('quotes only when RFC 4180 needs it, doubling quotes', () => {
    expect(quoteCsvField('plain')).toBe('plain');
    expect(quoteCsvField('a,b')).toBe('"a,b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField('a\r\nb')).toBe('"a\r\nb"');
    expect(quoteCsvField(' padded ')).toBe('" padded "');
    expect(quoteCsvField('a;b')).toBe('a;b');
    expect(quoteCsvField('a;b', ';')).toBe('"a;b"');
  });
});

describe('sheetToCsv', () => {
  it('writes a header and one CRLF-ended line per row', () => {
    expect(sheetToCsv(sheet)).toBe(
      'Name,Score,Since,Active\r\n' +
        '"Müller, ""Ost""",-2.5,2024-01-15T13:30:00.000Z,TRUE\r\n' +
        "'=1+1,,,FALSE\r\n" +
        '"line\nbreak",0,,\r\n',
    );
  });

  it('adds the byte-order mark and uses semicolons on request', () => {
    const csv = sheetToCsv(sheet, { bom: true, delimiter: ';' });
    expect(csv.startsWith('\uFEFFName;Score;Since;Active\r\n')).toBe(true);
    // With semicolons, the comma in the name no longer needs quotes; the quote marks still do.
    expect(csv).toContain('\r\n"Müller, ""Ost""";-2.5;2024-01-15T13:30:00.000Z;TRUE\r\n');
    expect(sheetToCsv({ ...sheet, rows: [['a,b', 1, null, null]] }, { delimiter: ';' })).toContain(
      '\r\na,b;1;;\r\n',
    );
  });

  it('encodes as UTF-8, with the BOM as EF BB BF', () => {
    const bytes = sheetToCsvBytes(sheet, { bom: true });
    expect([...bytes.subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x4e]);
    // ü is C3 BC in UTF-8.
    const line2 = bytes.indexOf(0x0a) + 1;
    expect([...bytes.subarray(line2, line2 + 4)]).toEqual([0x22, 0x4d, 0xc3, 0xbc]);
  });
});

describe('sheetsToCsvZip', () => {
  it('holds one CSV per table, named after the sheet', () => {
    const sheets = workbookSheets(exportWorkbook());
    const files = unzipSync(sheetsToCsvZip(sheets, { bom: true }));
    expect(Object.keys(files)).toEqual([
      'partners.csv',
      'contacts.csv',
      'positioning-drafts.csv',
      'iterations.csv',
      'activities.csv',
      'company-goals.csv',
      'partner-plans.csv',
      'investments.csv',
      'metrics.csv',
      'templates.csv',
      'qbrs.csv',
      'stage-and-tier-changes.csv',
      'intelligence.csv',
      'feedback.csv',
      'decisions.csv',
      'stakeholders.csv',
      'asks.csv',
    ]);
    const bytes = files['partners.csv'] ?? new Uint8Array();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the byte-order mark.
    const partners = strFromU8(bytes);
    expect(partners.startsWith('Name,Types,Stage,')).toBe(true);
    expect(partners).toContain("\r\n'=1+1,,Prospect,No tier,'+44,'-2+3,'@SUM(A1),,0,,,,");
    expect(partners).toContain('"Reseller / VAR, MSP"');
  });

  it('keeps two sheets with the same name apart', () => {
    const files = unzipSync(sheetsToCsvZip([sheet, sheet]));
    expect(Object.keys(files)).toEqual(['partners.csv', 'partners-2.csv']);
    expect(csvFileName('!!!')).toBe('table.csv');
  });
});
