import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { initialChanges } from '../../../../shared/domain/partner-change';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './index';
import { upgradeDatabases } from './upgrade-test-kit';
import { v9 } from './v9';

const T0 = '2025-09-14T08:00:00.000Z';
const PARTNER = '10000000-0000-4000-8000-000000000001';
const CONTACT = '20000000-0000-4000-8000-000000000001';
const base = { createdAt: T0, updatedAt: T0 };

const databases = upgradeDatabases('v9');

// A workbook as an earlier version wrote it: an onboarding silver partner with a contact.
async function writeFixture(version: number): Promise<string> {
  const old = await databases.older(version);
  await old.table('partners').add({
    ...base,
    id: PARTNER,
    name: 'Baltic Data',
    ...(version >= 2 ? { nameKey: 'baltic data' } : {}),
    stage: 'onboarding',
    tier: 'silver',
    types: [],
    tags: [],
  });
  await old.table('contacts').add({ ...base, id: CONTACT, partnerId: PARTNER, name: 'Liis' });
  old.close();
  return old.name;
}

describe('version 9 upgrade', () => {
  // Every version before this one (read from the list, so that renumbering keeps it whole).
  const earlier = SCHEMA_VERSIONS.filter((schema) => schema.version < v9.version);
  for (const { version } of earlier) {
    it(`starts each partner's history from a workbook of version ${version}`, async () => {
      const db = await databases.current(await writeFixture(version));
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await db.partners.get(PARTNER)).toMatchObject({ name: 'Baltic Data' });
      expect(await db.contacts.get(CONTACT)).toMatchObject({ partnerId: PARTNER });

      // One record per field, from nothing, dated at the partner's creation.
      const changes = await db.partnerChanges.where('partnerId').equals(PARTNER).toArray();
      expect(
        changes.map((c) => [c.field, c.from, c.to, c.effectiveOn, c.changedAt]).sort(),
      ).toEqual([
        ['stage', null, 'onboarding', '2025-09-14', T0],
        ['tier', null, 'silver', '2025-09-14', T0],
      ]);
      // The same records, under the same ids, that opening an older file derives.
      const expected = initialChanges({
        id: PARTNER,
        stage: 'onboarding',
        tier: 'silver',
        ...base,
      });
      expect([...changes].sort((a, b) => a.field.localeCompare(b.field))).toEqual(expected);
      // Each with its first revision, as version 5 gave the records of its time.
      for (const change of changes) {
        expect((await db.revisions.get(['partnerChanges', change.id]))?.revs).toHaveLength(1);
      }
      // The compound index answers a partner's history of one field.
      const tiers = await db.partnerChanges
        .where('[partnerId+field]')
        .equals([PARTNER, 'tier'])
        .count();
      expect(tiers).toBe(1);
    });
  }

  it('opens an empty workbook with an empty history', async () => {
    const db = await databases.current(`v9-empty-${crypto.randomUUID()}`);
    expect(await db.partnerChanges.count()).toBe(0);
  });
});
