import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countTables, rebuildActivityCounts } from '../activity-counts-store';
import type { WorkbookChange } from '../change-feed';
import { WorkbookDatabase } from '../database';
import { figureTables, rebuildPartnerFigures } from '../partner-figures-store';
import type { UndoOutcome } from '../repos/undo-repo';
import { openWorkbook, type Workbook } from '../workbook';

let workbook: Workbook;
let db: WorkbookDatabase;
let dbName: string;
let partnerId: string;
const changes: WorkbookChange[] = [];

beforeEach(async () => {
  dbName = `undo-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
  db = new WorkbookDatabase(dbName);
  await db.open();
  partnerId = value(await workbook.partners.create({ name: 'Baltic Data', stage: 'active' })).id;
  workbook.undo.clear();
  changes.length = 0;
  workbook.changes.subscribe((change) => changes.push(change));
});

afterEach(async () => {
  db.close();
  workbook.close();
  await Dexie.delete(dbName);
});

function value<T>(result: { ok: true; value: T } | { ok: false; errors: Record<string, string> }) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const undone = (outcome: UndoOutcome) => (outcome.ok ? outcome.label : outcome.message);
const undo = async () => undone(await workbook.undo.undo());
const redo = async () => undone(await workbook.undo.redo());
const revisionCount = async (table: 'partners', id: string) =>
  (await db.revisions.get([table, id]))?.revs.length ?? 0;

// What the derived tables hold, and what a rebuild from the source tables gives.
async function derivedNowAndRebuilt() {
  const counts = await db.activityCounts.orderBy('id').toArray();
  const figures = await db.partnerFigures.orderBy('id').toArray();
  await db.transaction('rw', db.activities, db.activityCounts, () =>
    rebuildActivityCounts(countTables(db)),
  );
  await db.transaction('rw', db.metricEntries, db.investments, db.partnerFigures, () =>
    rebuildPartnerFigures(figureTables(db)),
  );
  const rebuilt = {
    counts: await db.activityCounts.orderBy('id').toArray(),
    figures: await db.partnerFigures.orderBy('id').toArray(),
  };
  return { now: { counts, figures }, rebuilt };
}

const call = (occurredAt: string) => ({
  partnerId,
  occurredAt,
  direction: 'inbound',
  purpose: 'sales',
  kind: 'call',
  title: 'Check-in',
});

describe('the undo history', () => {
  it('undoes and redoes a partner’s create, rename and delete, in reverse order', async () => {
    const added = value(
      await workbook.partners.create({ name: 'Nordic Cloud', stage: 'prospect' }),
    );
    value(await workbook.partners.update(added.id, { ...added, name: 'Nordic Cloud AS' }, []));
    await workbook.partners.remove(added.id);
    expect(workbook.undo.state()).toEqual({
      undoLabel: 'Delete partner “Nordic Cloud AS”',
      redoLabel: undefined,
      depth: 3,
    });

    expect(await undo()).toBe('Delete partner “Nordic Cloud AS”');
    expect((await workbook.partners.get(added.id))?.name).toBe('Nordic Cloud AS');
    expect(await db.tombstones.get(added.id)).toBeUndefined();
    expect(await undo()).toBe('Rename partner to “Nordic Cloud AS”');
    expect((await workbook.partners.get(added.id))?.name).toBe('Nordic Cloud');
    expect(await undo()).toBe('Add partner “Nordic Cloud”');
    expect(await workbook.partners.get(added.id)).toBeUndefined();
    expect(await db.tombstones.get(added.id)).toMatchObject({ table: 'partners' });
    expect(await undo()).toBe('Nothing to undo.');
    expect(workbook.undo.state().redoLabel).toBe('Add partner “Nordic Cloud”');

    expect(await redo()).toBe('Add partner “Nordic Cloud”');
    expect((await workbook.partners.get(added.id))?.name).toBe('Nordic Cloud');
    expect(await redo()).toBe('Rename partner to “Nordic Cloud AS”');
    expect((await workbook.partners.get(added.id))?.name).toBe('Nordic Cloud AS');
    // Created, renamed, deleted, restored, renamed back, deleted, created, renamed: 8 revisions,
    // the history only ever growing.
    expect(await revisionCount('partners', added.id)).toBe(8);
    expect(changes.filter((c) => c.table === 'partners').length).toBeGreaterThanOrEqual(8);
  });

  it('runs undos and redos asked at once one after the other, each on the next entry', async () => {
    const first = value(
      await workbook.partners.create({ name: 'Nordic Cloud', stage: 'prospect' }),
    );
    const second = value(await workbook.partners.create({ name: 'Fjord Data', stage: 'prospect' }));

    const undos = await Promise.all([workbook.undo.undo(), workbook.undo.undo()]);
    expect(undos.map(undone)).toEqual(['Add partner “Fjord Data”', 'Add partner “Nordic Cloud”']);
    expect(await workbook.partners.get(first.id)).toBeUndefined();
    expect(await workbook.partners.get(second.id)).toBeUndefined();
    expect(workbook.undo.state()).toMatchObject({ redoLabel: 'Add partner “Nordic Cloud”' });

    const redos = await Promise.all([workbook.undo.redo(), workbook.undo.redo()]);
    expect(redos.map(undone)).toEqual(['Add partner “Nordic Cloud”', 'Add partner “Fjord Data”']);
    expect((await workbook.partners.get(second.id))?.name).toBe('Fjord Data');
    expect(workbook.undo.state()).toMatchObject({
      undoLabel: 'Add partner “Fjord Data”',
      redoLabel: undefined,
    });
  });

  it('takes back a logged activity with the partner’s last activity and the counts', async () => {
    value(await workbook.activities.create(call('2026-02-01T10:00:00.000Z')));
    const later = value(await workbook.activities.create(call('2026-03-01T10:00:00.000Z')));
    expect((await workbook.partners.get(partnerId))?.lastActivityAt).toBe(later.occurredAt);

    expect(await undo()).toBe('Add activity “Check-in”');
    expect(await workbook.activities.get(later.id)).toBeUndefined();
    expect((await workbook.partners.get(partnerId))?.lastActivityAt).toBe(
      '2026-02-01T10:00:00.000Z',
    );
    expect((await db.activityCounts.get(`${partnerId}:2026`))?.counts[5]).toBe(1);
    const { now, rebuilt } = await derivedNowAndRebuilt();
    expect(now).toEqual(rebuilt);

    expect(await redo()).toBe('Add activity “Check-in”');
    expect((await workbook.partners.get(partnerId))?.lastActivityAt).toBe(later.occurredAt);
    expect((await db.activityCounts.get(`${partnerId}:2026`))?.counts[9]).toBe(1);
    expect(changes.some((c) => c.table === 'activities' && c.ids.includes(later.id))).toBe(true);
  });

  it('brings back a deleted stakeholder with their asks, and a deleted partner with all it had', async () => {
    const dana = value(
      await workbook.stakeholders.create({
        name: 'Dana Reyes',
        team: 'engineering',
        influence: 'high',
        stance: 'skeptic',
        partnerIds: [partnerId],
      }),
    );
    const ask = value(
      await workbook.asks.create({
        what: 'Two engineers',
        stakeholderId: dana.id,
        status: 'planned',
      }),
    );
    value(await workbook.activities.create(call('2026-02-01T10:00:00.000Z')));
    value(
      await workbook.metrics.addEntry({
        partnerId,
        metric: 'certifications',
        date: '2026-01-05',
        value: 4,
      }),
    );
    await workbook.stakeholders.remove(dana.id);
    expect(await undo()).toBe('Delete stakeholder “Dana Reyes”');
    expect(await workbook.stakeholders.get(dana.id)).toEqual(dana);
    expect(await workbook.asks.get(ask.id)).toEqual(ask);

    const figures = await db.partnerFigures.toArray();
    expect(figures).toHaveLength(1);
    await workbook.partners.remove(partnerId);
    expect(await db.activityCounts.count()).toBe(0);
    expect(await db.partnerFigures.count()).toBe(0);
    expect(await undo()).toBe('Delete partner “Baltic Data”');
    expect((await workbook.partners.get(partnerId))?.name).toBe('Baltic Data');
    expect((await workbook.stakeholders.get(dana.id))?.partnerIds).toEqual([partnerId]);
    expect(await db.activities.where('partnerId').equals(partnerId).count()).toBe(1);
    expect(await db.partnerFigures.toArray()).toEqual(figures);
    const { now, rebuilt } = await derivedNowAndRebuilt();
    expect(now).toEqual(rebuilt);
  });

  it('undoes plans and goals: create, edit and delete', async () => {
    const period = { start: '2026-01-01', end: '2026-12-31' };
    const plan = value(await workbook.plans.create({ partnerId, period, status: 'draft' }));
    value(await workbook.plans.update(plan.id, { ...plan, vision: 'Grow the Baltics' }));
    const unit = { kind: 'money', currency: 'eur' };
    const goal = value(
      await workbook.companyGoals.create({ title: 'ARR', measure: 'ARR', target: 5, unit, period }),
    );
    await workbook.companyGoals.remove(goal.id);

    expect(await undo()).toBe('Delete goal “ARR”');
    expect((await workbook.companyGoals.get(goal.id))?.title).toBe('ARR');
    expect(await undo()).toBe('Add goal “ARR”');
    expect(await workbook.companyGoals.get(goal.id)).toBeUndefined();
    expect(await undo()).toBe('Edit plan');
    expect((await workbook.plans.get(plan.id))?.vision).toBeUndefined();
    expect(await undo()).toBe('Add plan');
    expect(await workbook.plans.get(plan.id)).toBeUndefined();
    expect(await redo()).toBe('Add plan');
    expect(await redo()).toBe('Edit plan');
    expect((await workbook.plans.get(plan.id))?.vision).toBe('Grow the Baltics');
  });

  it('refuses to undo over a record changed since, changing nothing, and moves on', async () => {
    const partner = await workbook.partners.get(partnerId);
    if (!partner) throw new Error('fixture');
    const period = { start: '2026-01-01', end: '2026-12-31' };
    const unit = { kind: 'count' };
    value(
      await workbook.companyGoals.create({ title: 'Reach', measure: 'x', target: 1, unit, period }),
    );
    value(await workbook.partners.update(partnerId, { ...partner, name: 'Baltic Data OÜ' }, []));
    // Changed around the history, as a merge would.
    const renamed = await workbook.partners.get(partnerId);
    if (!renamed) throw new Error('fixture');
    await workbook.partners.putMany([{ ...renamed, name: 'Baltic Data Group' }]);

    expect(await undo()).toBe(
      '“Rename partner to “Baltic Data OÜ”” can’t be undone: the partner “Baltic Data Group” has changed since. Nothing was changed. It was taken off the undo history.',
    );
    expect((await workbook.partners.get(partnerId))?.name).toBe('Baltic Data Group');
    expect(workbook.undo.state()).toEqual({
      undoLabel: 'Add goal “Reach”',
      redoLabel: undefined,
      depth: 1,
    });
  });
});
