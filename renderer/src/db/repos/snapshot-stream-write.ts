import type { Table } from 'dexie';
import {
  REVISION_TABLES,
  reviseContent,
  reviseDeletion,
  type RevisionEntry,
  type RevisionTable,
} from '../../../../shared/domain/revision';
import type { IntegrityTables } from '../../../../shared/files/partnerbook/integrity-keys';
import type {
  SnapshotTableName,
  SnapshotTables,
  WorkbookIdentity,
} from '../../../../shared/files/partnerbook/snapshot';
import type { CheckedRecordsSink } from '../../../../shared/files/partnerbook/stream-decode';
import { historyKey } from '../../../../shared/files/merge/snapshot-revisions';
import { countTables, rebuildActivityCounts } from '../activity-counts-store';
import { WorkbookDatabase } from '../database';
import { figureTables, rebuildPartnerFigures } from '../partner-figures-store';
import { fromStored, toStored, type StoredPartner } from '../stored-partner';
import { databaseExists, discardNewDatabase, metaRowOf } from './snapshot-repo';

/**
 * A new workbook written from a streamed file (shared/files/partnerbook/stream-decode.ts), a
 * batch of checked records at a time, each batch in a transaction of its own with relaxed
 * durability: the decoder checks the next batch while the database writes this one. All or nothing
 * still holds, since the database is new and listed nowhere until the open succeeds: a refused or
 * failed open deletes it. When the file is all written, {@link StreamedWorkbookWriter.finish}
 * derives what a file does not hold (the revision histories a file may lack, the dashboard's
 * figures and the activity counts) and ends with the workbook's meta record in a transaction of
 * strict durability, which puts everything written before it on disk too.
 */

type Rows = [Table<object, unknown>, readonly object[]];

// Records read back at a time to derive the histories a file lacks.
const HISTORY_SLICE = 5_000;

/** Writes one new workbook database from checked batches. */
export class StreamedWorkbookWriter implements CheckedRecordsSink {
  private db: WorkbookDatabase | undefined;

  private constructor(readonly dbName: string) {}

  /** A writer for a new database; rejects when a database of that name exists. */
  static async create(dbName: string): Promise<StreamedWorkbookWriter> {
    if (await databaseExists(dbName)) {
      throw new Error(
        `A workbook database named “${dbName}” already exists; it was left as it was.`,
      );
    }
    return new StreamedWorkbookWriter(dbName);
  }

  private async open(): Promise<WorkbookDatabase> {
    if (this.db) return this.db;
    const db = new WorkbookDatabase(this.dbName, 'relaxed');
    this.db = db;
    await db.open();
    return db;
  }

  async write<T extends SnapshotTableName>(table: T, records: SnapshotTables[T]): Promise<void> {
    if (records.length === 0) return;
    const db = await this.open();
    const [store, rows] = this.rows(db, table, records);
    await db.transaction('rw', store, () => store.bulkPut(rows));
  }

  // The stored form of a batch: partners with their sort keys. Iterations get their summaries
  // when a timeline first reads their draft (draft-summaries.ts).
  private rows<T extends SnapshotTableName>(
    db: WorkbookDatabase,
    table: T,
    records: SnapshotTables[T],
  ): Rows {
    const store = db.table<object, unknown>(table);
    if (table === 'partners') return [store, (records as SnapshotTables['partners']).map(toStored)];
    return [store, records];
  }

  /**
   * Ends the workbook: first revisions for records and deletions the file has no history of (as
   * completedHistories does for a whole file), the derived tables, then the meta record, durably.
   */
  async finish(workbook: WorkbookIdentity, keys: IntegrityTables): Promise<void> {
    const db = await this.open();
    await this.completeHistories(db, keys);
    await db.transaction('rw', [db.metricEntries, db.investments, db.partnerFigures], () =>
      rebuildPartnerFigures(figureTables(db)),
    );
    await db.transaction('rw', [db.activities, db.activityCounts], () =>
      rebuildActivityCounts(countTables(db)),
    );
    db.close();
    this.db = undefined;
    const strict = new WorkbookDatabase(this.dbName);
    try {
      await strict.open();
      await strict.meta.add(metaRowOf(workbook));
    } finally {
      strict.close();
    }
  }

  // Reads back, a slice at a time, the records the file has no history of, and gives each its
  // first revision; tombstones without one get a deletion. A file the app wrote has every history,
  // so this reads nothing.
  private async completeHistories(db: WorkbookDatabase, keys: IntegrityTables): Promise<void> {
    const known = new Set(keys.revisions.map(({ table, id }) => historyKey(table, id)));
    const unknown = (table: RevisionTable, id: string): boolean => {
      const key = historyKey(table, id);
      if (known.has(key)) return false;
      known.add(key);
      return true;
    };
    for (const table of REVISION_TABLES) {
      const ids = keys[table]
        .map((record) => ('key' in record ? record.key : record.id))
        .filter((id) => unknown(table, id));
      for (let start = 0; start < ids.length; start += HISTORY_SLICE) {
        const slice = ids.slice(start, start + HISTORY_SLICE);
        const stored = await db.table<object, string>(table).bulkGet(slice);
        const added = slice.flatMap((id, index): RevisionEntry[] => {
          const record = stored[index];
          if (record === undefined) return [];
          const content = table === 'partners' ? fromStored(record as StoredPartner) : record;
          return [{ table, id, revs: reviseContent([], content) }];
        });
        await db.revisions.bulkPut(added);
      }
    }
    const deletions = keys.tombstones
      .filter(({ table, id }) => unknown(table, id))
      .map(({ table, id }): RevisionEntry => ({ table, id, revs: reviseDeletion([]) }));
    await db.revisions.bulkPut(deletions);
  }

  /** Closes and deletes the database: after a refusal, a failure or a cancel. Never throws. */
  async discard(): Promise<void> {
    this.db?.close();
    this.db = undefined;
    await discardNewDatabase(this.dbName);
  }
}
