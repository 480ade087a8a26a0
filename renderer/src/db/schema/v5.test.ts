import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { isDeletion } from '../../../../shared/domain/revision';
import { withRevisions } from '../../../../shared/files/merge/snapshot-revisions';
import { WorkbookDatabase } from '../database';
import { MetaRepo } from '../repos/meta-repo';
import { readSnapshot } from '../repos/snapshot-read';
import { writeSnapshotToNewDatabase } from '../repos/snapshot-repo';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './index';

const T0 = '2026-01-01T00:00:00.000Z';
const PARTNER = '10000000-0000-4000-8000-000000000001';
const CONTACT = '20000000-0000-4000-8000-000000000001';
const DRAFT = '30000000-0000-4000-8000-000000000001';
const ACTIVITY = '60000000-0000-4000-8000-000000000001';
const DELETED = '70000000-0000-4000-8000-000000000001';

let names: string[] = [];
afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
  names = [];
});

const newName = (label: string): string => {
  const name = `v5-${label}-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};

// A workbook as an earlier version wrote it: one record of each kind, and (from version 4) a
// tombstone.
async function writeFixture(version: number): Promise<string> {
  const name = newName(`from-v${version}`);
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
  await old.table('positioningDrafts').add({
    ...base,
    id: DRAFT,
    partnerId: PARTNER,
    title: 'Pitch',
    audience: 'internal',
    template: 'blank',
    status: 'draft',
    fields: version >= 3 ? [] : {},
    ...(version >= 3 ? { iterationCount: 0 } : {}),
  });
  await old.table('settings').add({ key: 'author', value: 'Liis', updatedAt: T0 });
  if (version >= 4) {
    await old.table('tombstones').add({ id: DELETED, table: 'contacts', deletedAt: T0 });
  }
  old.close();
  await new MetaRepo(await openAt(name)).ensure('Old workbook');
  return name;
}

const open: WorkbookDatabase[] = [];
async function openAt(name: string): Promise<WorkbookDatabase> {
  const db = new WorkbookDatabase(name);
  await db.open();
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('version 5 upgrade', () => {
  for (const version of [1, 2, 3, 4]) {
    it(`gives every record written by version ${version} its first revision`, async () => {
      const db = await openAt(await writeFixture(version));
      // Later versions run too; none of them changes what version 5 logged.
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      // Version 9 adds the partner's initial stage and tier records, each with its own first
      // revision; what version 5 logged is the rest.
      const entries = await db.revisions.filter((e) => e.table !== 'partnerChanges').toArray();
      expect(entries.map(({ table, id }) => `${table} ${id}`).sort()).toEqual(
        [
          `activities ${ACTIVITY}`,
          `contacts ${CONTACT}`,
          `partners ${PARTNER}`,
          `positioningDrafts ${DRAFT}`,
          'settings author',
          ...(version >= 4 ? [`contacts ${DELETED}`] : []),
        ].sort(),
      );
      for (const entry of entries) {
        expect(entry.revs, `${entry.table} ${entry.id}`).toHaveLength(1);
        expect(entry.revs[0]).toMatch(/^1-/);
        expect(isDeletion(entry.revs[0] ?? '')).toBe(entry.id === DELETED);
      }
      // Each revision is the one the records' content calls for.
      const snapshot = await readSnapshot(db);
      expect(withRevisions(snapshot).tables.revisions).toEqual(snapshot.tables.revisions);
    });
  }

  it('agrees with a copy opened from a file without revisions', async () => {
    const upgraded = await readSnapshot(await openAt(await writeFixture(4)));
    const file = { ...upgraded, tables: { ...upgraded.tables, revisions: [] } };
    const copy = newName('copy');
    await writeSnapshotToNewDatabase(file, copy);
    const opened = await readSnapshot(await openAt(copy));
    expect(opened.tables.revisions).toEqual(upgraded.tables.revisions);
  });
});
