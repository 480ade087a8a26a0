import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbookDatabase } from '../database';
import { openWorkbook, type Workbook } from '../workbook';
import { flushPendingWrites } from '../pending-writes';
import { CURRENT_SCHEMA_VERSION } from '../schema';

let workbook: Workbook;
let dbName: string;
let extra: WorkbookDatabase[] = [];

// A second connection to the workbook's database, to read what the repository wrote.
async function openDatabase(): Promise<WorkbookDatabase> {
  const db = new WorkbookDatabase(dbName);
  await db.open();
  extra.push(db);
  return db;
}

// The workbook's tombstones without their times, by id.
async function graves(): Promise<{ id: string; table: string }[]> {
  const db = await openDatabase();
  const all = await db.tombstones.toArray();
  return all.map(({ id, table }) => ({ id, table }));
}
const contactId = '9b2f1c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

beforeEach(async () => {
  dbName = `test-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
});

afterEach(async () => {
  for (const db of extra) db.close();
  extra = [];
  workbook.close();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(dbName);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });
});

describe('PartnerRepo', () => {
  it('creates a partner with a UUID, timestamps and its contacts in one go', async () => {
    const result = await workbook.partners.create({ name: 'Baltic Data', stage: 'onboarding' }, [
      { id: contactId, name: 'Liis Tamm', role: 'Alliance Director' },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.value.createdAt).toBe(result.value.updatedAt);
    const contacts = await workbook.partners.contactsOf(result.value.id);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({
      id: contactId,
      name: 'Liis Tamm',
      partnerId: result.value.id,
    });
  });

  it('writes nothing when one contact is invalid', async () => {
    const result = await workbook.partners.create({ name: 'Valid partner', stage: 'active' }, [
      { id: contactId, name: 'Bad email', email: 'nope' },
    ]);
    expect(result.ok).toBe(false);
    expect(await workbook.partners.count()).toBe(0);
  });

  it('says whether the workbook holds any partner, also once the last one is deleted', async () => {
    expect(await workbook.partners.hasAny()).toBe(false);
    const result = await workbook.partners.create({ name: 'Baltic Data', stage: 'active' }, []);
    expect(await workbook.partners.hasAny()).toBe(true);
    if (!result.ok) throw new Error('The partner was not created.');
    await workbook.partners.remove(result.value.id);
    expect(await workbook.partners.hasAny()).toBe(false);
  });

  it('updates fields and replaces the contact list, keeping ids and creation times', async () => {
    const created = await workbook.partners.create({ name: 'Harbor', stage: 'prospect' }, [
      { id: contactId, name: 'Old contact' },
    ]);
    if (!created.ok) throw new Error('create failed');
    const id = created.value.id;
    const secondId = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
    const updated = await workbook.partners.update(
      id,
      { name: 'Harbor Cloud', stage: 'active', healthScore: 64 },
      [{ id: secondId, name: 'New contact' }],
    );
    expect(updated.ok).toBe(true);
    const stored = await workbook.partners.get(id);
    expect(stored).toMatchObject({
      id,
      name: 'Harbor Cloud',
      stage: 'active',
      healthScore: 64,
      createdAt: created.value.createdAt,
    });
    expect((await workbook.partners.contactsOf(id)).map((c) => c.id)).toEqual([secondId]);
  });

  it('leaves the stored record untouched when an update is invalid', async () => {
    const created = await workbook.partners.create({
      name: 'Stable',
      stage: 'active',
      healthScore: 70,
    });
    if (!created.ok) throw new Error('create failed');
    const result = await workbook.partners.update(
      created.value.id,
      { name: '', stage: 'active', healthScore: 70 },
      [],
    );
    expect(result).toEqual({ ok: false, errors: { name: 'A partner needs a name.' } });
    expect(await workbook.partners.get(created.value.id)).toEqual(created.value);
  });

  it('says so when updating a partner that was deleted meanwhile', async () => {
    const result = await workbook.partners.update(
      crypto.randomUUID(),
      { name: 'Ghost', stage: 'active' },
      [],
    );
    expect(result).toEqual({
      ok: false,
      errors: { _: 'This partner no longer exists; it may have been deleted.' },
    });
    expect(await workbook.partners.count()).toBe(0);
  });

  it('deletes a partner with its contacts, and restore brings back exactly the same records', async () => {
    const created = await workbook.partners.create(
      { name: 'Keystone', stage: 'growing', tags: ['co-sell'] },
      [{ id: contactId, name: 'Tomás Ruiz', email: 'tomas@keystone.example' }],
    );
    if (!created.ok) throw new Error('create failed');
    const before = await workbook.partners.contactsOf(created.value.id);
    const removed = await workbook.partners.remove(created.value.id);
    expect(removed?.partner).toEqual(created.value);
    expect(await workbook.partners.count()).toBe(0);
    expect(await workbook.partners.contactsOf(created.value.id)).toEqual([]);
    if (!removed) return;
    await workbook.partners.restore(removed);
    expect(await workbook.partners.get(created.value.id)).toEqual(created.value);
    expect(await workbook.partners.contactsOf(created.value.id)).toEqual(before);
    expect(await workbook.partners.remove(crypto.randomUUID())).toBeUndefined();
  });

  it('leaves a tombstone for each contact an update removes, and lifts it when one comes back', async () => {
    const created = await workbook.partners.create({ name: 'Harbor', stage: 'prospect' }, [
      { id: contactId, name: 'Old contact' },
    ]);
    if (!created.ok) throw new Error('create failed');
    const id = created.value.id;
    await workbook.partners.update(id, { name: 'Harbor', stage: 'prospect' }, []);
    expect(await graves()).toEqual([{ id: contactId, table: 'contacts' }]);
    await workbook.partners.update(id, { name: 'Harbor', stage: 'prospect' }, [
      { id: contactId, name: 'Old contact' },
    ]);
    expect(await graves()).toEqual([]);
  });

  it('leaves tombstones for a deleted partner, its contacts and activities; undo lifts them', async () => {
    const created = await workbook.partners.create({ name: 'Keystone', stage: 'growing' }, [
      { id: contactId, name: 'Tomás Ruiz' },
    ]);
    if (!created.ok) throw new Error('create failed');
    const partnerId = created.value.id;
    const activityId = crypto.randomUUID();
    const at = '2020-03-01T10:00:00.000Z';
    await workbook.partners.putMany(
      [created.value],
      [],
      [
        {
          id: activityId,
          partnerId,
          occurredAt: at,
          direction: 'outbound',
          purpose: 'sales',
          title: 'Call',
          createdAt: at,
          updatedAt: at,
        },
      ],
    );
    const removed = await workbook.partners.remove(partnerId);
    expect(removed?.activities.map((activity) => activity.id)).toEqual([activityId]);
    expect(removed?.partnerChanges.map((change) => change.field).sort()).toEqual(['stage', 'tier']);
    expect(await graves()).toEqual(
      [
        { id: partnerId, table: 'partners' },
        { id: contactId, table: 'contacts' },
        { id: activityId, table: 'activities' },
        // Its stage and tier history goes with it.
        ...(removed?.partnerChanges ?? []).map(({ id }) => ({ id, table: 'partnerChanges' })),
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    const db = await openDatabase();
    expect((await db.tombstones.toArray()).every((grave) => grave.deletedAt > at)).toBe(true);
    if (removed) await workbook.partners.restore(removed);
    expect(await graves()).toEqual([]);
  });

  it('lets flushPendingWrites wait for writes in flight', async () => {
    const write = workbook.partners.create({ name: 'In flight', stage: 'active' });
    await flushPendingWrites();
    expect(await workbook.partners.count()).toBe(1);
    await write;
  });
});

describe('openWorkbook', () => {
  it('creates the meta row once, with the schema version and a stable workbook id', async () => {
    expect(workbook.meta).toMatchObject({
      key: 'workbook',
      name: 'My workbook',
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
    workbook.close();
    const again = await openWorkbook(dbName);
    expect(again.meta).toEqual(workbook.meta);
    workbook = again;
  });
});
