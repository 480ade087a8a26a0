import { describe, expect, it } from 'vitest';
import { withRevisions } from '../../../shared/files/merge/snapshot-revisions';
import { encodePartnerbook } from '../../../shared/files/partnerbook/encode';
import {
  SNAPSHOT_TABLES,
  type SnapshotTables,
  type WorkbookSnapshot,
} from '../../../shared/files/partnerbook/snapshot';
import { generateSampleSnapshot } from '../../../shared/sample/sample-snapshot';
import { sortedTables } from '../../../shared/files/partnerbook/record-order';
import { estimateFileBytes } from './partnerbook-size';

// As a save's survey samples a workbook: each table's count and its first 500 records by key.
function estimatePartnerbookBytes(snapshot: WorkbookSnapshot): number {
  const tables = sortedTables(snapshot.tables);
  const head = new TextEncoder().encode(JSON.stringify(snapshot.workbook)).byteLength;
  return estimateFileBytes(
    SNAPSHOT_TABLES.map((table) => ({
      count: tables[table].length,
      sample: tables[table].slice(0, 500),
    })),
    head,
  );
}

const META = { exportedAt: '2026-11-01T09:00:00.000Z' };
const utf8Length = (text: string) => new TextEncoder().encode(text).byteLength;

describe('estimateFileBytes', () => {
  it('guesses a sample workbook a little high: within 10% and 64 KiB over, never under', () => {
    for (const partners of [40, 3_000]) {
      const snapshot = withRevisions(
        generateSampleSnapshot({ partners, seed: 11, now: new Date(META.exportedAt) }),
      );
      const actual = utf8Length(encodePartnerbook(snapshot, META));
      const guess = estimatePartnerbookBytes(snapshot);
      expect(guess).toBeGreaterThanOrEqual(actual);
      expect(guess).toBeLessThanOrEqual(actual * 1.1 + 64 * 1024);
    }
  }, 60_000);

  it('counts multi-byte characters as their UTF-8 bytes', () => {
    const empty = Object.fromEntries(SNAPSHOT_TABLES.map((table) => [table, []]));
    const snapshot = (name: string): WorkbookSnapshot => ({
      workbook: { id: 'w', name, createdAt: META.exportedAt, updatedAt: META.exportedAt },
      tables: empty as unknown as SnapshotTables,
    });
    // 1,000 characters of 3 bytes each: 2,000 bytes more than 1,000 ASCII ones, times 1.05.
    const wide = estimatePartnerbookBytes(snapshot('日'.repeat(1000)));
    const narrow = estimatePartnerbookBytes(snapshot('a'.repeat(1000)));
    expect(wide - narrow).toBe(2100);
  });
});
