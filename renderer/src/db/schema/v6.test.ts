import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from './index';
import { upgradeDatabases } from './upgrade-test-kit';

const T0 = '2026-01-01T00:00:00.000Z';
const PARTNER = '10000000-0000-4000-8000-000000000001';
const CONTACT = '20000000-0000-4000-8000-000000000001';
const STRATEGY_TABLES = [
  'companyGoals',
  'partnerPlans',
  'investments',
  'metricEntries',
  'customMetrics',
] as const;

const databases = upgradeDatabases('v6');

// A workbook as an earlier version wrote it: a partner and a contact.
async function writeFixture(version: number): Promise<string> {
  const old = await databases.older(version);
  const base = { createdAt: T0, updatedAt: T0 };
  await old.table('partners').add({
    ...base,
    id: PARTNER,
    name: 'Baltic Data',
    ...(version >= 2 ? { nameKey: 'baltic data' } : {}),
    stage: 'active',
    tier: 'none',
    types: [],
    tags: [],
  });
  await old.table('contacts').add({ ...base, id: CONTACT, partnerId: PARTNER, name: 'Liis' });
  old.close();
  return old.name;
}

describe('version 6 upgrade', () => {
  for (const version of [1, 2, 3, 4, 5]) {
    it(`opens a workbook of version ${version} with empty, queryable strategy tables`, async () => {
      const db = await databases.current(await writeFixture(version));
      // Later versions run too; none of them changes the strategy tables.
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await db.partners.get(PARTNER)).toMatchObject({ name: 'Baltic Data' });
      expect(await db.contacts.get(CONTACT)).toMatchObject({ partnerId: PARTNER });
      for (const table of STRATEGY_TABLES) expect(await db.table(table).count(), table).toBe(0);

      // The new indexes answer the queries the repositories make.
      await db.metricEntries.add({
        ...{ id: '84000000-0000-4000-8000-000000000001', createdAt: T0, updatedAt: T0 },
        partnerId: PARTNER,
        metric: 'leads',
        date: '2026-02-01',
        value: 3,
      });
      const inRange = await db.metricEntries
        .where('[partnerId+metric+date]')
        .between([PARTNER, 'leads', '2026-01-01'], [PARTNER, 'leads', '2026-03-31'])
        .count();
      expect(inRange).toBe(1);
      await db.companyGoals.add({
        ...{ id: '80000000-0000-4000-8000-000000000001', createdAt: T0, updatedAt: T0 },
        title: 'Grow ARR',
        measure: 'New ARR',
        target: 100,
        unit: { kind: 'count' },
        period: { start: '2026-01-01', end: '2026-12-31' },
      });
      expect(await db.companyGoals.where('period.start').equals('2026-01-01').count()).toBe(1);
    });
  }
});
