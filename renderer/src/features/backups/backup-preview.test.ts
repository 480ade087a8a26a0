import { describe, expect, it } from 'vitest';
import { partnerNamesIn } from './backup-preview';

describe('partnerNamesIn', () => {
  it('lists the first partner names by name', () => {
    const text = JSON.stringify({
      tables: { partners: [{ name: 'Northwind' }, { name: 'Acme' }, { name: 'Baltic Data' }] },
    });
    expect(partnerNamesIn(text, 2)).toEqual(['Acme', 'Baltic Data']);
  });

  it('gives nothing for text that is not a workbook', () => {
    expect(partnerNamesIn('{"tables":', 5)).toBeUndefined();
    expect(partnerNamesIn('[1,2]', 5)).toBeUndefined();
    expect(partnerNamesIn('{"tables":{"partners":{}}}', 5)).toBeUndefined();
  });

  it('skips partners without a name', () => {
    const text = '{"tables":{"partners":[{"name":1},{"name":"Acme"},null]}}';
    expect(partnerNamesIn(text, 5)).toEqual(['Acme']);
  });
});
