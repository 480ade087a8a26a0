import { Dexie, type Table, type Transaction } from 'dexie';
import type { WorkbookDatabase } from '../database';

/**
 * The write path of a user change: one read-write transaction whose record changes are captured
 * (change-capture.ts) and, once it has committed, recorded in the workbook's undo history under
 * a label. Imports, merges, restores from backup, the sample workbook and undo itself write
 * around it and are not recorded.
 */

/** A change's label, or a function that names it once the write has run. */
export type ChangeLabel = string | (() => string);

/** Runs `body` in a read-write transaction over `tables` and records what it changed. */
export async function recordedWrite<T>(
  db: WorkbookDatabase,
  label: ChangeLabel,
  tables: readonly Table[],
  body: () => Promise<T>,
): Promise<T> {
  // Inside another transaction the outer write decides what is recorded.
  // (Dexie's types call `currentTransaction` always set; outside a transaction it is null.)
  const outer = Dexie.currentTransaction as Transaction | null;
  if (outer) return db.transaction('rw', tables, body);
  let changes: ReturnType<typeof db.capture.take> = [];
  const result = await db.transaction('rw', tables, async () => {
    const trans = Dexie.currentTransaction.idbtrans;
    db.capture.begin(trans);
    const value = await body();
    changes = db.capture.take(trans);
    return value;
  });
  db.history.record(typeof label === 'string' ? label : label(), changes);
  return result;
}
