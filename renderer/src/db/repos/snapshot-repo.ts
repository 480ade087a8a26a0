import { Dexie, type Table } from 'dexie';
import {
  SNAPSHOT_TABLES,
  type PartnerbookProgressListener,
  type WorkbookIdentity,
  type WorkbookSnapshot,
} from '../../../../shared/files/partnerbook/snapshot';
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
import { toStored } from '../stored-partner';

/**
 * A whole workbook written in one go into a new database (for opening a workbook file), in
 * batches with progress between them, inside one transaction, so that the write is all or
 * nothing. Reading one as a snapshot is in snapshot-read.ts.
 */

const BATCH = 10_000;

/** Options of a snapshot write. */
export interface SnapshotOptions {
  onProgress?: PartnerbookProgressListener | undefined;
  /** Records per batch; tests lower it to cross batch boundaries with few records. */
  batchSize?: number;
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
  await db.meta.add(metaRowOf(workbook));
  const all: Batches[] = [
    batches(db.partners, tables.partners.map(toStored)),
    batches(db.contacts, tables.contacts),
    batches(db.positioningDrafts, tables.positioningDrafts),
    batches(db.positioningIterations, tables.positioningIterations),
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

/** The meta record of a workbook written from a file, at this build's schema version. */
export function metaRowOf(workbook: WorkbookIdentity): WorkbookMeta {
  return {
    key: META_KEY,
    workbookId: workbook.id,
    name: workbook.name,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: workbook.createdAt,
    updatedAt: workbook.updatedAt,
  };
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
 * stored but not in the file: partners' sort keys and the revision histories a file of format 1
 * lacks (iteration summaries come when a timeline first reads a draft: draft-summaries.ts) (see shared/files/merge/snapshot-revisions.ts). Everything is
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
    total:
      SNAPSHOT_TABLES.reduce((sum, table) => sum + tables[table].length, 0) -
      tables.revisions.length +
      revisions.length +
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
