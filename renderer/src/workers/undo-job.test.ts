import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autoMap } from '../../../shared/files/tabular/column-mapping';
import { readCsv } from '../../../shared/files/tabular/csv-read';
import { planImport } from '../../../shared/files/tabular/match';
import { convertRows } from '../../../shared/files/tabular/partner-rows';
import { ChangeFeed } from '../db/change-feed';
import { WorkbookDatabase } from '../db/database';
import { ImportRepo } from '../db/repos/import-repo';
import { openWorkbook, type Workbook } from '../db/workbook';
import { runUndoJob } from './undo-job';
import type { UndoResponse } from './undo-messages';

/**
 * The undo worker's job, run here without a worker: an import written through one connection
 * (the import worker's), undone and redone through another (the undo worker's), as in the app.
 */

let dbName: string;
let workbook: Workbook;
let importer: WorkbookDatabase;

beforeEach(async () => {
  dbName = `undo-job-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
  importer = new WorkbookDatabase(dbName);
  await importer.open();
});

afterEach(async () => {
  importer.close();
  workbook.close();
  await Dexie.delete(dbName);
});

const CSV = [
  'Company name,Website URL,Lifecycle Stage,Contact name,Contact email',
  'Acme Inc.,acme.com,Customer,Ana Lopez,ana@acme.com',
  'Northwind,northwind.example,Lead,,',
].join('\n');

// Imports the CSV through the importer's connection; returns the created ids and packed changes.
async function importCsv() {
  const repo = new ImportRepo(importer, new ChangeFeed());
  const table = readCsv(CSV);
  const rows = convertRows(table, autoMap(table.headers));
  const plan = planImport(rows, await repo.existingForMatching(), {
    onMatch: 'update',
    skipRowsWithProblems: false,
  });
  const outcome = await repo.applyImport(plan, {});
  if (outcome.recording.kind !== 'changes') throw new Error('nothing recorded');
  return { created: outcome.created, packed: outcome.recording.packed };
}

// Runs the job and returns every message it posted.
async function run(request: unknown): Promise<UndoResponse[]> {
  const posted: UndoResponse[] = [];
  await runUndoJob(
    request,
    (name) => new WorkbookDatabase(name),
    (response) => posted.push(response),
  );
  return posted;
}

const apply = (packed: Uint8Array, direction: 'undo' | 'redo') =>
  run({ type: 'apply', dbName, label: 'Import 2 partners from accounts.csv', direction, packed });

const revisionsOf = async (id: string) =>
  (await importer.revisions.get(['partners', id]))?.revs.length ?? 0;

describe('the undo worker’s job', () => {
  it('undoes an import as a new change (tombstones, a revision each) and redo brings it back', async () => {
    const { created, packed } = await importCsv();
    expect(created).toHaveLength(2);
    const [acme] = created;
    if (acme === undefined) throw new Error('no partner');
    // An import logs no history for partners under ids it drew itself.
    expect(await revisionsOf(acme)).toBe(0);

    const undone = await apply(packed, 'undo');
    const last = undone.at(-1);
    expect(last?.type).toBe('applied');
    if (last?.type !== 'applied') return;
    const partners = new Map(last.touched).get('partners');
    expect(partners?.split('\n').sort()).toEqual([...created].sort());
    expect(last.note).toBeUndefined();
    // Progress: counted up to the end, which is the whole.
    const progress = undone.filter((message) => message.type === 'progress');
    expect(progress.at(-1)).toEqual({
      type: 'progress',
      done: progress.at(-1)?.total,
      total: progress.at(-1)?.total,
    });
    expect(await importer.partners.count()).toBe(0);
    expect(await importer.contacts.count()).toBe(0);
    const graves = await importer.tombstones.bulkGet(created);
    expect(graves.map((grave) => grave?.table)).toEqual(['partners', 'partners']);
    // As created, then deleted: the revision history only grows.
    expect(await revisionsOf(acme)).toBe(2);

    const redone = await apply(packed, 'redo');
    expect(redone.at(-1)?.type).toBe('applied');
    expect((await importer.partners.bulkGet(created)).map((p) => p?.name)).toEqual([
      'Acme Inc.',
      'Northwind',
    ]);
    expect(await importer.contacts.count()).toBe(1);
    expect(await importer.tombstones.bulkGet(created)).toEqual([undefined, undefined]);
    expect(await revisionsOf(acme)).toBe(3);
  });

  it('refuses an undo when an imported partner changed since, and writes nothing', async () => {
    const { created, packed } = await importCsv();
    const [acme] = created;
    if (acme === undefined) throw new Error('no partner');
    const partner = await workbook.partners.get(acme);
    if (!partner) throw new Error('not stored');
    const renamed = await workbook.partners.update(acme, { ...partner, name: 'Acme Group' }, []);
    expect(renamed.ok).toBe(true);
    const graves = await importer.tombstones.count();
    expect(await revisionsOf(acme)).toBe(2);

    const posted = await apply(packed, 'undo');
    expect(posted.at(-1)).toEqual({
      type: 'refused',
      message:
        '“Import 2 partners from accounts.csv” can’t be undone: the partner “Acme Group” has changed since. Nothing was changed.',
    });
    expect(await importer.partners.count()).toBe(2);
    expect(await importer.tombstones.count()).toBe(graves);
    expect(await revisionsOf(acme)).toBe(2);
    expect((await importer.partners.get(acme))?.name).toBe('Acme Group');
  });

  it('answers a request it cannot read with a failure, touching nothing', async () => {
    expect(await run({ type: 'apply', dbName, label: 'x', direction: 'sideways' })).toEqual([
      { type: 'failed', message: 'The undo request could not be read.' },
    ]);
  });
});
