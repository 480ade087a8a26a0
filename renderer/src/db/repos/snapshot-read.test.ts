import 'fake-indexeddb/auto';
import { Dexie, type DBCore } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { withRevisions } from '../../../../shared/files/merge/snapshot-revisions';
import {
  SNAPSHOT_TABLES,
  snapshotCounts,
  type PartnerbookProgress,
  type SnapshotTableName,
} from '../../../../shared/files/partnerbook/snapshot';
import { generateSampleSnapshot } from '../../../../shared/sample/sample-snapshot';
import { WorkbookDatabase } from '../database';
import { readSnapshot, streamSnapshot, type SnapshotSink } from './snapshot-read';
import { writeSnapshotToNewDatabase } from './snapshot-repo';

const NOW = new Date('2026-11-01T09:00:00.000Z');

let names: string[] = [];
afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
  names = [];
});

// A stored sample workbook of `partners` partners, with its histories.
async function storedSample(partners: number): Promise<string> {
  const name = `snapshot-read-${crypto.randomUUID()}`;
  names.push(name);
  const snapshot = withRevisions(generateSampleSnapshot({ partners, seed: 4, now: NOW }));
  await writeSnapshotToNewDatabase(snapshot, name);
  return name;
}

// Counts the database's reads of records: asked for, and answered.
function countingReads(db: WorkbookDatabase): { asked: number; answered: number } {
  const reads = { asked: 0, answered: 0 };
  db.use({
    stack: 'dbcore',
    name: 'counting-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          query: (request) => {
            reads.asked += 1;
            return table.query(request).then((result) => {
              reads.answered += 1;
              return result;
            });
          },
        };
      },
    }),
  });
  return reads;
}

async function opened(name: string): Promise<WorkbookDatabase> {
  const db = new WorkbookDatabase(name);
  await db.open();
  return db;
}

describe('streamSnapshot', () => {
  it('hands on each batch while the next is being read, tables and records in file order', async () => {
    const db = new WorkbookDatabase(await storedSample(6));
    const reads = countingReads(db);
    await db.open();
    const tables: SnapshotTableName[] = [];
    const ids = new Map<SnapshotTableName, string[]>();
    let waits = 0;
    // Reads out when each batch is handed on.
    const out: number[] = [];
    const sink: SnapshotSink = {
      identity: () => undefined,
      records: (table, records) => {
        out.push(reads.asked - reads.answered);
        if (tables.at(-1) !== table) tables.push(table);
        // Revisions are keyed by table, then id.
        const keys = records.map((record) =>
          'revs' in record
            ? `${record.table}\u0000${record.id}`
            : 'id' in record
              ? record.id
              : record.key,
        );
        ids.set(table, [...(ids.get(table) ?? []), ...keys]);
      },
      whileReading: () => {
        waits += 1;
        expect(reads.asked).toBe(reads.answered + 1);
      },
    };
    await streamSnapshot(db, sink, { batchSize: 3 });
    const snapshot = await readSnapshot(db);
    db.close();
    // The next batch's read was out each time, but after the last batch: there was none.
    expect(out.slice(0, -1).every((count) => count === 1)).toBe(true);
    expect(out.at(-1)).toBe(0);
    const filled = SNAPSHOT_TABLES.filter((table) => snapshot.tables[table].length > 0);
    expect(tables).toEqual(filled);
    for (const table of filled) {
      const keys = ids.get(table) ?? [];
      expect(keys).toEqual([...keys].sort());
      expect(keys).toHaveLength(snapshot.tables[table].length);
    }
    // A table of n records takes floor(n / 3) + 1 reads (the last one short, maybe empty); every
    // read but the last is waited for.
    const batches = SNAPSHOT_TABLES.reduce(
      (sum, table) => sum + Math.floor(snapshot.tables[table].length / 3) + 1,
      0,
    );
    expect(waits).toBe(batches - 1);
  });

  it('counts the tables alongside the read, for a progress bar that ends full', async () => {
    const db = await opened(await storedSample(3));
    const progress: PartnerbookProgress[] = [];
    // A record per read, so that the read outlasts the count.
    await streamSnapshot(
      db,
      { identity: () => undefined, records: () => undefined },
      { batchSize: 1, onProgress: (step) => progress.push(step) },
    );
    const counts = snapshotCounts(await readSnapshot(db));
    db.close();
    const total = SNAPSHOT_TABLES.reduce((sum, table) => sum + counts[table], 0);
    // Told once the count is in, before the read ends, against the whole.
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((step) => step.phase === 'reading' && step.total === total)).toBe(true);
    expect(progress.at(-1)).toEqual({ phase: 'reading', done: total, total });
  });

  it('fails with the sink’s own error, and the workbook reads again after', async () => {
    const db = await opened(await storedSample(2));
    const failing: SnapshotSink = {
      identity: () => undefined,
      records: (table) => {
        if (table === 'contacts') throw new Error('This workbook is too large to save.');
      },
    };
    await expect(streamSnapshot(db, failing)).rejects.toThrow(
      'This workbook is too large to save.',
    );
    expect((await readSnapshot(db)).tables.partners).toHaveLength(2);
    db.close();
  });
});
