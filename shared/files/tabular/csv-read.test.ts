import { describe, expect, it } from 'vitest';
import { readCsv, type CsvProgress } from './csv-read';
import { FileRefusedError } from './raw-table';

function refusal(text: string, limits?: Parameters<typeof readCsv>[1]): string {
  try {
    readCsv(text, limits);
  } catch (error) {
    if (error instanceof FileRefusedError) return error.message;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('readCsv', () => {
  it.each([
    ['comma', ',', 'Name,Website,Tier\nAcme,acme.com,Gold\nBeta,beta.io,Silver\n'],
    ['semicolon', ';', 'Name;Website;Tier\nAcme;acme.com;Gold\nBeta;beta.io;Silver\n'],
    ['tab', '\t', 'Name\tWebsite\tTier\nAcme\tacme.com\tGold\nBeta\tbeta.io\tSilver\n'],
  ])('detects a %s delimiter', (_name, delimiter, text) => {
    const table = readCsv(text);
    expect(table.delimiter).toBe(delimiter);
    expect(table.headers).toEqual(['Name', 'Website', 'Tier']);
    expect(table.rows).toEqual([
      ['Acme', 'acme.com', 'Gold'],
      ['Beta', 'beta.io', 'Silver'],
    ]);
    expect(table.rowNumbers).toEqual([2, 3]);
    expect(table.problems).toEqual([]);
  });

  it('prefers the delimiter that splits every row alike, though cells hold commas', () => {
    const table = readCsv('Name;Notes\n"Acme, Inc";"Big, important"\nBeta;Small\n');
    expect(table.delimiter).toBe(';');
    expect(table.rows[0]).toEqual(['Acme, Inc', 'Big, important']);
  });

  it('keeps newlines inside quoted cells, counting the record as one spreadsheet row', () => {
    const text = 'Name,Notes\r\n"Acme","Line one\r\nLine two"\r\nBeta,"Said ""hi"""\r\nGamma,x\r\n';
    const table = readCsv(text);
    expect(table.rows).toEqual([
      ['Acme', 'Line one\r\nLine two'],
      ['Beta', 'Said "hi"'],
      ['Gamma', 'x'],
    ]);
    expect(table.rowNumbers).toEqual([2, 3, 4]);
  });

  it('skips blank lines but keeps the row numbers a spreadsheet shows', () => {
    const table = readCsv('\nName,Tier\n\nAcme,Gold\n,\n  \nBeta,Silver\n');
    expect(table.headers).toEqual(['Name', 'Tier']);
    expect(table.rows).toEqual([
      ['Acme', 'Gold'],
      ['Beta', 'Silver'],
    ]);
    expect(table.rowNumbers).toEqual([4, 7]);
  });

  it('reports rows with too few or too many cells, with their row numbers', () => {
    const table = readCsv(
      'Name,Website,Tier\nAcme,acme.com\nBeta,beta.io,Gold,extra\nGamma,g.com,Gold\n',
    );
    expect(table.rows).toHaveLength(3);
    expect(table.problems).toEqual([
      {
        row: 2,
        column: '',
        message:
          'This row has 2 cells but the header has 3 columns; a delimiter may be missing or extra.',
      },
      expect.objectContaining({
        row: 3,
        message: expect.stringContaining('has 4 cells') as unknown,
      }),
    ]);
  });

  it('drops empty cells after the last column quietly (a trailing delimiter)', () => {
    const table = readCsv('Name,Tier\nAcme,Gold,,\n');
    expect(table.rows).toEqual([['Acme', 'Gold']]);
    expect(table.problems).toEqual([]);
  });

  it('names empty headers and numbers repeated ones, saying so', () => {
    const table = readCsv('Name,,Email,email\nAcme,x,a@a.com,b@b.com\n');
    expect(table.headers).toEqual(['Name', 'Column 2', 'Email', 'email (2)']);
    expect(table.notices).toHaveLength(2);
  });

  it('reads a file with a header and no rows as an empty table', () => {
    expect(readCsv('Name,Tier\n')).toMatchObject({ headers: ['Name', 'Tier'], rows: [] });
  });

  it('refuses a file with nothing in it', () => {
    expect(refusal('')).toBe('The file is empty.');
    expect(refusal('\n\n,,\n')).toBe('The file is empty.');
  });

  it('refuses a file cut off inside a quoted cell, naming the row', () => {
    expect(refusal('Name,Notes\nAcme,fine\nBeta,"This note was cut')).toMatch(
      /^Row 3: a quoted cell is never closed/,
    );
  });

  it('reports a quoted cell followed by stray characters as a row problem', () => {
    const table = readCsv('Name,Notes\nAcme,"say "hi" now"\nBeta,ok\n');
    expect(table.problems).toEqual([
      expect.objectContaining({
        row: 2,
        message: expect.stringContaining('quote marks') as unknown,
      }),
    ]);
  });

  it('refuses more rows than the limit instead of cutting the file short', () => {
    expect(refusal('Name\na\nb\nc\nd\n', { limits: { maxRows: 3 } })).toMatch(/more than 3 rows/);
    expect(readCsv('Name\na\nb\nc\n', { limits: { maxRows: 3 } }).rows).toHaveLength(3);
  });

  // A million rows take about a second to parse on a quiet machine and several under load; the
  // test is about the limit, not the time, so it gets room.
  it('refuses a 1,000,001-row file with the default limit', { timeout: 60_000 }, () => {
    const text = `Name\n${'Acme\n'.repeat(1_000_001)}`;
    expect(refusal(text)).toMatch(/more than 1,000,000 rows/);
  });

  it('refuses too many columns, and text over the size limit', () => {
    expect(refusal('a,b,c\n1,2,3\n', { limits: { maxColumns: 2 } })).toMatch(/at most 2 columns/);
    expect(refusal('Name\nAcme\n', { limits: { maxBytes: 4 } })).toMatch(/over 0 MB/);
  });

  it('reports progress while reading a 100,000-row file', () => {
    const text = `Name,Tier\n${'Acme,Gold\n'.repeat(100_000)}`;
    const reports: CsvProgress[] = [];
    const table = readCsv(text, { onProgress: (progress) => reports.push(progress) });
    expect(table.rows).toHaveLength(100_000);
    expect(reports.length).toBeGreaterThanOrEqual(20);
    expect(reports.at(-1)).toEqual({ rows: 100_000, done: text.length, total: text.length });
    expect(reports[0]?.done).toBeLessThan(text.length);
  });
});
