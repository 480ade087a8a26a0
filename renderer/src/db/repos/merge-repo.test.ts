import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { initialChanges } from '../../../../shared/domain/partner-change';
import type { RevisionEntry } from '../../../../shared/domain/revision';
import type { MergePlan } from '../../../../shared/files/merge/merge-types';
import { withRevisions } from '../../../../shared/files/merge/snapshot-revisions';
import { FIXTURE_IDS, fixtureSnapshot } from '../../../../shared/files/partnerbook/decode-fixture';
import type { WorkbookSnapshot } from '../../../../shared/files/partnerbook/snapshot';
import type { WorkbookChange } from '../change-feed';
import { openWorkbook, type Workbook } from '../workbook';
import { WorkbookDatabase } from '../database';
import { MergeFailedError, MergeRepo } from './merge-repo';
import { readSnapshot } from './snapshot-read';
import { writeSnapshotToNewDatabase } from './snapshot-repo';

const ids = FIXTURE_IDS;
const LATER = '2030-01-01T00:00:00.000Z';

interface Setup {
  workbook: Workbook;
  db: WorkbookDatabase;
  repo: MergeRepo;
  changes: WorkbookChange[];
}

const opened: Setup[] = [];
afterEach(async () => {
  for (const { workbook, db } of opened.splice(0)) {
    workbook.close();
    db.close();
    await Dexie.delete(db.name);
  }
});

// My workbook: the fixture, opened from a file as a new local workbook.
async function mine(): Promise<Setup> {
  const name = `merge-${crypto.randomUUID()}`;
  await writeSnapshotToNewDatabase(fixtureSnapshot(), name);
  const workbook = await openWorkbook(name);
  const db = new WorkbookDatabase(name);
  await db.open();
  const changes: WorkbookChange[] = [];
  workbook.changes.subscribe((change) => changes.push(change));
  const setup = { workbook, db, repo: new MergeRepo(db, workbook.changes), changes };
  opened.push(setup);
  return setup;
}

// Their copy of the fixture, changed by `edit` (revisions logged as their app would).
function theirs(edit: (s: WorkbookSnapshot) => void): WorkbookSnapshot {
  const copy = withRevisions(fixtureSnapshot());
  edit(copy);
  return withRevisions(copy);
}

async function planned(repo: MergeRepo, file: WorkbookSnapshot): Promise<MergePlan> {
  const result = await repo.planMergeWith(file);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

const tierOf = async (workbook: Workbook, id: string) => (await workbook.partners.get(id))?.tier;

describe('MergeRepo', () => {
  it('takes their one-sided changes in one transaction and reports them', async () => {
    const { workbook, repo, changes, db } = await mine();
    const file = theirs((s) => {
      const [, harbor] = s.tables.partners;
      if (harbor) Object.assign(harbor, { tier: 'gold', updatedAt: LATER });
      s.tables.contacts = [];
      s.tables.tombstones.push({ id: ids.contact, table: 'contacts', deletedAt: LATER });
    });
    const plan = await planned(repo, file);
    expect(plan.conflicts).toEqual([]);
    const outcome = await repo.applyMerge(plan, {});
    expect(outcome.counts).toMatchObject({
      partners: { updated: 1 },
      contacts: { deleted: 1 },
    });
    expect(await tierOf(workbook, ids.otherPartner)).toBe('gold');
    expect(await workbook.partners.contactsOf(ids.partner)).toEqual([]);
    expect(changes.map(({ table, ids: changed }) => [table, [...changed].sort()])).toEqual([
      ['partners', [ids.partner, ids.otherPartner].sort()],
    ]);
    // Logged like any write, and nothing left to merge. The partners' first stage and tier
    // records are derived (or stored as a bulk write stores them) without revisions of their own.
    const after = await readSnapshot(db);
    const firsts = new Set(
      after.tables.partners.flatMap((p) => initialChanges(p).map((c) => c.id)),
    );
    const logged = (entries: readonly RevisionEntry[]) =>
      entries.filter((entry) => entry.table !== 'partnerChanges' || !firsts.has(entry.id));
    expect(logged(withRevisions(after).tables.revisions)).toEqual(logged(after.tables.revisions));
    const again = await planned(repo, file);
    expect([again.changes, again.conflicts]).toEqual([[], []]);
  });

  it('recounts the activities and the last activity of the partners whose activities it writes', async () => {
    const { workbook, repo, db } = await mine();
    const file = theirs((s) => {
      const [first] = s.tables.activities;
      if (!first) throw new Error('fixture');
      s.tables.activities.push({
        ...first,
        id: '60000000-0000-4000-8000-000000000002',
        occurredAt: '2026-05-04T12:00:00.000Z',
        direction: 'inbound',
        purpose: 'development',
        title: 'Their call',
      });
    });
    await repo.applyMerge(await planned(repo, file), {});
    const may = await db.activityCounts.get(`${ids.partner}:2026`);
    // May 2026: one inbound development activity, in the month's first slot.
    expect(may?.counts[4 * 4]).toBe(1);
    // Their copy did not move the partner's last activity; the merge does.
    expect((await workbook.partners.get(ids.partner))?.lastActivityAt).toBe(
      '2026-05-04T12:00:00.000Z',
    );
  });

  it('writes the answers to conflicts, field by field', async () => {
    const { workbook, repo } = await mine();
    await workbook.partners.update(
      ids.partner,
      { name: 'Baltic Data', stage: 'at-risk', tier: 'gold', types: ['reseller'] },
      [{ id: ids.contact, name: 'Liis Tamm' }],
    );
    const file = theirs((s) => {
      const [baltic] = s.tables.partners;
      if (baltic) Object.assign(baltic, { stage: 'growing', tier: 'platinum', updatedAt: LATER });
    });
    const plan = await planned(repo, file);
    expect(plan.conflicts.map((c) => [c.key, c.fields.map((f) => f.field)])).toEqual([
      [`partners:${ids.partner}`, ['stage', 'tier']],
    ]);
    await expect(repo.applyMerge(plan, {})).rejects.toThrow(MergeFailedError);
    await repo.applyMerge(plan, {
      [`partners:${ids.partner}`]: { fields: { stage: 'mine', tier: 'theirs' } },
    });
    expect(await workbook.partners.get(ids.partner)).toMatchObject({
      stage: 'at-risk',
      tier: 'platinum',
      updatedAt: LATER,
    });
    expect((await planned(repo, file)).conflicts).toEqual([]);
  });

  it('writes nothing when the workbook changed since the plan', async () => {
    const { workbook, repo } = await mine();
    const file = theirs((s) => {
      const [baltic] = s.tables.partners;
      if (baltic) Object.assign(baltic, { tier: 'platinum', updatedAt: LATER });
    });
    const plan = await planned(repo, file);
    await workbook.partners.update(
      ids.partner,
      { name: 'Baltic Data', stage: 'active', tier: 'silver', types: ['reseller'] },
      [{ id: ids.contact, name: 'Liis Tamm' }],
    );
    await expect(repo.applyMerge(plan, {})).rejects.toThrow(
      /changed while the merge was being reviewed/,
    );
    expect(await tierOf(workbook, ids.partner)).toBe('silver');
  });

  it('adds their iterations and keeps the timeline whole', async () => {
    const { workbook, repo } = await mine();
    const second = '40000000-0000-4000-8000-000000000002';
    const file = theirs((s) => {
      const [first] = s.tables.positioningIterations;
      const [draft] = s.tables.positioningDrafts;
      if (!first || !draft) return;
      s.tables.positioningIterations.push({
        ...first,
        id: second,
        number: 2,
        parentId: first.id,
        committedAt: LATER,
      });
      Object.assign(draft, { headIterationId: second, iterationCount: 2, updatedAt: LATER });
    });
    await repo.applyMerge(await planned(repo, file), {});
    const timeline = await workbook.positioning.timeline(ids.draft);
    expect(timeline.filter((entry) => entry.kind === 'iteration')).toHaveLength(2);
    await workbook.positioning.saveWorkingCopy(ids.draft, { title: 'Baltic pitch, third cut' });
    const committed = await workbook.positioning.commit(ids.draft, { rationale: 'Third' });
    expect(committed.ok && committed.value).toMatchObject({ number: 3, parentId: second });
  });
});
