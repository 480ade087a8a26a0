import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeFeed } from '../change-feed';
import { WorkbookDatabase } from '../database';
import { PartnerRepo } from '../repos/partner-repo';
import { SCHEMA_VERSIONS } from './index';

const T0 = '2026-01-01T00:00:00.000Z';
const PARTNER = '10000000-0000-4000-8000-000000000001';
const CONTACT = '20000000-0000-4000-8000-000000000001';
const ACTIVITY = '60000000-0000-4000-8000-000000000001';

let names: string[] = [];
afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
  names = [];
});

// A workbook as an earlier version wrote it: a partner with a contact and an activity.
async function writeFixture(version: number): Promise<string> {
  const name = `v4-from-v${version}-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  for (const schema of SCHEMA_VERSIONS.slice(0, version)) {
    old.version(schema.version).stores(schema.stores);
  }
  await old.open();
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
  await old.table('activities').add({
    ...base,
    id: ACTIVITY,
    partnerId: PARTNER,
    occurredAt: T0,
    direction: 'outbound',
    purpose: 'sales',
    title: 'Call',
  });
  old.close();
  return name;
}

describe('version 4 upgrade', () => {
  for (const version of [1, 2, 3]) {
    it(`adds an empty tombstones table to a workbook written by version ${version}`, async () => {
      const db = new WorkbookDatabase(await writeFixture(version));
      await db.open();
      expect(db.verno).toBeGreaterThanOrEqual(4);
      expect(await db.tombstones.count()).toBe(0);
      expect(await db.partners.get(PARTNER)).toMatchObject({ name: 'Baltic Data' });
      expect(await db.contacts.get(CONTACT)).toMatchObject({ partnerId: PARTNER });
      expect(db.tombstones.schema.indexes.map((index) => index.name).sort()).toEqual([
        'deletedAt',
        'table',
      ]);
      db.close();
    });
  }

  it('records deletions from then on', async () => {
    const db = new WorkbookDatabase(await writeFixture(3));
    await db.open();
    await new PartnerRepo(db, new ChangeFeed()).remove(PARTNER);
    const tombstones = await db.tombstones.orderBy('table').toArray();
    expect(
      tombstones.map(
        ({ id, table }) =>
          `${table} ${id === PARTNER || id === CONTACT || id === ACTIVITY ? id : 'derived'}`,
      ),
    ).toEqual([
      `activities ${ACTIVITY}`,
      `contacts ${CONTACT}`,
      // The stage and tier records version 9 started the partner's history with.
      'partnerChanges derived',
      'partnerChanges derived',
      `partners ${PARTNER}`,
    ]);
    db.close();
  });
});
