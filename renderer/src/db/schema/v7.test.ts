import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from './index';
import { upgradeDatabases } from './upgrade-test-kit';

const T0 = '2026-01-01T00:00:00.000Z';
const PARTNER = '10000000-0000-4000-8000-000000000001';
const CONTACT = '20000000-0000-4000-8000-000000000001';
const base = { createdAt: T0, updatedAt: T0 };

const databases = upgradeDatabases('v7');

// A workbook as an earlier version wrote it: a partner, a contact and, from version 6, a plan.
async function writeFixture(version: number): Promise<string> {
  const old = await databases.older(version);
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
  if (version >= 6) {
    await old.table('partnerPlans').add({
      ...base,
      id: '81000000-0000-4000-8000-000000000001',
      partnerId: PARTNER,
      period: { start: '2026-01-01', end: '2026-12-31' },
      status: 'draft',
      objectives: [],
      targetAccounts: [],
      qbrDates: [],
      risks: [],
    });
  }
  old.close();
  return old.name;
}

describe('version 7 upgrade', () => {
  for (const version of [1, 2, 3, 4, 5, 6]) {
    it(`opens a workbook of version ${version} with empty, queryable template and QBR tables`, async () => {
      const db = await databases.current(await writeFixture(version));
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await db.partners.get(PARTNER)).toMatchObject({ name: 'Baltic Data' });
      expect(await db.contacts.get(CONTACT)).toMatchObject({ partnerId: PARTNER });
      expect(await db.partnerPlans.count()).toBe(version >= 6 ? 1 : 0);
      expect(await db.templates.count()).toBe(0);
      expect(await db.qbrs.count()).toBe(0);

      // The new indexes answer the queries the repositories make.
      await db.templates.add({
        ...base,
        id: '86000000-0000-4000-8000-000000000001',
        kind: 'qbr-agenda',
        name: 'Short QBR',
        body: { items: [{ title: 'Pipeline', minutes: 20 }] },
      });
      expect(await db.templates.where('kind').equals('qbr-agenda').count()).toBe(1);
      await db.qbrs.add({
        ...base,
        id: '87000000-0000-4000-8000-000000000001',
        partnerId: PARTNER,
        date: '2026-03-31',
        title: 'Q1 review',
        status: 'planned',
        agenda: [],
        attendees: [],
        actions: [],
      });
      const ofPartner = await db.qbrs
        .where('[partnerId+date]')
        .between([PARTNER, '2026-01-01'], [PARTNER, '2026-12-31'])
        .count();
      expect(ofPartner).toBe(1);
      expect(await db.qbrs.where('date').aboveOrEqual('2026-03-01').count()).toBe(1);
    });
  }
});
