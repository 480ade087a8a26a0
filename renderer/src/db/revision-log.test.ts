import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RevisionTable } from '../../../shared/domain/revision';
import { isDeletion, reviseContent, revisionCounter } from '../../../shared/domain/revision';
import { completedHistories, withRevisions } from '../../../shared/files/merge/snapshot-revisions';
import { RECORD_ORDER } from '../../../shared/files/partnerbook/record-order';
import { ok } from './repos/positioning-test-kit';
import { readSnapshot } from './repos/snapshot-read';
import { autoMap } from '../../../shared/files/tabular/column-mapping';
import { readCsv } from '../../../shared/files/tabular/csv-read';
import { planImport } from '../../../shared/files/tabular/match';
import { convertRows } from '../../../shared/files/tabular/partner-rows';
import { ImportRepo } from './repos/import-repo';
import { openWorkbook, type Workbook } from './workbook';
import { WorkbookDatabase } from './database';

/**
 * Every repository write logs its records' revisions in the same transaction, so that each
 * record's latest revision always records its content (what a merge relies on).
 */

const CONTACT = '9b2f1c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

let workbook: Workbook;
let db: WorkbookDatabase;

beforeEach(async () => {
  const name = `revisions-${crypto.randomUUID()}`;
  workbook = await openWorkbook(name);
  db = new WorkbookDatabase(name);
  await db.open();
});

afterEach(async () => {
  db.close();
  workbook.close();
  await Dexie.delete(db.name);
});

// The counters of a record's history, newest first; "d" marks a deletion.
async function history(table: RevisionTable, id: string): Promise<string[]> {
  const entry = await db.revisions.get([table, id]);
  return (entry?.revs ?? []).map((rev) => `${revisionCounter(rev)}${isDeletion(rev) ? 'd' : ''}`);
}

// Every record's latest revision is the one its content calls for: nothing was written unlogged
// (a record without a history, written in bulk under a new id, has the one its content gives).
async function expectLogged(): Promise<void> {
  const snapshot = await readSnapshot(db);
  const completed = [...completedHistories(snapshot.tables)].sort(RECORD_ORDER.revisions);
  expect(withRevisions(snapshot).tables.revisions).toEqual(completed);
}

describe('the revision log', () => {
  it('follows a partner and its contacts through create, update, delete and undo', async () => {
    const { partners } = workbook;
    const created = ok(
      await partners.create({ name: 'Baltic Data', stage: 'active' }, [
        { id: CONTACT, name: 'Liis' },
      ]),
    );
    expect(await history('partners', created.id)).toEqual(['1']);
    expect(await history('contacts', CONTACT)).toEqual(['1']);
    await partners.update(created.id, { name: 'Baltic Data', stage: 'growing' }, [
      { id: CONTACT, name: 'Liis' },
    ]);
    // The contact did not change: it keeps its revision (and its time).
    expect(await history('partners', created.id)).toEqual(['2', '1']);
    expect(await history('contacts', CONTACT)).toEqual(['1']);
    // Saving what is already there writes nothing.
    await partners.update(created.id, { name: 'Baltic Data', stage: 'growing' }, [
      { id: CONTACT, name: 'Liis' },
    ]);
    expect(await history('partners', created.id)).toEqual(['2', '1']);
    await expectLogged();
    const removed = await partners.remove(created.id);
    expect(await history('partners', created.id)).toEqual(['3d', '2', '1']);
    expect(await history('contacts', CONTACT)).toEqual(['2d', '1']);
    if (removed) await partners.restore(removed);
    expect(await history('partners', created.id)).toEqual(['4', '3d', '2', '1']);
    await expectLogged();
  });

  it('logs a contact removed from the form as deleted', async () => {
    const { partners } = workbook;
    const created = ok(
      await partners.create({ name: 'Baltic Data', stage: 'active' }, [
        { id: CONTACT, name: 'Liis' },
      ]),
    );
    await partners.update(created.id, { name: 'Baltic Data', stage: 'active' }, []);
    expect(await history('contacts', CONTACT)).toEqual(['2d', '1']);
    await expectLogged();
  });

  it('follows a draft through autosave, commit and status changes', async () => {
    const { positioning } = workbook;
    const draft = ok(
      await positioning.createDraft(
        { title: 'Pitch', audience: 'internal' },
        { kind: 'template', template: 'blank' },
      ),
    );
    await positioning.saveWorkingCopy(draft.id, { title: 'Better pitch' });
    await positioning.saveWorkingCopy(draft.id, { title: 'Better pitch' });
    ok(await positioning.commit(draft.id, { rationale: 'First cut' }));
    await positioning.setStatus(draft.id, 'approved', {});
    const other = ok(
      await positioning.createDraft(
        { title: 'Other', audience: 'internal' },
        { kind: 'template', template: 'blank' },
      ),
    );
    await positioning.setStatus(other.id, 'approved', { retireApproved: true });
    expect(await history('positioningDrafts', draft.id)).toEqual(['5', '4', '3', '2', '1']);
    expect(await history('positioningDrafts', other.id)).toEqual(['2', '1']);
    await expectLogged();
  });

  it('logs settings, their removal included', async () => {
    await workbook.settings.set('author', 'Liis');
    await workbook.settings.set('author', 'Mart');
    await workbook.settings.set('author', undefined);
    expect(await history('settings', 'author')).toEqual(['3d', '2', '1']);
    await expectLogged();
  });

  it('logs what an import and the sample data write', async () => {
    await workbook.sample.load(new Date('2026-01-01T00:00:00Z'));
    const created = ok(await workbook.partners.create({ name: 'Baltic Data', stage: 'active' }));
    const repo = new ImportRepo(db, workbook.changes);
    const table = readCsv('Company name,Tier\nBaltic Data,Gold\nHarbor Cloud,Silver');
    const rows = convertRows(table, autoMap(table.headers));
    const plan = planImport(rows, await repo.existingForMatching(), {
      onMatch: 'update',
      skipRowsWithProblems: false,
    });
    await repo.applyImport(plan);
    expect(await history('partners', created.id)).toEqual(['2', '1']);
    await expectLogged();
  });

  it('starts the history of a record written in bulk from its content before the change', async () => {
    await workbook.sample.load(new Date('2026-01-01T00:00:00Z'));
    const [first] = await db.partners.orderBy('name').toArray();
    if (!first) throw new Error('sample');
    const before = await workbook.partners.get(first.id);
    expect(await history('partners', first.id)).toEqual([]);
    await workbook.partners.update(first.id, { ...before, notes: 'Changed' }, []);
    const entry = await db.revisions.get(['partners', first.id]);
    expect(entry?.revs.slice(1)).toEqual(reviseContent([], before));
    await expectLogged();
  });
});
