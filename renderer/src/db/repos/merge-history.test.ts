import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Partner } from '../../../../shared/domain/partner';
import { initialChanges } from '../../../../shared/domain/partner-change';
import { withRevisions } from '../../../../shared/files/merge/snapshot-revisions';
import { FIXTURE_IDS, fixtureSnapshot } from '../../../../shared/files/partnerbook/decode-fixture';
import type { WorkbookSnapshot } from '../../../../shared/files/partnerbook/snapshot';
import { WorkbookDatabase } from '../database';
import { openWorkbook, type Workbook } from '../workbook';
import { MergeRepo } from './merge-repo';
import { readSnapshot } from './snapshot-read';
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
    // Their record joins mine; the fixture's log had no stage record, so the stage's is derived.
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
    // The fixture's log held only the gold tier: the stage's first record was derived from my
    // partner (active since its creation), and is stored before the change the merge records.
    expect(await moves(workbook, ids.partner)).toEqual([
      'stage active>growing',
      'stage null>active',
      'tier null>gold',
    ]);
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

describe('merging copies of a workbook whose partners were written in bulk', () => {
  const CREATED = '2024-03-05T14:20:00.000Z';
  const partner = (id: string, name: string): Partner => ({
    id,
    name,
    types: ['reseller'],
    stage: 'growing',
    tier: 'gold',
    tags: [],
    createdAt: CREATED,
    updatedAt: CREATED,
  });
  const baltic = partner('10000000-0000-4000-8000-000000000001', 'Baltic Data');
  const fjord = partner('10000000-0000-4000-8000-000000000002', 'Fjord Systems');

  // My workbook, written in bulk (no first records stored), and a copy of it opened from its file.
  async function copies() {
    const name = `merge-bulk-${crypto.randomUUID()}`;
    const workbook = await openWorkbook(name);
    await workbook.partners.putMany([baltic, fjord]);
    const db = new WorkbookDatabase(name);
    await db.open();
    opened.push({ workbook, db });
    const theirName = `merge-bulk-theirs-${crypto.randomUUID()}`;
    await writeSnapshotToNewDatabase(await readSnapshot(db), theirName);
    const theirWorkbook = await openWorkbook(theirName);
    const theirDb = new WorkbookDatabase(theirName);
    await theirDb.open();
    opened.push({ workbook: theirWorkbook, db: theirDb });
    return { workbook, db, repo: new MergeRepo(db, workbook.changes), theirWorkbook, theirDb };
  }

  async function mergeAll(repo: MergeRepo, file: WorkbookSnapshot) {
    const planned = await repo.planMergeWith(file);
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.plan.conflicts).toEqual([]);
    await repo.applyMerge(planned.plan, {});
  }

  it('takes their first stage change, with the first record both sides derive, once', async () => {
    const { workbook, db, repo, theirWorkbook, theirDb } = await copies();
    expect(await db.partnerChanges.count()).toBe(0);
    const theirs = await theirWorkbook.partners.get(baltic.id);
    if (!theirs) throw new Error('fixture');
    await theirWorkbook.partners.update(baltic.id, { ...theirs, stage: 'at-risk' }, []);
    const [theirChange] = (await theirDb.partnerChanges.toArray()).filter((c) => c.from !== null);
    if (!theirChange) throw new Error('fixture');

    await mergeAll(repo, await readSnapshot(theirDb));
    expect((await workbook.partners.get(baltic.id))?.stage).toBe('at-risk');
    expect(await moves(workbook, baltic.id)).toEqual([
      'stage growing>at-risk',
      'stage null>growing',
      'tier null>gold',
    ]);
    // Their change under its own id; the first records under the ids both sides derive.
    const stored = await db.partnerChanges.where('partnerId').equals(baltic.id).toArray();
    expect(stored.map((c) => c.id).sort()).toEqual(
      [theirChange.id, ...initialChanges(baltic).map((c) => c.id)].sort(),
    );
    // The other partner was not touched: its first records are still derived.
    expect(await db.partnerChanges.where('partnerId').equals(fjord.id).count()).toBe(0);

    // Merging the same file again finds nothing to do.
    const again = await repo.planMergeWith(await readSnapshot(theirDb));
    if (!again.ok) throw new Error(again.message);
    expect(again.plan.changes).toEqual([]);
    expect(again.plan.conflicts).toEqual([]);
  });

  it('lets their deletion of a partner stand, with the first records it never stored', async () => {
    const { workbook, db, repo, theirWorkbook, theirDb } = await copies();
    await theirWorkbook.partners.remove(fjord.id);
    await mergeAll(repo, await readSnapshot(theirDb));
    expect(await workbook.partners.get(fjord.id)).toBeUndefined();
    expect(await workbook.partnerChanges.changesOf(fjord.id)).toEqual([]);
    const graves = await db.tombstones.where('table').equals('partnerChanges').primaryKeys();
    expect(graves.sort()).toEqual(
      initialChanges(fjord)
        .map((c) => c.id)
        .sort(),
    );
    // Baltic Data's history is still all derived.
    expect(await db.partnerChanges.count()).toBe(0);
    expect(await moves(workbook, baltic.id)).toEqual(['stage null>growing', 'tier null>gold']);
  });

  // A file an older app saved: every partner's first records stored, as putMany stored them.
  async function olderFile(db: WorkbookDatabase): Promise<WorkbookSnapshot> {
    const snapshot = await readSnapshot(db);
    const stored = snapshot.tables.partners.flatMap((p) => initialChanges(p));
    snapshot.tables.partnerChanges.push(...stored);
    return snapshot;
  }

  // Every partner's history as the app reads it, by partner.
  async function histories(workbook: Workbook, partnerIds: readonly string[]) {
    return Promise.all(partnerIds.map((id) => moves(workbook, id)));
  }

  it('merges an older file’s stored copies of derived first records as the same records, either way', async () => {
    const { workbook, db, repo, theirDb } = await copies();
    // Mine derives them; theirs, opened from an older file, stores them.
    const olderName = `merge-bulk-older-${crypto.randomUUID()}`;
    await writeSnapshotToNewDatabase(await olderFile(theirDb), olderName);
    const older = await openWorkbook(olderName);
    const olderDb = new WorkbookDatabase(olderName);
    await olderDb.open();
    opened.push({ workbook: older, db: olderDb });
    expect(await olderDb.partnerChanges.count()).toBe(4);

    // A into B and B into A: nothing to do, the same histories, nothing stored on my side.
    const into = await repo.planMergeWith(await readSnapshot(olderDb));
    if (!into.ok) throw new Error(into.message);
    expect(into.plan.changes).toEqual([]);
    expect(into.plan.conflicts).toEqual([]);
    const back = await new MergeRepo(olderDb, older.changes).planMergeWith(await readSnapshot(db));
    if (!back.ok) throw new Error(back.message);
    expect(back.plan.changes).toEqual([]);
    expect(await histories(workbook, [baltic.id, fjord.id])).toEqual(
      await histories(older, [baltic.id, fjord.id]),
    );
  });

  it('removes their stored first records of a partner my side deleted, and mine of one theirs did', async () => {
    const { workbook, db, repo, theirDb } = await copies();
    const olderName = `merge-bulk-older-${crypto.randomUUID()}`;
    await writeSnapshotToNewDatabase(await olderFile(theirDb), olderName);
    const older = await openWorkbook(olderName);
    const olderDb = new WorkbookDatabase(olderName);
    await olderDb.open();
    opened.push({ workbook: older, db: olderDb });

    // I delete Fjord Systems (its first records derived); the older copy, holding them stored,
    // deletes Baltic Data. Each merges the other's file in.
    await workbook.partners.remove(fjord.id);
    await older.partners.remove(baltic.id);
    const mineFile = await readSnapshot(db);
    const olderRepo = new MergeRepo(olderDb, older.changes);
    await mergeAll(olderRepo, mineFile);
    await mergeAll(repo, await readSnapshot(olderDb));
    const firstIds = [...initialChanges(baltic), ...initialChanges(fjord)].map((c) => c.id).sort();
    for (const side of [db, olderDb]) {
      expect(await side.partners.count()).toBe(0);
      expect(await side.partnerChanges.count()).toBe(0);
      const graves = await side.tombstones.where('table').equals('partnerChanges').primaryKeys();
      expect(graves.sort()).toEqual(firstIds);
    }
    // Merging either file again changes nothing.
    for (const [target, file] of [
      [repo, await readSnapshot(olderDb)],
      [olderRepo, await readSnapshot(db)],
    ] as const) {
      const again = await target.planMergeWith(file);
      if (!again.ok) throw new Error(again.message);
      expect(again.plan.changes).toEqual([]);
      expect(again.plan.conflicts).toEqual([]);
    }
  });
});
