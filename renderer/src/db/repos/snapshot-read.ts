import type { IndexableType, Table } from 'dexie';
import {
  SNAPSHOT_TABLES,
  type PartnerbookProgressListener,
  type SnapshotTableName,
  type SnapshotTables,
  type WorkbookIdentity,
  type WorkbookSnapshot,
} from '../../../../shared/files/partnerbook/snapshot';
import { META_KEY } from '../../../../shared/domain/workbook';
import type { WorkbookDatabase } from '../database';
import { fromStored } from '../stored-partner';

/**
 * A whole workbook read in one read transaction, so that it is one consistent state even while
 * the app keeps writing: every table a batch at a time by primary key, which is its file order
 * (record-order.ts), each batch handed on while the next one is already being read. A save
 * encodes each batch in that time instead of after the whole read: the worker otherwise sits
 * idle for much of the read, waiting for the database. (A read through an index, in another
 * order, looks up each record by its key as well, which made a large workbook's read slower.)
 * Stage and tier records are the stored ones: a partner's first record of a field that has none
 * stored is derived by whoever reads the file (see shared/domain/first-changes.ts), as the app
 * derives it, so a file does not hold it.
 */

const BATCH = 10_000;

/** Receives a workbook's records as they are read. */
export interface SnapshotSink {
  /** The workbook's identity, before any record. */
  identity(workbook: WorkbookIdentity): void;
  /**
   * The next records of a table in file order; tables come in file order (SNAPSHOT_TABLES), and
   * a table with no records may not come at all. Called while the next batch is being read.
   */
  records<T extends SnapshotTableName>(table: T, records: SnapshotTables[T]): void;
  /** Called once for each batch read, while the next is being read: a moment for some work. */
  whileReading?(): void;
}

/** Options of a snapshot read. */
export interface SnapshotReadOptions {
  onProgress?: PartnerbookProgressListener | undefined;
  /** Records per batch; tests lower it to cross batch boundaries with few records. */
  batchSize?: number;
}

interface Reading {
  batchSize: number;
  done: number;
  /** Records of every table; unknown until counted, and progress is told only once it is known. */
  total: number | undefined;
  onProgress: PartnerbookProgressListener | undefined;
}

function tellReading(reading: Reading): void {
  const { done, total, onProgress } = reading;
  // The count comes from a transaction of its own: the app may have written since, so the total
  // never shows less than what was read.
  if (total !== undefined) onProgress?.({ phase: 'reading', done, total: Math.max(done, total) });
}

// One table's read: how to take the key of its last record read, and how to turn a stored
// record into the file's.
interface TableRead {
  name: SnapshotTableName;
  table: Table;
  keyOf: (record: never) => IndexableType;
  fromStore?: (record: never) => object;
}

const byId = (record: { id: string }): string => record.id;

function tableReads(db: WorkbookDatabase): TableRead[] {
  return SNAPSHOT_TABLES.map((name): TableRead => {
    switch (name) {
      case 'partners':
        return { name, table: db.partners, keyOf: byId, fromStore: fromStored };
      case 'settings':
        return { name, table: db.settings, keyOf: (setting: { key: string }) => setting.key };
      case 'revisions':
        return {
          name,
          table: db.revisions,
          keyOf: (entry: { table: string; id: string }) => [entry.table, entry.id],
        };
      default:
        return { name, table: db.table(name), keyOf: byId };
    }
  });
}

/**
 * Counts every table for the progress bar, in a read transaction of its own that the browser
 * runs alongside the read: counted first inside the read, the 965,000 records of a large
 * workbook held the read back about a second, where alongside it the count cost the read nothing
 * measurable (300,000 records, same run). Resolves with undefined if the count fails: the read
 * goes on, with no progress until its end.
 */
async function countAlongside(
  db: WorkbookDatabase,
  reads: readonly TableRead[],
): Promise<number | undefined> {
  try {
    const counts = await db.transaction(
      'r',
      reads.map(({ table }) => table),
      () => Promise.all(reads.map(({ table }) => table.count())),
    );
    return counts.reduce((sum, count) => sum + count, 0);
  } catch {
    return undefined;
  }
}

// The next batch of a table, after `last` (from its start when undefined).
function readBatch(read: TableRead, last: object | undefined, size: number): Promise<object[]> {
  const query =
    last === undefined
      ? read.table.toCollection()
      : read.table.where(':id').above(read.keyOf(last as never));
  return query.limit(size).toArray();
}

/**
 * Reads the tables a batch at a time into `sink`. Each batch is asked for before the one before it
 * is handed on, so the sink's time overlaps the database's. Only Dexie promises are awaited here:
 * anything else lets IndexedDB commit the transaction early.
 */
async function readTables(
  reads: readonly TableRead[],
  sink: SnapshotSink,
  reading: Reading,
): Promise<void> {
  const size = reading.batchSize;
  let index = 0;
  let pending: Promise<object[]> | undefined = reads[0] && readBatch(reads[0], undefined, size);
  while (pending) {
    const batch = await pending;
    const read = reads[index];
    if (!read) break;
    const last = batch[batch.length - 1];
    // The next read goes out first; the work on this batch overlaps it.
    if (batch.length === size && last !== undefined) pending = readBatch(read, last, size);
    else {
      index += 1;
      const next = reads[index];
      pending = next && readBatch(next, undefined, size);
    }
    reading.done += batch.length;
    tellReading(reading);
    const { fromStore } = read;
    if (batch.length > 0) {
      const records = fromStore ? batch.map((record) => fromStore(record as never)) : batch;
      sink.records(read.name, records as never);
    }
    if (pending) sink.whileReading?.();
  }
}

/**
 * Reads every table of a workbook into `sink`, in one read transaction, with the tables counted
 * alongside for the progress bar.
 */
export async function streamSnapshot(
  db: WorkbookDatabase,
  sink: SnapshotSink,
  options: SnapshotReadOptions = {},
): Promise<void> {
  const reads = tableReads(db);
  const reading: Reading = {
    batchSize: options.batchSize ?? BATCH,
    done: 0,
    total: undefined,
    onProgress: options.onProgress,
  };
  let ended = false;
  if (options.onProgress) {
    void countAlongside(db, reads).then((total) => {
      // A count that comes after the read is of no use to anyone.
      if (total === undefined || ended) return;
      reading.total = total;
    });
  }
  try {
    await db.transaction('r', [...reads.map(({ table }) => table), db.meta], async () => {
      const identity = await db.meta.get(META_KEY);
      if (!identity)
        throw new Error('This workbook has no identity record; open it once in the app first.');
      sink.identity({
        id: identity.workbookId,
        name: identity.name,
        createdAt: identity.createdAt,
        updatedAt: identity.updatedAt,
      });
      await readTables(reads, sink, reading);
    });
  } finally {
    ended = true;
  }
  // Whenever the count came (even after the read, or not at all), the bar ends full.
  reading.total = reading.done;
  tellReading(reading);
}

const emptyTables = (): SnapshotTables =>
  Object.fromEntries(SNAPSHOT_TABLES.map((table) => [table, []])) as unknown as SnapshotTables;

/**
 * Reads a whole workbook as a snapshot, in one read transaction (see {@link streamSnapshot}),
 * every table in file order.
 */
export async function readSnapshot(
  db: WorkbookDatabase,
  options: SnapshotReadOptions = {},
): Promise<WorkbookSnapshot> {
  let workbook: WorkbookIdentity | undefined;
  const tables = emptyTables();
  await streamSnapshot(
    db,
    {
      identity: (identity) => {
        workbook = identity;
      },
      records: (table, records) => {
        const into: object[] = tables[table];
        if (into.length === 0) (tables as Record<SnapshotTableName, object[]>)[table] = records;
        else for (const record of records) into.push(record);
      },
    },
    options,
  );
  if (!workbook) throw new Error('This workbook has no identity record.');
  return { workbook, tables };
}
