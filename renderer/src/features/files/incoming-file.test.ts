import { describe, expect, it } from 'vitest';
import { incomingKind } from './incoming-file';

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
