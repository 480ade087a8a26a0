import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Stakeholder } from '../../../../shared/domain/people/stakeholder';
import { FIXTURE_IDS, fixtureSnapshot } from '../../../../shared/files/partnerbook/decode-fixture';
import type { WorkbookChange } from '../change-feed';
import { WorkbookDatabase } from '../database';
import { openWorkbook, type Workbook } from '../workbook';
import { writeSnapshotToNewDatabase } from './snapshot-repo';

const ids = FIXTURE_IDS;
const T = '2026-01-01T00:00:00.000Z';
const BOTH = '93000000-0000-4000-8000-000000000002';
const UNNAMED_FEEDBACK = '91000000-0000-4000-8000-000000000002';

const opened: { workbook: Workbook; db: WorkbookDatabase }[] = [];
afterEach(async () => {
  for (const { workbook, db } of opened.splice(0)) {
    workbook.close();
    db.close();
    await Dexie.delete(db.name);
  }
});

// The fixture (its partner has an intelligence entry, feedback, a decision, an ask and a
// stakeholder), plus a stakeholder of both partners and feedback that names no partner.
async function setup() {
  const snapshot = fixtureSnapshot();
  const [jaan] = snapshot.tables.stakeholders;
  const [said] = snapshot.tables.feedback;
  if (!jaan || !said) throw new Error('fixture');
  const both: Stakeholder = {
    ...jaan,
    id: BOTH,
    name: 'Ada Berg',
    partnerIds: [ids.otherPartner, ids.partner],
  };
  snapshot.tables.stakeholders.push(both);
  const { partnerId: _partner, ...unnamed } = said;
  snapshot.tables.feedback.push({ ...unnamed, id: UNNAMED_FEEDBACK });
  const name = `removal-people-${crypto.randomUUID()}`;
  await writeSnapshotToNewDatabase(snapshot, name);
  const workbook = await openWorkbook(name);
  const db = new WorkbookDatabase(name);
  await db.open();
  opened.push({ workbook, db });
  const changes: WorkbookChange[] = [];
  workbook.changes.subscribe((change) => changes.push(change));
  return { workbook, db, snapshot, changes };
}

const byId = <R extends { id: string }>(records: R[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('deleting a partner, for the people tables', () => {
  it('takes its intelligence and the feedback, decisions and asks naming it; stakeholders lose it', async () => {
    const { workbook, db, changes } = await setup();
    const removed = await workbook.partners.remove(ids.partner);
    expect(await db.intelligenceEntries.count()).toBe(0);
    expect((await db.feedback.toArray()).map((item) => item.id)).toEqual([UNNAMED_FEEDBACK]);
    expect([await db.decisions.count(), await db.asks.count()]).toEqual([0, 0]);
    const stakeholders = byId(await db.stakeholders.toArray());
    expect(stakeholders.map((item) => item.partnerIds)).toEqual([[], [ids.otherPartner]]);
    expect(stakeholders.every((item) => item.updatedAt > T)).toBe(true);
    // Each deleted record leaves a tombstone and ends its history with a deletion; each
    // stakeholder's update is logged too.
    const graves = await db.tombstones.bulkGet([
      ids.intelligenceEntry,
      ids.feedback,
      ids.decision,
      ids.ask,
    ]);
    expect(graves.map((grave) => grave?.table)).toEqual([
      'intelligenceEntries',
      'feedback',
      'decisions',
      'asks',
    ]);
    expect(await db.tombstones.get(ids.stakeholder)).toBeUndefined();
    const history = await db.revisions.get(['stakeholders', ids.stakeholder]);
    expect(history?.revs).toHaveLength(2);
    expect(removed?.stakeholders.map((item) => item.id).sort()).toEqual([ids.stakeholder, BOTH]);
    expect(changes.map((change) => change.table)).toEqual([
      'partners',
      'intelligenceEntries',
      'feedback',
      'decisions',
      'asks',
      'stakeholders',
    ]);
  });

  it('comes back exactly on undo', async () => {
    const { workbook, db, snapshot } = await setup();
    const removed = await workbook.partners.remove(ids.partner);
    if (!removed) throw new Error('not removed');
    await workbook.partners.restore(removed);
    const { tables } = snapshot;
    expect(await db.intelligenceEntries.toArray()).toEqual(tables.intelligenceEntries);
    expect(byId(await db.feedback.toArray())).toEqual(byId(tables.feedback));
    expect(await db.decisions.toArray()).toEqual(tables.decisions);
    expect(await db.asks.toArray()).toEqual(tables.asks);
    expect(byId(await db.stakeholders.toArray())).toEqual(byId(tables.stakeholders));
    const graves = await db.tombstones.bulkGet([ids.intelligenceEntry, ids.feedback, ids.ask]);
    expect(graves).toEqual([undefined, undefined, undefined]);
  });

  it('puts the partner back in its place on a stakeholder edited since, keeping the edit', async () => {
    const { workbook, db } = await setup();
    const removed = await workbook.partners.remove(ids.partner);
    if (!removed) throw new Error('not removed');
    await db.stakeholders.update(BOTH, { stance: 'champion' });
    await db.stakeholders.delete(ids.stakeholder);
    await workbook.partners.restore(removed);
    expect(await db.stakeholders.get(BOTH)).toMatchObject({
      stance: 'champion',
      partnerIds: [ids.otherPartner, ids.partner],
    });
    // A stakeholder deleted in the meantime stays deleted.
    expect(await db.stakeholders.get(ids.stakeholder)).toBeUndefined();
  });
});
