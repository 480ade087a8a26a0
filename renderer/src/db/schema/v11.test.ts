import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './index';
import { upgradeDatabases } from './upgrade-test-kit';
import { v11 } from './v11';

const T0 = '2025-09-14T08:00:00.000Z';
const PARTNER = '10000000-0000-4000-8000-000000000001';
const QUIET = '10000000-0000-4000-8000-000000000002';
const base = { createdAt: T0, updatedAt: T0 };

const databases = upgradeDatabases('v11');

const activity = (n: number, occurredAt: string, direction: string, purpose: string) => ({
  ...base,
  id: `40000000-0000-4000-8000-00000000000${n}`,
  partnerId: PARTNER,
  occurredAt,
  direction,
  purpose,
  title: `Activity ${n}`,
});

// A workbook as an earlier version wrote it: two partners, three activities of one of them over
// two years (activities exist since version 1).
async function writeFixture(version: number): Promise<string> {
  const old = await databases.older(version);
  for (const [id, name] of [
    [PARTNER, 'Baltic Data'],
    [QUIET, 'Quiet Ltd'],
  ] as const) {
    await old.table('partners').add({
      ...base,
      id,
      name,
      ...(version >= 2 ? { nameKey: name.toLowerCase() } : {}),
      stage: 'active',
      tier: 'none',
      types: [],
      tags: [],
    });
  }
  await old
    .table('activities')
    .bulkAdd([
      activity(1, '2025-12-31T23:00:00.000Z', 'inbound', 'development'),
      activity(2, '2026-03-02T10:00:00.000Z', 'outbound', 'sales'),
      activity(3, '2026-03-20T10:00:00.000Z', 'outbound', 'development'),
    ]);
  old.close();
  return old.name;
}

describe('version 11 upgrade', () => {
  // Every version before this one (read from the list, so that renumbering keeps it whole).
  const earlier = SCHEMA_VERSIONS.filter((schema) => schema.version < v11.version);
  for (const { version } of earlier) {
    it(`counts the stored activities per partner and year, from version ${version}`, async () => {
      const db = await databases.current(await writeFixture(version));
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await db.activities.count()).toBe(3);
      const records = await db.activityCounts.orderBy('id').toArray();
      // Only the partner with activities has counts, one record for each year it has any.
      expect(records.map((r) => [r.partnerId, r.year])).toEqual([
        [PARTNER, 2025],
        [PARTNER, 2026],
      ]);
      const [late2025, in2026] = records;
      // December 2025: one inbound development (slot 11 × 4 + 0).
      expect(late2025?.counts[44]).toBe(1);
      // March 2026: one outbound sales (2 × 4 + 3) and one outbound development (2 × 4 + 2).
      expect([...(in2026?.counts.slice(8, 12) ?? [])]).toEqual([0, 0, 1, 1]);
      expect(await db.activityCounts.where('year').equals(2026).count()).toBe(1);
    });
  }
});
