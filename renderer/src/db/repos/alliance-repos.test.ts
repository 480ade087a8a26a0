import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbookDatabase } from '../database';
import type { WorkbookChange } from '../change-feed';
import { openWorkbook, type Workbook } from '../workbook';

let workbook: Workbook;
let dbName: string;
let partnerId: string;
let changes: WorkbookChange[];

beforeEach(async () => {
  dbName = `alliances-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
  const created = await workbook.partners.create({ name: 'Baltic Data', stage: 'active' });
  if (!created.ok) throw new Error('fixture');
  partnerId = created.value.id;
  changes = [];
  workbook.changes.subscribe((change) => changes.push(change));
});

const extra: WorkbookDatabase[] = [];
async function openDatabase(): Promise<WorkbookDatabase> {
  const db = new WorkbookDatabase(dbName);
  await db.open();
  extra.push(db);
  return db;
}

afterEach(async () => {
  for (const db of extra.splice(0)) db.close();
  workbook.close();
  await Dexie.delete(dbName);
});

function value<T>(result: { ok: true; value: T } | { ok: false; errors: Record<string, string> }) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const dana = {
  name: 'Dana Reyes',
  team: 'engineering',
  role: 'VP Engineering',
  influence: 'high',
  stance: 'skeptic',
};

describe('the stakeholder repository', () => {
  it('creates, lists by name and by partner, updates and validates stakeholders', async () => {
    const { stakeholders } = workbook;
    const other = value(await workbook.partners.create({ name: 'Other', stage: 'active' }));
    const b = value(await stakeholders.create({ ...dana, partnerIds: [partnerId, partnerId] }));
    const a = value(
      await stakeholders.create({
        name: ' Ari Berg ',
        team: 'sales',
        influence: 'low',
        stance: 'champion',
        partnerIds: [other.id],
        lastMetAt: '2026-10-01',
      }),
    );
    expect(b.partnerIds).toEqual([partnerId]);
    expect(a.name).toBe('Ari Berg');
    expect((await stakeholders.all()).map((s) => s.name)).toEqual(['Ari Berg', 'Dana Reyes']);
    expect((await stakeholders.ofPartner(partnerId)).map((s) => s.name)).toEqual(['Dana Reyes']);
    expect((await stakeholders.ofPartner(other.id)).map((s) => s.name)).toEqual(['Ari Berg']);

    const moved = value(await stakeholders.update(b.id, { ...b, stance: 'supporter' }));
    expect(moved).toMatchObject({ id: b.id, stance: 'supporter', createdAt: b.createdAt });

    const bad = await stakeholders.create({ ...dana, name: '  ', influence: 'huge' });
    expect(bad).toEqual({
      ok: false,
      errors: {
        name: 'A stakeholder needs a name.',
        influence: 'Choose high, medium or low influence.',
      },
    });
    expect(await stakeholders.all()).toHaveLength(2);
    expect(changes.filter((c) => c.table === 'stakeholders')).toHaveLength(3);
  });

  it('refuses a partner that does not exist, and drops a deleted partner from the stakeholder', async () => {
    const { stakeholders } = workbook;
    const missing = crypto.randomUUID();
    expect(await stakeholders.create({ ...dana, partnerIds: [missing] })).toEqual({
      ok: false,
      errors: { _: 'This partner no longer exists; it may have been deleted.' },
    });
    const gone = value(await workbook.partners.create({ name: 'Gone', stage: 'active' }));
    const s = value(await stakeholders.create({ ...dana, partnerIds: [gone.id] }));
    await workbook.partners.remove(gone.id);
    // Deleting the partner took it off the stakeholder (see partner-removal.ts)…
    const [after] = await stakeholders.all();
    expect(after?.partnerIds).toEqual([]);
    // …so an edit of the role saves, while a form still naming the deleted partner is refused.
    expect(await stakeholders.update(s.id, { ...after, role: 'CTO' })).toMatchObject({ ok: true });
    expect(await stakeholders.update(s.id, { ...s, partnerIds: [gone.id] })).toMatchObject({
      ok: false,
    });
    expect(await stakeholders.all()).toEqual([expect.objectContaining({ role: 'CTO' })]);
  });

  it('takes a stakeholder’s asks along on delete, with tombstones, and brings both back on undo', async () => {
    const { stakeholders, asks } = workbook;
    const s = value(await stakeholders.create({ ...dana, partnerIds: [partnerId] }));
    const keep = value(await stakeholders.create({ ...dana, name: 'Keep', partnerIds: [] }));
    const ask = value(
      await asks.create({ what: 'Two engineers', stakeholderId: s.id, status: 'planned' }),
    );
    const kept = value(
      await asks.create({ what: 'Budget line', stakeholderId: keep.id, status: 'planned' }),
    );
    changes.length = 0;

    const removed = await stakeholders.remove(s.id);
    expect(removed).toEqual({ stakeholder: s, asks: [ask] });
    expect(changes).toEqual([
      { table: 'stakeholders', ids: [s.id] },
      { table: 'asks', ids: [ask.id] },
    ]);
    expect(await asks.all()).toEqual([kept]);
    const db = await openDatabase();
    expect((await db.tombstones.toArray()).map(({ id, table }) => ({ id, table }))).toEqual(
      expect.arrayContaining([
        { id: s.id, table: 'stakeholders' },
        { id: ask.id, table: 'asks' },
      ]),
    );
    expect(await stakeholders.remove(s.id)).toBeUndefined();

    if (!removed) throw new Error('fixture');
    await stakeholders.restore(removed);
    expect(await stakeholders.get(s.id)).toEqual(s);
    expect(await asks.get(ask.id)).toEqual(ask);
    expect(await db.tombstones.where('id').anyOf([s.id, ask.id]).count()).toBe(0);
    const revisions = await db.revisions.where('table').equals('asks').toArray();
    // Created, deleted, restored: three revisions of the ask.
    expect(revisions.find((r) => r.id === ask.id)?.revs).toHaveLength(3);
  });
});

describe('the ask repository', () => {
  it('reads asks by stakeholder, partner and status, and finds the declined and stalled ones', async () => {
    const { stakeholders, asks } = workbook;
    const s = value(await stakeholders.create({ ...dana, partnerIds: [partnerId] }));
    const t = value(await stakeholders.create({ ...dana, name: 'Tom', partnerIds: [] }));
    const base = { stakeholderId: s.id };
    const stalled = value(
      await asks.create({ ...base, what: 'API time', status: 'asked', askedAt: '2026-10-01' }),
    );
    const fresh = value(
      await asks.create({ ...base, what: 'Review', status: 'asked', askedAt: '2026-11-20' }),
    );
    const declined = value(
      await asks.create({
        stakeholderId: t.id,
        partnerId,
        what: 'MDF line',
        status: 'declined',
        askedAt: '2026-09-01',
        outcome: 'No budget this year',
      }),
    );
    const done = value(await asks.create({ ...base, partnerId, what: 'Intro', status: 'done' }));

    const ids = (list: { id: string }[]) => list.map((a) => a.id).sort();
    expect(ids(await asks.ofStakeholder(s.id))).toEqual(ids([stalled, fresh, done]));
    expect(ids(await asks.ofPartner(partnerId))).toEqual(ids([declined, done]));
    expect(ids(await asks.withStatus(['asked']))).toEqual(ids([stalled, fresh]));
    // 2026-10-01 to 2026-11-29 is 59 days; 2026-11-20 is 9 days, not yet stalled.
    expect(await asks.toFollowUp('2026-11-29')).toEqual([
      { ask: stalled, flag: 'stalled', daysWaiting: 59 },
      { ask: declined, flag: 'declined' },
    ]);
  });

  it('refuses an ask of a missing stakeholder or for a missing partner, and one asked without a date', async () => {
    const { stakeholders, asks } = workbook;
    const s = value(await stakeholders.create({ ...dana, partnerIds: [] }));
    expect(
      await asks.create({ what: 'X', stakeholderId: crypto.randomUUID(), status: 'planned' }),
    ).toEqual({
      ok: false,
      errors: { _: 'This colleague is no longer on the stakeholder map; choose another.' },
    });
    expect(
      await asks.create({
        what: 'X',
        stakeholderId: s.id,
        partnerId: crypto.randomUUID(),
        status: 'planned',
      }),
    ).toEqual({
      ok: false,
      errors: { _: 'This partner no longer exists; it may have been deleted.' },
    });
    expect(await asks.create({ what: ' ', stakeholderId: s.id, status: 'asked' })).toEqual({
      ok: false,
      errors: { what: 'Say what you need.', askedAt: 'Say when you asked.' },
    });
    expect(await asks.all()).toEqual([]);
  });

  it('updates, deletes with a tombstone and restores an ask', async () => {
    const { stakeholders, asks } = workbook;
    const s = value(await stakeholders.create({ ...dana, partnerIds: [] }));
    const ask = value(await asks.create({ what: 'Time', stakeholderId: s.id, status: 'planned' }));
    const agreed = value(
      await asks.update(ask.id, { ...ask, status: 'agreed', askedAt: '2026-11-01' }),
    );
    expect(agreed).toMatchObject({ status: 'agreed', askedAt: '2026-11-01' });
    expect(await asks.remove(ask.id)).toEqual(agreed);
    expect(await asks.get(ask.id)).toBeUndefined();
    await asks.restore(agreed);
    expect(await asks.get(ask.id)).toEqual(agreed);
  });
});
