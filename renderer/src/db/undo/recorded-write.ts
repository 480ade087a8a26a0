import { Dexie, type Table, type Transaction } from 'dexie';
import type { WorkbookDatabase } from '../database';
import type { CaptureOptions, Captured } from './change-capture';

/**
 * The write path of a user change: one read-write transaction whose record changes are captured
 * (change-capture.ts) and, once it has committed, recorded in the workbook's undo history under
 * a label. Imports and merges run in workers, away from the window's history: they capture their
 * transaction with `capturedWrite` and send what it changed to the window (packed-changes.ts).
 * Restores from backup, the sample workbook and undo itself write around it and are not recorded.
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
  const { value, captured } = await capturedWrite(db, tables, {}, body);
  db.history.record(typeof label === 'string' ? label : label(), captured.changes);
  return value;
}

/**
 * Runs `body` in its own read-write transaction over `tables` and returns, once it committed,
 * its value and what it changed (everything, or only its size past `options.maxBytes`).
 */
export async function capturedWrite<T>(
  db: WorkbookDatabase,
  tables: readonly Table[],
  options: CaptureOptions,
  body: () => Promise<T>,
): Promise<{ value: T; captured: Captured }> {
  let captured: Captured = { changes: [], bytes: 0, complete: true };
  const value = await db.transaction('rw', tables, async () => {
    const trans = Dexie.currentTransaction.idbtrans;
    db.capture.begin(trans, options);
    try {
      const result = await body();
      captured = db.capture.finish(trans);
      return result;
    } catch (error) {
      db.capture.finish(trans);
      throw error;
    }
  });
  return { value, captured };
}
