import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePartnerbook } from './encode';
import { SNAPSHOT_TABLES, type WorkbookSnapshot } from './snapshot';
import { workbookSnapshot } from './snapshot-test-kit';
import { PartnerbookWriter, partnerbookTooLarge, type EncodeMeta } from './writer';

const META: EncodeMeta = { exportedAt: '2026-11-01T09:00:00.000Z' };

// The file written a few records at a time, as a save writes what it has read so far.
function writtenInBatches(snapshot: WorkbookSnapshot, size: number): string {
  const parts: string[] = [];
  const writer = new PartnerbookWriter((part) => parts.push(part));
  writer.head(snapshot.workbook, META);
  for (const table of SNAPSHOT_TABLES) {
    const records = snapshot.tables[table];
    for (let start = 0; start < records.length; start += size) {
      writer.records(table, records, start, Math.min(start + size, records.length));
    }
  }
  writer.end();
  return parts.join('');
}

describe('PartnerbookWriter', () => {
  it('writes the same text however the records are batched', () => {
    fc.assert(
      fc.property(workbookSnapshot(), fc.integer({ min: 1, max: 4 }), (snapshot, size) => {
        expect(writtenInBatches(snapshot, size)).toBe(encodePartnerbook(snapshot, META));
      }),
      { numRuns: 25 },
    );
  });

  it('writes tables that were given no records as empty ones, in file order', () => {
    const parts: string[] = [];
    const writer = new PartnerbookWriter((part) => parts.push(part));
    writer.head({ id: 'w', name: 'EMEA', createdAt: 'c', updatedAt: 'u' }, META);
    writer.records('settings', [
      { key: 'b', value: undefined, updatedAt: 'x' },
      { key: 'c', value: { z: 1, a: 2 }, updatedAt: 'y' },
    ]);
    writer.end();
    const text = parts.join('');
    const file = JSON.parse(text) as { tables: Record<string, unknown[]> };
    expect(Object.keys(file.tables)).toEqual(SNAPSHOT_TABLES);
    // The setting that is not set is left out; the other's value has its keys sorted.
    expect(file.tables.settings).toEqual([{ key: 'c', value: { a: 2, z: 1 }, updatedAt: 'y' }]);
    expect(text).toContain('"value":{"a":2,"z":1}');
    expect(writer.written).toBe(2);
  });

  it('refuses a table after a later one: the text would be out of order', () => {
    const writer = new PartnerbookWriter(() => undefined);
    writer.head({ id: 'w', name: 'EMEA', createdAt: 'c', updatedAt: 'u' }, META);
    writer.records('activities', []);
    expect(() => writer.records('contacts', [])).toThrow('“contacts” was written already');
  });

  it('says how large a workbook file may be when one is too large', () => {
    expect(partnerbookTooLarge().message).toBe(
      'This workbook is too large to save as one file: a workbook file holds at most 4,096 MiB.',
    );
  });
});
