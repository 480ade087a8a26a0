import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { metricPointsOf, ledgerPointsOf } from '../../../../shared/domain/strategy/partner-figures';
import { upgradeDatabases } from './upgrade-test-kit';

const T0 = '2026-01-01T00:00:00.000Z';
const PARTNER = '10000000-0000-4000-8000-000000000001';
const QUIET = '10000000-0000-4000-8000-000000000002';
const base = { createdAt: T0, updatedAt: T0 };

const databases = upgradeDatabases('v8');

// A workbook as an earlier version wrote it: two partners, and from version 6 on, metric
// entries (two on one day, one metric the figures do not keep) and investments for one of them.
async function writeFixture(version: number): Promise<string> {
  const old = await databases.older(version);
  for (const [id, partnerName] of [
    [PARTNER, 'Baltic Data'],
    [QUIET, 'Quiet Ltd'],
  ] as const) {
    await old.table('partners').add({
      ...base,
      id,
      name: partnerName,
      ...(version >= 2 ? { nameKey: partnerName.toLowerCase() } : {}),
      stage: 'active',
      tier: 'none',
      types: [],
      tags: [],
    });
  }
  if (version >= 6) {
    const entry = (n: number, metric: string, date: string, value: number, currency?: string) => ({
      ...base,
      id: `84000000-0000-4000-8000-00000000000${n}`,
      partnerId: PARTNER,
      metric,
      date,
      value,
      ...(currency === undefined ? {} : { currency }),
    });
    await old
      .table('metricEntries')
      .bulkAdd([
        entry(1, 'sourced-revenue', '2026-02-01', 100_00, 'EUR'),
        entry(2, 'sourced-revenue', '2026-02-01', 50_00, 'EUR'),
        entry(3, 'leads', '2026-02-01', 7),
        entry(4, 'certifications', '2026-03-01', 2),
      ]);
    await old.table('investments').add({
      ...base,
      id: '85000000-0000-4000-8000-000000000001',
      partnerId: PARTNER,
      kind: 'money',
      date: '2026-02-10',
      tag: 'co-marketing',
      amount: { amountMinor: 30_00, currency: 'EUR' },
      fundType: 'mdf',
    });
  }
  old.close();
  return old.name;
}

describe('version 8 upgrade', () => {
  for (const version of [1, 2, 3, 4, 5, 6, 7]) {
    it(`opens a workbook of version ${version} with every partner's figures built`, async () => {
      const db = await databases.current(await writeFixture(version));
      expect(db.verno).toBeGreaterThanOrEqual(8);
      expect(await db.partners.count()).toBe(2);
      const figures = await db.partnerFigures.toArray();
      if (version < 6) {
        // No entries yet: nothing derived, and the table answers.
        expect(figures).toEqual([]);
        return;
      }
      // Only the partner with entries has figures; same-day entries are one total.
      expect(figures.map((item) => item.id)).toEqual([PARTNER]);
      const [own] = figures;
      if (own === undefined) throw new Error('no figures');
      expect(metricPointsOf(own, '2000-01-01')).toEqual([
        { metric: 'sourced-revenue', date: '2026-02-01', value: 150_00, currency: 'EUR' },
        { metric: 'certifications', date: '2026-03-01', value: 2 },
      ]);
      expect(ledgerPointsOf(own, '2000-01-01')).toEqual([
        { kind: 'money', date: '2026-02-10', amount: { amountMinor: 30_00, currency: 'EUR' } },
      ]);
    });
  }
});
