import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCsv } from '../../../../shared/files/tabular/csv-read';
import { autoMap } from '../../../../shared/files/tabular/column-mapping';
import { planImport, type ImportPlan, type OnMatch } from '../../../../shared/files/tabular/match';
import { convertRows } from '../../../../shared/files/tabular/partner-rows';
import { ChangeFeed, type WorkbookChange } from '../change-feed';
import { WorkbookDatabase } from '../database';
import { ImportFailedError, ImportRepo } from './import-repo';
import { PartnerRepo } from './partner-repo';

let db: WorkbookDatabase;
let feed: ChangeFeed;
let changes: WorkbookChange[];
let repo: ImportRepo;
let partners: PartnerRepo;

beforeEach(async () => {
  db = new WorkbookDatabase(`import-test-${crypto.randomUUID()}`);
  await db.open();
  feed = new ChangeFeed();
  changes = [];
  feed.subscribe((change) => changes.push(change));
  repo = new ImportRepo(db, feed);
  partners = new PartnerRepo(db, new ChangeFeed());
});

afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

const CSV = [
  'Company name,Website URL,Lifecycle Stage,Tier,Tags,Contact name,Contact email,Notes',
  'Acme Inc.,acme.com,Customer,Gold,"cloud, emea",Ana Lopez,ana@acme.com,Renewed in May',
  'Northwind,northwind.example,Lead,,,Bo Chen,bo@northwind.example,',
  'Globex,globex.com,,Silver,,,,',
].join('\n');

async function planFor(text: string, onMatch: OnMatch): Promise<ImportPlan> {
  const table = readCsv(text);
  const rows = convertRows(table, autoMap(table.headers));
  return planImport(rows, await repo.existingForMatching(), {
    onMatch,
    skipRowsWithProblems: false,
  });
}

// Everything stored, without the times a write sets, for before/after comparisons.
async function snapshot() {
  return {
    partners: await db.partners.orderBy('name').toArray(),
    contacts: await db.contacts.orderBy('name').toArray(),
  };
}

async function seed() {
  const acme = await partners.create(
    { name: 'ACME', stage: 'active', tags: ['key'], notes: 'Met at the summit.' },
    [{ id: crypto.randomUUID(), name: 'Ana Lopez', email: 'ana@acme.com' }],
  );
  const globex = await partners.create({
    name: 'Globex Corporation',
    stage: 'growing',
    tier: 'gold',
  });
  if (!acme.ok || !globex.ok) throw new Error('seed failed');
  return { acme: acme.value, globex: globex.value };
}

describe('ImportRepo', () => {
  it('lists id, name and website of every partner for matching', async () => {
    const { acme } = await seed();
    await partners.update(acme.id, { ...acme, website: 'acme.com' }, []);
    const existing = await repo.existingForMatching();
    expect(existing).toHaveLength(2);
    expect(existing).toContainEqual({ id: acme.id, name: 'ACME', website: 'https://acme.com' });
  });

  it('creates partners with their contacts in one go and reports them after commit', async () => {
    const plan = await planFor(CSV, 'update');
    const outcome = await repo.applyImport(plan);
    expect(outcome.created).toHaveLength(3);
    const stored = await db.partners.orderBy('name').toArray();
    expect(stored.map((p) => [p.name, p.stage, p.tier, p.nameKey !== ''])).toEqual([
      ['Acme Inc.', 'active', 'gold', true],
      ['Globex', 'prospect', 'silver', true],
      ['Northwind', 'prospect', 'none', true],
    ]);
    const acme = stored[0];
    expect(acme).toMatchObject({ website: 'https://acme.com', tags: ['cloud', 'emea'] });
    expect(acme?.createdAt).toBe(acme?.updatedAt);
    const contacts = await db.contacts
      .where('partnerId')
      .equals(acme?.id ?? '')
      .toArray();
    expect(contacts).toEqual([
      expect.objectContaining({ name: 'Ana Lopez', email: 'ana@acme.com', partnerId: acme?.id }),
    ]);
    expect(contacts[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(changes).toEqual([{ table: 'partners', ids: outcome.created }]);
  });

  it('updates matched partners, merging values and contacts, and leaves unchanged ones alone', async () => {
    const { acme, globex } = await seed();
    const plan = await planFor(CSV, 'update');
    expect(plan.counts).toMatchObject({ create: 1, update: 2 });
    const outcome = await repo.applyImport(plan);
    expect(outcome.updated.sort()).toEqual([acme.id, globex.id].sort());
    const updated = await partners.get(acme.id);
    expect(updated).toMatchObject({
      name: 'ACME',
      stage: 'active',
      tier: 'gold',
      tags: ['key', 'cloud', 'emea'],
      notes: 'Met at the summit.\n\nRenewed in May',
      createdAt: acme.createdAt,
    });
    // Ana was already a contact (same email): not added twice.
    expect(await partners.contactsOf(acme.id)).toHaveLength(1);
    expect(await partners.get(globex.id)).toMatchObject({ tier: 'silver', stage: 'growing' });

    // The same file again changes nothing (Northwind, created the first time, now matches too).
    const before = await snapshot();
    const again = await repo.applyImport(await planFor(CSV, 'update'));
    // Nothing changed: nothing for the undo history either.
    expect(again).toEqual({ created: [], updated: [], unchanged: 3, recording: { kind: 'none' } });
    expect(await snapshot()).toEqual(before);
  });

  it('skips matched rows on "skip" and duplicates them on "create"', async () => {
    await seed();
    const skipped = await repo.applyImport(await planFor(CSV, 'skip'));
    expect(skipped.created).toHaveLength(1);
    expect(await db.partners.count()).toBe(3);
    const created = await repo.applyImport(await planFor(CSV, 'create'));
    expect(created.created).toHaveLength(3);
    expect(await db.partners.count()).toBe(6);
  });

  it('writes nothing when the plan is blocked', async () => {
    const plan = await planFor('Name,Tier\nAcme,Wooden\nBeta,Gold\n', 'update');
    await expect(repo.applyImport(plan)).rejects.toThrow(/1 row has problems/);
    expect(await db.partners.count()).toBe(0);
  });

  it('writes nothing when a write fails midway, and reports no change', async () => {
    const { acme } = await seed();
    const before = await snapshot();
    const plan = await planFor(CSV, 'update');
    // The create (Northwind) is written first; the contacts of the updates fail after it.
    const failing = vi
      .spyOn(db.contacts, 'bulkPut')
      .mockImplementation(() => Dexie.Promise.reject(new Error('disk full')));
    await expect(repo.applyImport(plan, { batchSize: 1 })).rejects.toThrow('disk full');
    expect(failing).toHaveBeenCalled();
    failing.mockRestore();
    expect(await snapshot()).toEqual(before);
    expect(changes).toEqual([]);
    expect(await partners.get(acme.id)).toMatchObject({ tags: ['key'] });
  });

  it('writes nothing when a matched partner was deleted after the plan was made', async () => {
    const { globex } = await seed();
    const plan = await planFor(CSV, 'update');
    await partners.remove(globex.id);
    const before = await snapshot();
    const failure = repo.applyImport(plan);
    await expect(failure).rejects.toBeInstanceOf(ImportFailedError);
    await expect(failure).rejects.toThrow(/“Globex Corporation” \(row 4\) was deleted/);
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing when merged values break a rule, naming the row', async () => {
    const { acme } = await seed();
    const many = Array.from({ length: 29 }, (_, i) => `t${i}`).join(';');
    await partners.update(acme.id, { ...acme, tags: many.split(';') }, []);
    const before = await snapshot();
    const plan = await planFor('Name,Tags\nAcme,"x, y"\n', 'update');
    await expect(repo.applyImport(plan)).rejects.toThrow(
      'Row 2 cannot update “ACME”: At most 30 tags. Nothing was imported.',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('reports progress per batch', async () => {
    const plan = await planFor(CSV, 'update');
    const reports: number[] = [];
    await repo.applyImport(plan, { batchSize: 2, onProgress: ({ done }) => reports.push(done) });
    expect(reports).toEqual([2, 3]);
  });

  it('writes every batch of a long import, storing no first stage or tier records', async () => {
    const rows = Array.from(
      { length: 9 },
      (_, i) => `Partner ${i},Gold,Person ${i},p${i}@partner${i}.example`,
    );
    const plan = await planFor(
      ['Name,Tier,Contact name,Contact email', ...rows].join('\n'),
      'update',
    );
    const reports: number[] = [];
    // One partner a batch: more batches than are queued at once.
    await repo.applyImport(plan, { batchSize: 1, onProgress: ({ done }) => reports.push(done) });
    expect(reports).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await db.partners.count()).toBe(9);
    expect(await db.contacts.count()).toBe(9);
    // New partners' first records are derived where their history is read (first-changes.ts).
    expect(await db.partnerChanges.count()).toBe(0);
    expect(await db.revisions.count()).toBe(0);
  });

  it('writes nothing when a later batch fails while earlier ones are still queued', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => `Partner ${i},Gold`);
    const plan = await planFor(['Name,Tier', ...rows].join('\n'), 'update');
    const put = db.contacts.bulkPut.bind(db.contacts);
    let calls = 0;
    vi.spyOn(db.contacts, 'bulkPut').mockImplementation((...args) => {
      calls += 1;
      return calls === 4 ? Dexie.Promise.reject(new Error('disk full')) : put(...args);
    });
    await expect(repo.applyImport(plan, { batchSize: 1 })).rejects.toThrow('disk full');
    expect(await db.partners.count()).toBe(0);
    expect(await db.partnerChanges.count()).toBe(0);
    expect(await db.revisions.count()).toBe(0);
    expect(changes).toEqual([]);
  });
});
