import { describe, expect, it } from 'vitest';
import { sheetsToXlsx } from '../export/xlsx-write';
import { FileRefusedError } from './raw-table';
import { extensionOf, readTableFile, tableFileFormat } from './read-table';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readTableFile', () => {
  it('reads delimited text, whatever the extension, detecting the encoding', async () => {
    const read = await readTableFile(
      bytes('\uFEFFName\tWebsite\nAcme\tacme.example\n'),
      'list.tsv',
    );
    expect(read).toMatchObject({ format: 'csv', encoding: 'utf-8' });
    expect(read.table.headers).toEqual(['Name', 'Website']);
    expect(read.table.rows).toEqual([['Acme', 'acme.example']]);
  });

  it('reads an XLSX file’s first sheet, or the one named', async () => {
    const sheet = (name: string, value: string) => ({
      name,
      columns: [{ header: 'Name', type: 'text' as const, width: 10 }],
      rows: [[value]],
    });
    const xlsx = await sheetsToXlsx([sheet('One', 'Acme'), sheet('Two', 'Globex')]);
    const first = await readTableFile(xlsx, 'C:\\exports\\Accounts.XLSX');
    expect(first).toMatchObject({ format: 'xlsx', sheet: 'One', sheetNames: ['One', 'Two'] });
    expect(first.table.rows).toEqual([['Acme']]);
    const second = await readTableFile(xlsx, 'accounts.xlsx', { sheet: 'two' });
    expect(second.table.rows).toEqual([['Globex']]);
  });

  it('refuses old spreadsheets and files over the limit', async () => {
    await expect(readTableFile(bytes('x'), 'old.xls')).rejects.toThrow(FileRefusedError);
    await expect(
      readTableFile(bytes('Name\nAcme\n'), 'a.csv', { limits: { maxBytes: 4 } }),
    ).rejects.toThrow('files up to 0 MB can be imported');
  });
});

describe('extensionOf and tableFileFormat', () => {
  it('take the extension of the file name, not of a folder or a dot file', () => {
    expect(extensionOf('a/b.c/list')).toBe('');
    expect(extensionOf('.csv')).toBe('');
    expect(extensionOf('dir\\List.CSV')).toBe('csv');
    expect(tableFileFormat('x.xlsx')).toBe('xlsx');
    expect(tableFileFormat('x.txt')).toBe('csv');
  });
});
