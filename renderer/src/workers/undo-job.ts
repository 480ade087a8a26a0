import type { WorkbookDatabase } from '../db/database';
import { RefusedUndo } from '../db/undo/apply-entry';
import { applyPacked } from '../db/undo/packed-apply';
import { listTouched, undoRequestSchema, type UndoResponse } from './undo-messages';
import { announceWholesaleChange, quietConnection } from './wholesale-change';

/**
 * The undo worker's one job (undo-worker.ts): validate the request, open the workbook's
 * database, apply the packed entry in one transaction with its progress posted on the way, tell
 * the live queries of every window that the workbook changed (wholesale-change.ts), and post how
 * it went. Kept apart from the worker's entry so that tests run it without a worker.
 */

/** Messages that leave the job; the final one is `applied`, `refused` or `failed`. */
export type UndoPost = (response: UndoResponse) => void;

const FAILED = 'The workbook could not be written.';

/** Runs one request with `open` giving the workbook's database by name; never throws. */
export async function runUndoJob(
  request: unknown,
  open: (dbName: string) => WorkbookDatabase,
  post: UndoPost,
): Promise<void> {
  const parsed = undoRequestSchema.safeParse(request);
  if (!parsed.success) {
    post({ type: 'failed', message: 'The undo request could not be read.' });
    return;
  }
  const { dbName, ...entry } = parsed.data;
  const db = quietConnection(open(dbName));
  try {
    const { touched, note } = await applyPacked(db, entry, (done, total) => {
      post({ type: 'progress', done, total });
    });
    announceWholesaleChange(db);
    const list = listTouched(touched);
    post(note ? { type: 'applied', touched: list, note } : { type: 'applied', touched: list });
  } catch (error) {
    if (error instanceof RefusedUndo) post({ type: 'refused', message: error.message });
    else post({ type: 'failed', message: FAILED });
  } finally {
    db.close();
  }
}
