import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importLabel, mergeLabel } from '../../../../shared/domain/undo-label';
import { withRevisions } from '../../../../shared/files/merge/snapshot-revisions';
import { FIXTURE_IDS, fixtureSnapshot } from '../../../../shared/files/partnerbook/decode-fixture';
import type { WorkbookSnapshot } from '../../../../shared/files/partnerbook/snapshot';
import { autoMap } from '../../../../shared/files/tabular/column-mapping';
import { readCsv } from '../../../../shared/files/tabular/csv-read';
import { planImport, type OnMatch } from '../../../../shared/files/tabular/match';
import { convertRows } from '../../../../shared/files/tabular/partner-rows';
import { ChangeFeed } from '../change-feed';
import { WorkbookDatabase } from '../database';
import { ImportRepo, type ApplyOptions } from '../repos/import-repo';
import { MergeRepo } from '../repos/merge-repo';
import { writeSnapshotToNewDatabase } from '../repos/snapshot-repo';
import type { UndoOutcome } from '../repos/undo-repo';
import { openWorkbook, type Workbook } from '../workbook';

/**
 * Undo and redo of imports and merges: written through a connection of their own (the worker's),
 * recorded in the window's history from what that write captured, and taken back by the window.
 */

let dbName: string;
let workbook: Workbook;
// The worker's connection: imports and merges write through it, as in the app.
let worker: WorkbookDatabase;

async function open(name: string) {
  dbName = name;
  workbook = await openWorkbook(dbName);
  worker = new WorkbookDatabase(dbName);
  await worker.open();
}

beforeEach(() => {
  dbName = '';
});

afterEach(async () => {
  worker.close();
  workbook.close();
  await Dexie.delete(dbName);
});

const said = (outcome: UndoOutcome) => (outcome.ok ? outcome.label : outcome.message);
const undo = async () => said(await workbook.undo.undo());
const redo = async () => said(await workbook.undo.redo());

const CSV = [
  'Company name,Website URL,Lifecycle Stage,Tier,Contact name,Contact email,Notes',
  'Acme Inc.,acme.com,Customer,Gold,Ana Lopez,ana@acme.com,Renewed in May',
  'Northwind,northwind.example,Lead,,Bo Chen,bo@northwind.example,',
  'Globex,globex.com,,Silver,,,',
].join('\n');

// Imports a CSV through the worker's connection and records it in the window's history.
async function imported(text: string, onMatch: OnMatch = 'update', options: ApplyOptions = {}) {
  const repo = new ImportRepo(worker, new ChangeFeed());
  const table = readCsv(text);
  const rows = convertRows(table, autoMap(table.headers));
  const plan = planImport(rows, await repo.existingForMatching(), {
    onMatch,
    skipRowsWithProblems: false,
  });
  const outcome = await repo.applyImport(plan, options);
  const label = importLabel(outcome.created.length + outcome.updated.length, 'accounts.csv');
  workbook.undo.recordWritten(label, outcome.recording);
  return outcome;
}

// The records an import or merge writes, as stored.
async function stored(db: WorkbookDatabase) {
  return {
    partners: await db.partners.orderBy('id').toArray(),
    contacts: await db.contacts.orderBy('id').toArray(),
    partnerChanges: await db.partnerChanges.orderBy('id').toArray(),
  };
}

const withoutTimes = <T extends object>(records: readonly T[]) =>
  records.map((record) => ({ ...record, updatedAt: undefined }));

describe('undo of an import', () => {
  it('takes the created partners away, tombstoned, and redo brings them back under the same ids', async () => {
    await open(`undo-import-${crypto.randomUUID()}`);
    const kept = await workbook.partners.create({ name: 'Baltic Data', stage: 'active' });
    if (!kept.ok) throw new Error('seed failed');
    workbook.undo.clear();
    const before = await stored(worker);
    const outcome = await imported(CSV);
    expect(outcome.created).toHaveLength(3);
    expect(workbook.undo.state().undoLabel).toBe('Import 3 partners from accounts.csv');
    const after = await stored(worker);
    expect(after.contacts).toHaveLength(2);

    expect(await undo()).toBe('Import 3 partners from accounts.csv');
    expect(await stored(worker)).toEqual(before);
    const createdContacts = after.contacts.map((contact) => contact.id);
    const graves = await worker.tombstones.bulkGet([...outcome.created, ...createdContacts]);
    expect(graves.map((grave) => grave?.table)).toEqual([
      'partners',
      'partners',
      'partners',
      'contacts',
      'contacts',
    ]);

    expect(await redo()).toBe('Import 3 partners from accounts.csv');
    expect(await stored(worker)).toEqual(after);
    expect(await worker.tombstones.bulkGet(outcome.created)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(workbook.undo.state()).toEqual({
      undoLabel: 'Import 3 partners from accounts.csv',
      redoLabel: undefined,
      depth: 1,
    });
  });

  it('puts the partners an import updated back to their values before it', async () => {
    await open(`undo-import-${crypto.randomUUID()}`);
    const acme = await workbook.partners.create(
      { name: 'Acme Inc.', stage: 'active', tier: 'silver', notes: 'Met at the summit.' },
      [{ id: crypto.randomUUID(), name: 'Ana Lopez', email: 'ana@old.example' }],
    );
    if (!acme.ok) throw new Error('seed failed');
    workbook.undo.clear();
    const before = await stored(worker);
    const outcome = await imported(CSV);
    expect(outcome.updated).toEqual([acme.value.id]);
    const updated = await workbook.partners.get(acme.value.id);
    expect(updated?.tier).toBe('gold');
    expect(updated?.notes).toContain('Renewed in May');
    const after = await stored(worker);

    expect(await undo()).toBe('Import 3 partners from accounts.csv');
    const undone = await stored(worker);
    expect(withoutTimes(undone.partners)).toEqual(withoutTimes(before.partners));
    expect(withoutTimes(undone.contacts)).toEqual(withoutTimes(before.contacts));
    const back = await workbook.partners.get(acme.value.id);
    expect([back?.tier, back?.notes]).toEqual(['silver', 'Met at the summit.']);

    expect(await redo()).toBe('Import 3 partners from accounts.csv');
    const redone = await stored(worker);
    expect(withoutTimes(redone.partners)).toEqual(withoutTimes(after.partners));
    expect(withoutTimes(redone.contacts)).toEqual(withoutTimes(after.contacts));
  });

  it('is refused, changing nothing, when a partner it created was edited since', async () => {
    await open(`undo-import-${crypto.randomUUID()}`);
    const outcome = await imported(CSV);
    const [first] = outcome.created;
    if (!first) throw new Error('nothing created');
    // Another window renames it: not in this window's history.
    await worker.partners.update(first, { name: 'Acme Renamed' });
    const before = await stored(worker);

    expect(await undo()).toBe(
      '“Import 3 partners from accounts.csv” can’t be undone: the partner “Acme Renamed” has changed since. Nothing was changed. It was taken off the undo history.',
    );
    expect(await stored(worker)).toEqual(before);
    expect(workbook.undo.state().depth).toBe(0);
  });

  it('lists an import too large to keep, and Undo says so instead of taking it back', async () => {
    await open(`undo-import-${crypto.randomUUID()}`);
    const outcome = await imported(CSV, 'update', { undoLimit: 200 });
    expect(outcome.recording).toEqual({ kind: 'too-large', limit: 200 });
    expect(workbook.undo.state().undoLabel).toBe(
      'Import 3 partners from accounts.csv (too large to undo)',
    );
    const before = await stored(worker);
    expect(await undo()).toBe(
      '“Import 3 partners from accounts.csv (too large to undo)” can’t be undone: it changed more than 1 MB of records, more than the undo history keeps for one change. Nothing was changed. It was taken off the undo history.',
    );
    expect(await stored(worker)).toEqual(before);
    expect(workbook.undo.state().depth).toBe(0);
  });
});

const ids = FIXTURE_IDS;
const LATER = '2030-01-01T00:00:00.000Z';
const NEW_PARTNER = '10000000-0000-4000-8000-0000000000ff';

// Their copy of the fixture: Harbor Cloud made gold, the contact deleted, a partner added.
function theirs(): WorkbookSnapshot {
  const copy = withRevisions(fixtureSnapshot());
  const [, harbor] = copy.tables.partners;
  if (harbor) Object.assign(harbor, { tier: 'gold', updatedAt: LATER });
  copy.tables.contacts = [];
  copy.tables.tombstones.push({ id: ids.contact, table: 'contacts', deletedAt: LATER });
  copy.tables.partners.push({
    id: NEW_PARTNER,
    name: 'Fjord Systems',
    types: [],
    stage: 'prospect',
    tier: 'none',
    tags: [],
    createdAt: LATER,
    updatedAt: LATER,
  });
  return withRevisions(copy);
}

describe('undo of a merge', () => {
  it('takes a merge back and makes it again', async () => {
    const name = `undo-merge-${crypto.randomUUID()}`;
    await writeSnapshotToNewDatabase(fixtureSnapshot(), name);
    await open(name);
    const repo = new MergeRepo(worker, new ChangeFeed());
    const planned = await repo.planMergeWith(theirs());
    if (!planned.ok) throw new Error(planned.message);
    const before = await stored(worker);
    const outcome = await repo.applyMerge(planned.plan, {});
    workbook.undo.recordWritten(mergeLabel('From Dana.partnerbook'), outcome.recording);
    expect(workbook.undo.state().undoLabel).toBe('Merge “From Dana.partnerbook”');
    expect((await workbook.partners.get(ids.otherPartner))?.tier).toBe('gold');
    const after = await stored(worker);

    expect(await undo()).toBe('Merge “From Dana.partnerbook”');
    expect((await workbook.partners.get(ids.otherPartner))?.tier).toBe('none');
    expect(await workbook.partners.get(NEW_PARTNER)).toBeUndefined();
    expect((await worker.tombstones.get(NEW_PARTNER))?.table).toBe('partners');
    expect(await worker.tombstones.get(ids.contact)).toBeUndefined();
    const undone = await stored(worker);
    expect(withoutTimes(undone.partners)).toEqual(withoutTimes(before.partners));
    expect(undone.contacts).toEqual(before.contacts);

    expect(await redo()).toBe('Merge “From Dana.partnerbook”');
    const redone = await stored(worker);
    expect(withoutTimes(redone.partners)).toEqual(withoutTimes(after.partners));
    expect(redone.contacts).toEqual([]);
    expect((await worker.tombstones.get(ids.contact))?.table).toBe('contacts');
  });
});
