import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { initialChanges } from '../../../../shared/domain/partner-change';
import { withRevisions } from '../../../../shared/files/merge/snapshot-revisions';
import { FIXTURE_IDS, fixtureSnapshot } from '../../../../shared/files/partnerbook/decode-fixture';
import type { WorkbookSnapshot } from '../../../../shared/files/partnerbook/snapshot';
import { WorkbookDatabase } from '../database';
import { openWorkbook, type Workbook } from '../workbook';
import { MergeRepo } from './merge-repo';
import { writeSnapshotToNewDatabase } from './snapshot-repo';

const ids = FIXTURE_IDS;
const LATER = '2030-01-01T00:00:00.000Z';
const THEIR_CHANGE = '88000000-0000-4000-8000-000000000002';

// The fixture with the other partner's history started too, on both sides.
function base(): WorkbookSnapshot {
  const snapshot = fixtureSnapshot();
  const other = snapshot.tables.partners.find((p) => p.id === ids.otherPartner);
  if (other) snapshot.tables.partnerChanges.push(...initialChanges(other));
  return snapshot;
}

const opened: { workbook: Workbook; db: WorkbookDatabase }[] = [];
afterEach(async () => {
  for (const { workbook, db } of opened.splice(0)) {
    workbook.close();
    db.close();
    await Dexie.delete(db.name);
  }
});

async function mine() {
  const name = `merge-history-${crypto.randomUUID()}`;
  await writeSnapshotToNewDatabase(base(), name);
  const workbook = await openWorkbook(name);
  const db = new WorkbookDatabase(name);
  await db.open();
  opened.push({ workbook, db });
  return { workbook, db, repo: new MergeRepo(db, workbook.changes) };
}

function theirs(edit: (s: WorkbookSnapshot) => void): WorkbookSnapshot {
  const copy = withRevisions(base());
  edit(copy);
  return withRevisions(copy);
}

const moves = async (workbook: Workbook, id: string) =>
  (await workbook.partnerChanges.changesOf(id)).map((c) => `${c.field} ${c.from}>${c.to}`).sort();

describe('merging stage and tier history', () => {
  it('takes the union of both sides’ changes, by id, without writing a duplicate', async () => {
    const { workbook, repo } = await mine();
    const file = theirs((s) => {
      const [baltic] = s.tables.partners;
      if (baltic) Object.assign(baltic, { tier: 'platinum', updatedAt: LATER });
      s.tables.partnerChanges.push({
        id: THEIR_CHANGE,
        createdAt: LATER,
        updatedAt: LATER,
        partnerId: ids.partner,
        field: 'tier',
        from: 'gold',
        to: 'platinum',
        changedAt: LATER,
        effectiveOn: '2029-12-01',
      });
    });
    const planned = await repo.planMergeWith(file);
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.plan.conflicts).toEqual([]);
    await repo.applyMerge(planned.plan, {});
    // Their record joins mine; the fixture's log had no stage record, so the merge starts one.
    expect(await moves(workbook, ids.partner)).toEqual([
      'stage null>active',
      'tier gold>platinum',
      'tier null>gold',
    ]);
    expect(await workbook.partnerChanges.get(THEIR_CHANGE)).toMatchObject({
      effectiveOn: '2029-12-01',
    });
  });

  it('records a change their copy made without one, from the value my log ends at', async () => {
    const { workbook, repo } = await mine();
    const file = theirs((s) => {
      const [baltic] = s.tables.partners;
      if (baltic) Object.assign(baltic, { stage: 'growing', updatedAt: LATER });
    });
    const planned = await repo.planMergeWith(file);
    if (!planned.ok) throw new Error(planned.message);
    await repo.applyMerge(planned.plan, {});
    // The fixture's log held only the gold tier; the stage now starts at the merge.
    expect(await moves(workbook, ids.partner)).toEqual(['stage null>growing', 'tier null>gold']);
  });

  it('deletes a partner’s changes with it when their side deleted the partner', async () => {
    const { db, repo } = await mine();
    expect(await db.partnerChanges.where('partnerId').equals(ids.otherPartner).count()).toBe(2);
    const file = theirs((s) => {
      s.tables.partners = s.tables.partners.filter((p) => p.id !== ids.otherPartner);
      const followers = s.tables.partnerChanges.filter((c) => c.partnerId === ids.otherPartner);
      s.tables.partnerChanges = s.tables.partnerChanges.filter((c) => !followers.includes(c));
      for (const change of followers) {
        s.tables.tombstones.push({ id: change.id, table: 'partnerChanges', deletedAt: LATER });
      }
      s.tables.tombstones.push({ id: ids.otherPartner, table: 'partners', deletedAt: LATER });
    });
    const planned = await repo.planMergeWith(file);
    if (!planned.ok) throw new Error(planned.message);
    await repo.applyMerge(planned.plan, {});
    expect(await db.partnerChanges.where('partnerId').equals(ids.otherPartner).count()).toBe(0);
  });
});
