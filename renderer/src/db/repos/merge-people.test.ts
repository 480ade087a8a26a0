import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { initialChanges } from '../../../../shared/domain/partner-change';
import { reviseContent, reviseDeletion } from '../../../../shared/domain/revision';
import type { TombstoneTable } from '../../../../shared/domain/tombstone';
import { withRevisions } from '../../../../shared/files/merge/snapshot-revisions';
import { FIXTURE_IDS, fixtureSnapshot } from '../../../../shared/files/partnerbook/decode-fixture';
import type { WorkbookSnapshot } from '../../../../shared/files/partnerbook/snapshot';
import type { WorkbookChange } from '../change-feed';
import { WorkbookDatabase } from '../database';
import { openWorkbook, type Workbook } from '../workbook';
import { MergeRepo } from './merge-repo';
import { writeSnapshotToNewDatabase } from './snapshot-repo';

const ids = FIXTURE_IDS;
const LATER = '2030-01-01T00:00:00.000Z';
const NEW_STAKEHOLDER = '93000000-0000-4000-8000-000000000002';

const opened: { workbook: Workbook; db: WorkbookDatabase }[] = [];
afterEach(async () => {
  for (const { workbook, db } of opened.splice(0)) {
    workbook.close();
    db.close();
    await Dexie.delete(db.name);
  }
});

// My workbook: the fixture, opened from a file; the changes the merge reports.
async function mine() {
  const name = `merge-people-${crypto.randomUUID()}`;
  await writeSnapshotToNewDatabase(fixtureSnapshot(), name);
  const workbook = await openWorkbook(name);
  const db = new WorkbookDatabase(name);
  await db.open();
  opened.push({ workbook, db });
  const changes: WorkbookChange[] = [];
  workbook.changes.subscribe((change) => changes.push(change));
  return { db, repo: new MergeRepo(db, workbook.changes), changes };
}

function theirs(edit: (s: WorkbookSnapshot) => void): WorkbookSnapshot {
  const copy = withRevisions(fixtureSnapshot());
  edit(copy);
  return withRevisions(copy);
}

async function merge(repo: MergeRepo, file: WorkbookSnapshot) {
  const result = await repo.planMergeWith(file);
  if (!result.ok) throw new Error(result.message);
  expect(result.plan.conflicts).toEqual([]);
  return repo.applyMerge(result.plan, {});
}

describe('MergeRepo with the people tables', () => {
  it('writes their new, changed and deleted people records and reports each table', async () => {
    const { db, repo, changes } = await mine();
    const file = theirs((s) => {
      s.tables.stakeholders.push({
        id: NEW_STAKEHOLDER,
        createdAt: LATER,
        updatedAt: LATER,
        name: 'Ada Berg',
        team: 'finance',
        influence: 'medium',
        stance: 'supporter',
        partnerIds: [ids.otherPartner],
      });
      Object.assign(s.tables.asks[0] ?? {}, { status: 'done', updatedAt: LATER });
      s.tables.decisions = [];
      s.tables.tombstones.push({ id: ids.decision, table: 'decisions', deletedAt: LATER });
    });
    const outcome = await merge(repo, file);
    expect(outcome.counts).toMatchObject({
      stakeholders: { added: 1 },
      asks: { updated: 1 },
      decisions: { deleted: 1 },
    });
    expect((await db.stakeholders.get(NEW_STAKEHOLDER))?.name).toBe('Ada Berg');
    expect((await db.asks.get(ids.ask))?.status).toBe('done');
    expect(await db.decisions.count()).toBe(0);
    expect(await db.tombstones.get(ids.decision)).toMatchObject({ table: 'decisions' });
    expect(changes.filter((change) => change.table !== 'partners')).toEqual([
      { table: 'decisions', ids: [ids.decision] },
      { table: 'stakeholders', ids: [NEW_STAKEHOLDER] },
      { table: 'asks', ids: [ids.ask] },
    ]);
    const again = await repo.planMergeWith(file);
    expect(again.ok && [again.plan.changes, again.plan.conflicts]).toEqual([[], []]);
  });

  it('takes a partner’s deletion with the people records that name it', async () => {
    const { db, repo } = await mine();
    const file = theirs((s) => {
      const t = s.tables;
      const gone: [TombstoneTable, string][] = [
        ['partners', ids.partner],
        ['contacts', ids.contact],
        ['activities', ids.activity],
        ['partnerPlans', ids.plan],
        ['investments', ids.investment],
        ['metricEntries', ids.metricEntry],
        ['qbrs', ids.qbr],
        ['partnerChanges', ids.partnerChange],
        ['intelligenceEntries', ids.intelligenceEntry],
        ['feedback', ids.feedback],
        ['decisions', ids.decision],
        ['asks', ids.ask],
      ];
      for (const [table, id] of gone) {
        const list = t[table] as { id: string }[];
        t[table] = list.filter((record) => record.id !== id) as never;
        t.tombstones.push({ id, table, deletedAt: LATER });
      }
      Object.assign(t.stakeholders[0] ?? {}, { partnerIds: [], updatedAt: LATER });
      // The partner's first stage record, which the fixture derives, goes with it as the app
      // deletes it: stored first, then tombstoned with its deletion revision.
      const partner = fixtureSnapshot().tables.partners.find((p) => p.id === ids.partner);
      const [stage] = partner ? initialChanges(partner) : [];
      if (!stage) throw new Error('fixture');
      t.tombstones.push({ id: stage.id, table: 'partnerChanges', deletedAt: LATER });
      const revs = reviseDeletion(reviseContent([], stage));
      t.revisions.push({ table: 'partnerChanges', id: stage.id, revs });
    });
    await merge(repo, file);
    expect(await db.partners.get(ids.partner)).toBeUndefined();
    const left = await Promise.all(
      [db.intelligenceEntries, db.feedback, db.decisions, db.asks].map((table) => table.count()),
    );
    expect(left).toEqual([0, 0, 0, 0]);
    expect((await db.stakeholders.get(ids.stakeholder))?.partnerIds).toEqual([]);
  });
});
