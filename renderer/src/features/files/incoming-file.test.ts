import { describe, expect, it, vi } from 'vitest';
import { importableList, incomingKind } from './incoming-file';

describe('incomingKind', () => {
  it('opens workbook files and imports lists, whatever the case of the extension', () => {
    expect(incomingKind('EMEA resellers.partnerbook')).toBe('workbook');
    expect(incomingKind('Accounts.CSV')).toBe('list');
    expect(incomingKind('companies.xlsx')).toBe('list');
    expect(incomingKind('export.tsv')).toBe('list');
    expect(incomingKind('old.xls')).toBe('list');
  });

  it('refuses anything else, including files without an extension', () => {
    expect(incomingKind('slides.pdf')).toBe('other');
    expect(incomingKind('README')).toBe('other');
  });
});

describe('importableList', () => {
  it('hands a Blob to the import, and refuses a streamed file by its size, releasing it', () => {
    const data = new Blob(['name\nAcme\n']);
    expect(importableList({ name: 'a.csv', data })).toEqual({ name: 'a.csv', data });
    const release = vi.fn();
    const streamed = {
      kind: 'stream' as const,
      size: 300 * 1024 * 1024,
      stream: () => new ReadableStream<Uint8Array<ArrayBuffer>>(),
      release,
    };
    expect(importableList({ name: 'huge.csv', data: streamed })).toEqual({
      refusal: '“huge.csv” is 300 MB; files up to 200 MB can be imported.',
    });
    expect(release).toHaveBeenCalledTimes(1);
  });
});
