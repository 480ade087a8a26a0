import { Dexie, type IndexableType, type Table } from 'dexie';
import {
  SNAPSHOT_TABLES,
  type PartnerbookProgressListener,
  type WorkbookSnapshot,
} from '../../../../shared/files/partnerbook/snapshot';
import { RECORD_ORDER } from '../../../../shared/files/partnerbook/record-order';
import type { RevisionEntry } from '../../../../shared/domain/revision';
import { META_KEY, type WorkbookMeta } from '../../../../shared/domain/workbook';
import { completedHistories } from '../../../../shared/files/merge/snapshot-revisions';
import {
  figuresAreEmpty,
  summariseAll,
  type PartnerFigures,
} from '../../../../shared/domain/strategy/partner-figures';
import {
  countActivityYears,
  type ActivityCounts,
} from '../../../../shared/domain/people/activity-counts';
import { WorkbookDatabase } from '../database';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { fromStored, toStored } from '../stored-partner';
import { iterationSummary } from './positioning-records';

/**
 * A whole workbook in one go: read as a snapshot (for saving a workbook file) and written into a
 * new database (for opening one). Both work in batches, reporting progress between them, inside
 * one transaction, so that the snapshot is consistent and the write is all or nothing.
 */

const BATCH = 10_000;

/** Options of the snapshot reads and writes. */
export interface SnapshotOptions {
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

/**
 * Counts every record of `tables` for the progress bar, in a read transaction of its own that
 * the browser runs alongside the snapshot's read: counted first inside the read, the 965,000
 * records of a large workbook held the read back about a second, where alongside it the count
 * cost the read nothing measurable (300,000 records, same run). Resolves with undefined if the
 * count fails: the save goes on, with no progress until its end.
 */
function countAlongside(db: WorkbookDatabase, tables: Table[]): Promise<number | undefined> {
  return db
    .transaction('r', tables, () => Promise.all(tables.map((table) => table.count())))
    .then(
      (counts) => counts.reduce((sum, count) => sum + count, 0),
      () => undefined,
    );
}

// Every record of a table by primary key, a batch at a time, each batch starting after the last
// key read. A read by primary key walks the store in its order; a read through an index looks
// up each record by its key as well, which made a large workbook's save read slower.
async function readByKey<T, K, I>(
  table: Table<T, K, I>,
  keyOf: (record: NoInfer<T>) => IndexableType,
  reading: Reading,
): Promise<T[]> {
  const records: T[] = [];
  let last: T | undefined;
  for (;;) {
    const query = last === undefined ? table.toCollection() : table.where(':id').above(keyOf(last));
    const batch = await query.limit(reading.batchSize).toArray();
    for (const record of batch) records.push(record);
    last = batch[batch.length - 1];
    reading.done += batch.length;
    tellReading(reading);
    if (batch.length < reading.batchSize || last === undefined) return records;
  }
}

// Sorted in place: the array is the read's own.
const inFileOrder = <T>(records: T[], compare: (a: T, b: T) => number): T[] =>
  records.sort(compare);

/**
 * Reads every table of a workbook in one read transaction, so that the snapshot is one
 * consistent state even while the app keeps writing. Records come in file order: most tables'
 * file order is their primary key's, and iterations (by draft and number) and status changes (by
 * draft and time) are sorted in memory after reading, which costs far less than reading them
 * through those indexes. Stage and tier records are the stored ones: a partner's first record
 * of a field that has none stored is derived by whoever reads the file (see
 * shared/domain/first-changes.ts), as the app derives it, so a file does not hold it.
 */
export async function readSnapshot(
  db: WorkbookDatabase,
  options: SnapshotOptions = {},
): Promise<WorkbookSnapshot> {
  const { partners, contacts, positioningDrafts, positioningIterations } = db;
  const { positioningStatusChanges, activities, settings, tombstones, revisions, meta } = db;
  const { companyGoals, partnerPlans, investments, metricEntries, customMetrics } = db;
  const { templates, qbrs, partnerChanges } = db;
  const { intelligenceEntries, feedback, decisions, stakeholders, asks } = db;
  const tables = [
    partners,
    contacts,
    positioningDrafts,
    positioningIterations,
    positioningStatusChanges,
    activities,
    companyGoals,
    partnerPlans,
    investments,
    metricEntries,
    customMetrics,
    templates,
    qbrs,
    partnerChanges,
    intelligenceEntries,
    feedback,
    decisions,
    stakeholders,
    asks,
    settings,
    tombstones,
    revisions,
  ];
  const reading: Reading = {
    batchSize: options.batchSize ?? BATCH,
    done: 0,
    total: undefined,
    onProgress: options.onProgress,
  };
  const counted = options.onProgress ? countAlongside(db, tables) : Promise.resolve(undefined);
  void counted.then((total) => {
    reading.total = total;
  });
  const snapshot = await db.transaction('r', [...tables, meta], async () => {
    const identity = await meta.get(META_KEY);
    if (!identity)
      throw new Error('This workbook has no identity record; open it once in the app first.');
    const byId = (record: { id: string }) => record.id;
    const stored = (await readByKey(partners, byId, reading)).map(fromStored);
    return {
      workbook: {
        id: identity.workbookId,
        name: identity.name,
        createdAt: identity.createdAt,
        updatedAt: identity.updatedAt,
      },
      tables: {
        partners: stored,
        contacts: await readByKey(contacts, byId, reading),
        positioningDrafts: await readByKey(positioningDrafts, byId, reading),
        positioningIterations: inFileOrder(
          await readByKey(positioningIterations, byId, reading),
          RECORD_ORDER.positioningIterations,
        ),
        positioningStatusChanges: inFileOrder(
          await readByKey(positioningStatusChanges, byId, reading),
          RECORD_ORDER.positioningStatusChanges,
        ),
        activities: await readByKey(activities, byId, reading),
        companyGoals: await readByKey(companyGoals, byId, reading),
        partnerPlans: await readByKey(partnerPlans, byId, reading),
        investments: await readByKey(investments, byId, reading),
        metricEntries: await readByKey(metricEntries, byId, reading),
        customMetrics: await readByKey(customMetrics, byId, reading),
        templates: await readByKey(templates, byId, reading),
        qbrs: await readByKey(qbrs, byId, reading),
        partnerChanges: await readByKey(partnerChanges, byId, reading),
        intelligenceEntries: await readByKey(intelligenceEntries, byId, reading),
        feedback: await readByKey(feedback, byId, reading),
        decisions: await readByKey(decisions, byId, reading),
        stakeholders: await readByKey(stakeholders, byId, reading),
        asks: await readByKey(asks, byId, reading),
        settings: await readByKey(settings, (setting) => setting.key, reading),
        tombstones: await readByKey(tombstones, byId, reading),
        revisions: await readByKey(revisions, (entry) => [entry.table, entry.id], reading),
      },
    };
  });
  // Whenever the count came (even after the read, or not at all), the bar ends full.
  reading.total = reading.done;
  tellReading(reading);
  return snapshot;
}

interface Writing {
  batchSize: number;
  done: number;
  total: number;
  onProgress: PartnerbookProgressListener | undefined;
}

// One table's records, added a slice at a time.
interface Batches {
  count: number;
  add: (start: number, end: number) => Promise<unknown>;
}

function batches<T, K, I>(table: Table<T, K, I>, records: readonly NoInfer<I>[]): Batches {
  return { count: records.length, add: (start, end) => table.bulkAdd(records.slice(start, end)) };
}

// Adds every record, a batch at a time. Only Dexie promises are awaited here: awaiting anything
// else (even an async helper that happens to do nothing) lets IndexedDB commit the transaction
// early.
async function writeTables(
  db: WorkbookDatabase,
  snapshot: WorkbookSnapshot,
  revisions: readonly RevisionEntry[],
  figures: readonly PartnerFigures[],
  counts: readonly ActivityCounts[],
  writing: Writing,
) {
  const { tables, workbook } = snapshot;
  const row: WorkbookMeta = {
    key: META_KEY,
    workbookId: workbook.id,
    name: workbook.name,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: workbook.createdAt,
    updatedAt: workbook.updatedAt,
  };
  await db.meta.add(row);
  const all: Batches[] = [
    batches(db.partners, tables.partners.map(toStored)),
    batches(db.contacts, tables.contacts),
    batches(db.positioningDrafts, tables.positioningDrafts),
    batches(db.positioningIterations, tables.positioningIterations),
    batches(db.positioningIterationSummaries, tables.positioningIterations.map(iterationSummary)),
    batches(db.positioningStatusChanges, tables.positioningStatusChanges),
    batches(db.activities, tables.activities),
    batches(db.companyGoals, tables.companyGoals),
    batches(db.partnerPlans, tables.partnerPlans),
    batches(db.investments, tables.investments),
    batches(db.metricEntries, tables.metricEntries),
    batches(db.customMetrics, tables.customMetrics),
    batches(db.partnerFigures, figures),
    batches(db.activityCounts, counts),
    batches(db.templates, tables.templates),
    batches(db.qbrs, tables.qbrs),
    batches(db.partnerChanges, tables.partnerChanges),
    batches(db.intelligenceEntries, tables.intelligenceEntries),
    batches(db.feedback, tables.feedback),
    batches(db.decisions, tables.decisions),
    batches(db.stakeholders, tables.stakeholders),
    batches(db.asks, tables.asks),
    batches(db.settings, tables.settings),
    batches(db.tombstones, tables.tombstones),
    batches(db.revisions, revisions),
  ];
  const size = writing.batchSize;
  for (const { count, add } of all) {
    for (let start = 0; start < count; start += size) {
      await add(start, start + size);
      writing.done += Math.min(size, count - start);
      writing.onProgress?.({ phase: 'writing', done: writing.done, total: writing.total });
    }
  }
}

/** True when a database of this name exists (a new workbook needs a name not in use). */
export function databaseExists(dbName: string): Promise<boolean> {
  return Dexie.exists(dbName);
}

/** Deletes a database that a failed or cancelled open left behind; never throws. */
export async function discardNewDatabase(dbName: string): Promise<void> {
  try {
    await Dexie.delete(dbName);
  } catch {
    // Nothing more can be done; the registry never listed it, so the user never sees it.
  }
}

/**
 * Writes a snapshot into a new database (refusing a name already in use), deriving what is
 * stored but not in the file: partners' sort keys, iteration summaries, and the revision
 * histories a file of format 1 lacks (see shared/files/merge/snapshot-revisions.ts). Everything is
 * written in one transaction, durable before it resolves; on any failure the half-made
 * database is deleted and an error explaining what failed is thrown.
 */
export async function writeSnapshotToNewDatabase(
  snapshot: WorkbookSnapshot,
  dbName: string,
  options: SnapshotOptions = {},
): Promise<void> {
  if (await databaseExists(dbName)) {
    throw new Error(`A workbook database named “${dbName}” already exists; it was left as it was.`);
  }
  const { tables } = snapshot;
  const revisions = completedHistories(tables);
  // Derived, never in the file: the dashboard's per-partner figures.
  const figures = summariseAll(tables.metricEntries, tables.investments).filter(
    (item) => !figuresAreEmpty(item),
  );
  // Derived too: the balance view's activity counts.
  const counts = countActivityYears(tables.activities);
  const writing: Writing = {
    batchSize: options.batchSize ?? BATCH,
    done: 0,
    // Iterations are written twice: each with its summary.
    total:
      SNAPSHOT_TABLES.reduce((sum, table) => sum + tables[table].length, 0) -
      tables.revisions.length +
      revisions.length +
      tables.positioningIterations.length +
      figures.length +
      counts.length,
    onProgress: options.onProgress,
  };
  const db = new WorkbookDatabase(dbName);
  try {
    await db.open();
    await db.transaction('rw', db.tables, () =>
      writeTables(db, snapshot, revisions, figures, counts, writing),
    );
    db.close();
  } catch (error) {
    db.close();
    await discardNewDatabase(dbName);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The workbook “${snapshot.workbook.name}” could not be written: ${reason}`, {
      cause: error,
    });
  }
}
