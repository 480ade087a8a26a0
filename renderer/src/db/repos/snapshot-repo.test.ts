import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { textSortKey } from '../../../../shared/domain/sort-key';
import { fixtureSnapshot, FIXTURE_IDS } from '../../../../shared/files/partnerbook/decode-fixture';
import { isInKeyOrder, KEY_ORDER } from '../../../../shared/files/partnerbook/key-order';
import { decodePartnerbook } from '../../../../shared/files/partnerbook/decode';
import { encodePartnerbook } from '../../../../shared/files/partnerbook/encode';
import { withRevisions } from '../../../../shared/files/merge/snapshot-revisions';
import { withDerivedFirstRecords } from '../../../../shared/files/merge/first-records';
import { generateSampleSnapshot } from '../../../../shared/sample/sample-snapshot';
import { createSampleWorkbook } from '../../../../shared/sample/sample-workbook';
import { initialChanges } from '../../../../shared/domain/partner-change';
import {
  SNAPSHOT_TABLES,
  type WorkbookSnapshot,
} from '../../../../shared/files/partnerbook/snapshot';
import { workbookSnapshot } from '../../../../shared/files/partnerbook/snapshot-test-kit';
import { WorkbookDatabase } from '../database';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { openWorkbook } from '../workbook';
import { readSnapshot } from './snapshot-read';
import { writeSnapshotToNewDatabase } from './snapshot-repo';

let names: string[] = [];
afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
  names = [];
});

function newName(): string {
  const name = `snapshot-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

async function withDatabase<T>(
  name: string,
  work: (db: WorkbookDatabase) => Promise<T>,
): Promise<T> {
  const db = new WorkbookDatabase(name);
  await db.open();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

async function roundTrip(
  snapshot: WorkbookSnapshot,
  batchSize?: number,
): Promise<WorkbookSnapshot> {
  const name = newName();
  await writeSnapshotToNewDatabase(snapshot, name, { batchSize });
  return withDatabase(name, (db) => readSnapshot(db, { batchSize }));
}

describe('the snapshot repository', () => {
  it('writes a generated workbook to a new database and reads back every table and iteration', async () => {
    await fc.assert(
      fc.asyncProperty(
        workbookSnapshot(),
        fc.integer({ min: 1, max: 4 }),
        async (snapshot, batch) => {
          expect(await roundTrip(snapshot, batch)).toEqual(snapshot);
        },
      ),
      { numRuns: 15 },
    );
    // Generous: the gate may run on a busy machine.
  }, 30_000);

  it('stores what the file leaves out: sort keys, counts and the identity row', async () => {
    const snapshot = fixtureSnapshot();
    const name = newName();
    await writeSnapshotToNewDatabase(snapshot, name);
    await withDatabase(name, async (db) => {
      expect((await db.partners.get(FIXTURE_IDS.partner))?.nameKey).toBe(
        textSortKey('Baltic Data'),
      );
      // Iteration summaries come when a timeline first reads the draft (draft-summaries.ts).
      expect(await db.positioningIterationSummaries.count()).toBe(0);
      // The balance view's counts, derived from the file's one outbound sales activity.
      const counts = await db.activityCounts.toArray();
      expect(counts.map((record) => record.partnerId)).toEqual([FIXTURE_IDS.partner]);
      expect(counts[0]?.counts.reduce((sum, count) => sum + count, 0)).toBe(1);
      expect(await db.meta.get('workbook')).toEqual({
        key: 'workbook',
        workbookId: FIXTURE_IDS.workbook,
        name: 'EMEA resellers',
        schemaVersion: CURRENT_SCHEMA_VERSION,
        createdAt: snapshot.workbook.createdAt,
        updatedAt: snapshot.workbook.updatedAt,
      });
    });
    const workbook = await openWorkbook(name);
    expect(workbook.meta.workbookId).toBe(FIXTURE_IDS.workbook);
    expect(await workbook.partners.contactsOf(FIXTURE_IDS.partner)).toHaveLength(1);
    expect(await workbook.positioning.timeline(FIXTURE_IDS.draft)).toHaveLength(2);
    workbook.close();
  });

  it('reports progress, counting each record and derived revisions', async () => {
    // 22 records, 20 histories the file lacks (19 live records, 5 of them
    // strategy records, 2 a template and a QBR, 1 a tier change, 5 people records, and a
    // tombstone), one partner's derived dashboard figures and its activity counts for one year.
    const seen: number[] = [];
    await writeSnapshotToNewDatabase(fixtureSnapshot(), newName(), {
      batchSize: 1,
      onProgress: (progress) => {
        expect(progress).toMatchObject({ phase: 'writing', total: 44 });
        seen.push(progress.done);
      },
    });
    expect(seen).toEqual(Array.from({ length: 44 }, (_, index) => index + 1));
  });

  it('reports reading progress that never falls behind what was read and ends full', async () => {
    const name = newName();
    await writeSnapshotToNewDatabase(fixtureSnapshot(), name);
    const seen: { done: number; total: number }[] = [];
    const snapshot = await withDatabase(name, (db) =>
      readSnapshot(db, {
        batchSize: 2,
        onProgress: ({ phase, done, total }) => {
          expect(phase).toBe('reading');
          seen.push({ done, total });
        },
      }),
    );
    const tables: readonly unknown[][] = Object.values(snapshot.tables);
    const records = tables.reduce((sum, table) => sum + table.length, 0);
    expect(seen.at(-1)).toEqual({ done: records, total: records });
    for (const [index, { done, total }] of seen.entries()) {
      expect(total).toBeGreaterThanOrEqual(done);
      if (index > 0) expect(done).toBeGreaterThanOrEqual(seen[index - 1]?.done ?? 0);
    }
  });

  it('writes nothing, and leaves no database, when a write fails', async () => {
    const snapshot = fixtureSnapshot();
    const [contact] = snapshot.tables.contacts;
    if (!contact) throw new Error('fixture');
    snapshot.tables.contacts.push({ ...contact });
    const name = newName();
    await expect(writeSnapshotToNewDatabase(snapshot, name)).rejects.toThrow(
      /^The workbook “EMEA resellers” could not be written: /,
    );
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('never writes into a database that already exists', async () => {
    const name = newName();
    const existing = await openWorkbook(name);
    existing.close();
    await expect(writeSnapshotToNewDatabase(fixtureSnapshot(), name)).rejects.toThrow(
      'already exists',
    );
    const workbook = await openWorkbook(name);
    expect(workbook.meta.workbookId).not.toBe(FIXTURE_IDS.workbook);
    workbook.close();
  });

  it('reads records that share an index key across batch boundaries, none lost or doubled', async () => {
    const name = newName();
    await writeSnapshotToNewDatabase(fixtureSnapshot(), name);
    const read = await withDatabase(name, async (db) => {
      const [first] = await db.positioningIterations.toArray();
      if (!first) throw new Error('fixture');
      const twins = ['a', 'b', 'c', 'd', 'e'].map((n) => ({
        ...first,
        id: `40000000-0000-4000-8000-00000000000${n}`,
        number: 2,
      }));
      await db.positioningIterations.bulkAdd(twins);
      return readSnapshot(db, { batchSize: 2 });
    });
    expect(read.tables.positioningIterations.map((i) => `${i.number} ${i.id.slice(-1)}`)).toEqual([
      '1 1',
      '2 a',
      '2 b',
      '2 c',
      '2 d',
      '2 e',
    ]);
  });

  it('reads iterations and status changes by id, their file order, not by draft', async () => {
    const name = newName();
    await writeSnapshotToNewDatabase(fixtureSnapshot(), name);
    const read = await withDatabase(name, async (db) => {
      const [iteration] = await db.positioningIterations.toArray();
      const [change] = await db.positioningStatusChanges.toArray();
      if (!iteration || !change) throw new Error('fixture');
      await db.positioningIterations.clear();
      await db.positioningStatusChanges.clear();
      // Ids in the reverse order of (draft, number) and (draft, time).
      const uuid = (digit: number) => `${digit}0000000-0000-4000-8000-000000000000`;
      const draftA = uuid(1);
      const draftB = uuid(2);
      await db.positioningIterations.bulkAdd([
        { ...iteration, id: uuid(9), draftId: draftA, number: 1 },
        { ...iteration, id: uuid(8), draftId: draftA, number: 2 },
        { ...iteration, id: uuid(7), draftId: draftA, number: 10 },
        { ...iteration, id: uuid(6), draftId: draftB, number: 1 },
      ]);
      await db.positioningStatusChanges.bulkAdd([
        { ...change, id: uuid(9), draftId: draftA, at: '2026-01-01T00:00:00.000Z' },
        { ...change, id: uuid(8), draftId: draftA, at: '2026-02-01T00:00:00.000Z' },
        { ...change, id: uuid(7), draftId: draftB, at: '2025-01-01T00:00:00.000Z' },
      ]);
      return readSnapshot(db, { batchSize: 2 });
    });
    const { positioningIterations, positioningStatusChanges } = read.tables;
    expect(
      positioningIterations.map((i) => `${i.id[0] ?? ''}: ${i.draftId[0] ?? ''} ${i.number}`),
    ).toEqual(['6: 2 1', '7: 1 10', '8: 1 2', '9: 1 1']);
    expect(
      positioningStatusChanges.map(
        (c) => `${c.id[0] ?? ''}: ${c.draftId[0] ?? ''} ${c.at.slice(0, 7)}`,
      ),
    ).toEqual(['7: 2 2025-01', '8: 1 2026-02', '9: 1 2026-01']);
  });

  it('saves a stored workbook, and the workbook its file opens as, to the same text', async () => {
    const meta = { exportedAt: '2026-11-01T09:00:00.000Z' };
    const generated = generateSampleSnapshot({
      partners: 12,
      seed: 7,
      now: new Date(meta.exportedAt),
    });
    // With its partners' first stage and tier records stored, as an older app stored them (a
    // workbook that derives them saves without them: see the next test).
    generated.tables.partnerChanges = generated.tables.partners.flatMap((p) => initialChanges(p));
    const sample = withRevisions(generated);
    const first = newName();
    await writeSnapshotToNewDatabase(sample, first);
    const saved = encodePartnerbook(
      await withDatabase(first, (db) => readSnapshot(db, { batchSize: 5 })),
      meta,
    );
    expect(saved).toBe(encodePartnerbook(sample, meta));
    const opened = decodePartnerbook(saved, 'saved.partnerbook');
    if (!opened.ok) throw new Error(opened.problems[0]?.message);
    const second = newName();
    await writeSnapshotToNewDatabase(opened.snapshot, second);
    const again = encodePartnerbook(await withDatabase(second, (db) => readSnapshot(db)), meta);
    expect(again).toBe(saved);
  });

  it('saves partners written in bulk without the first records they derive, which read back the same', async () => {
    const meta = { exportedAt: '2026-11-01T09:00:00.000Z' };
    let n = 0;
    const newId = () => `70000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`;
    const sample = createSampleWorkbook({ now: new Date(meta.exportedAt), newId });
    const save = async (store: (db: WorkbookDatabase) => Promise<unknown>) => {
      const workbook = await openWorkbook(newName());
      await workbook.partners.putMany(sample.partners, sample.contacts, sample.activities);
      workbook.close();
      return withDatabase(names[names.length - 1] ?? '', async (db) => {
        await store(db);
        return readSnapshot(db, { batchSize: 7 });
      });
    };
    const derived = await save(() => Promise.resolve());
    // What putMany stored before: each partner's first records, without revisions.
    const stored = await save((db) =>
      db.partnerChanges.bulkAdd(sample.partners.flatMap((p) => initialChanges(p))),
    );
    // The file holds the stored records only: none for partners written in bulk, every one a
    // workbook stored (an older app's copies stay, as they are).
    expect(derived.tables.partnerChanges).toEqual([]);
    expect(stored.tables.partnerChanges).toHaveLength(2 * sample.partners.length);
    // A reader that derives the missing first records sees the history the stored copies hold.
    expect(encodePartnerbook(withDerivedFirstRecords(derived), meta)).toBe(
      encodePartnerbook({ ...stored, workbook: derived.workbook }, meta),
    );
    // A sample file without them (the command line's) is saved without them too.
    const file = withRevisions(
      generateSampleSnapshot({ partners: 5, seed: 7, now: new Date(meta.exportedAt) }),
    );
    const opened = await roundTrip(file);
    expect(opened.tables.partnerChanges).toEqual([]);
  });

  it('reads records the app wrote with their keys already in file order, so export copies none', async () => {
    const workbook = await openWorkbook(newName());
    const partner = await workbook.partners.create(
      { name: 'Baltic Data', stage: 'active', notes: 'x' },
      [{ id: crypto.randomUUID(), name: 'Liis', email: 'liis@baltic.example' }],
    );
    if (!partner.ok) throw new Error('create failed');
    const contacts = await workbook.partners.contactsOf(partner.value.id);
    await workbook.partners.update(
      partner.value.id,
      { name: 'Baltic Data', stage: 'growing' },
      contacts,
    );
    const draft = await workbook.positioning.createDraft(
      { title: 'Pitch', audience: 'partner-sales', partnerId: partner.value.id },
      { kind: 'template', template: 'positioning-statement' },
    );
    if (!draft.ok) throw new Error('draft failed');
    const first = await workbook.positioning.commit(draft.value.id, {
      rationale: 'First',
      evidence: 'Calls',
    });
    await workbook.positioning.saveWorkingCopy(draft.value.id, { title: 'Pitch 2' });
    await workbook.positioning.commit(draft.value.id, { rationale: 'Second' });
    if (first.ok)
      await workbook.positioning.restore(draft.value.id, first.value.id, { author: 'Liis' });
    await workbook.positioning.setStatus(draft.value.id, 'in-review', { author: 'Liis' });
    const copy = await workbook.positioning.createDraft(
      { title: 'Copy', audience: 'internal' },
      { kind: 'copy', draftId: draft.value.id },
    );
    if (copy.ok) await workbook.positioning.commit(copy.value.id, { rationale: 'Copied' });
    workbook.close();

    const snapshot = await withDatabase(names[0] ?? '', (db) => readSnapshot(db));
    expect(snapshot.tables.positioningIterations).toHaveLength(4);
    for (const table of SNAPSHOT_TABLES) {
      for (const record of snapshot.tables[table]) {
        expect(
          isInKeyOrder(record, KEY_ORDER[table]),
          `${table}: ${Object.keys(record).join()}`,
        ).toBe(true);
      }
    }
  });

  it('refuses to read a database without an identity row', async () => {
    const name = newName();
    await withDatabase(name, async (db) => {
      await expect(readSnapshot(db)).rejects.toThrow('no identity record');
    });
  });
});
