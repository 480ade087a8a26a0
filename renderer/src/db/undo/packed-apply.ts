import { applyEntry, type Direction, type Touched } from './apply-entry';
import { APPEND_ONLY_TABLES, type RecordChange } from './change-capture';
import type { WorkbookDatabase } from '../database';
import { unpackChanges } from './packed-changes';
import type { ProgressListener } from './undo-progress';

/**
 * Undoing or redoing an import or a merge: an entry whose changes are packed (packed-changes.ts),
 * unpacked and applied where the applier runs. The app applies them in a worker (the window
 * would otherwise parse tens of megabytes of JSON and issue hundreds of thousands of IndexedDB
 * requests on its main thread); tests and the bench apply them in place. Both run
 * {@link applyPacked}: one implementation of undo.
 */

/** A packed entry to apply one way. */
export interface PackedRequest {
  label: string;
  packed: Uint8Array;
  direction: Direction;
}

/** What applying a packed entry touched, and what it left in place (said to the user). */
export interface PackedResult {
  touched: Touched;
  note?: string;
}

/**
 * Applies a packed entry; rejects with RefusedUndo when a record changed since (nothing written),
 * or another error when the workbook could not be written.
 */
export type PackedApplier = (
  request: PackedRequest,
  onProgress: ProgressListener,
) => Promise<PackedResult>;

const KEPT_NOTE = 'Saved iterations and status changes stay in the draft’s history.';

/** What an entry's undo leaves in place, said to the user (undefined when nothing). */
export const noteOf = (changes: readonly RecordChange[]): string | undefined =>
  changes.some((c) => c.before === undefined && APPEND_ONLY_TABLES.has(c.table))
    ? KEPT_NOTE
    : undefined;

/** Unpacks and applies a packed entry through `db`, in one transaction. */
export async function applyPacked(
  db: WorkbookDatabase,
  request: PackedRequest,
  onProgress: ProgressListener,
): Promise<PackedResult> {
  const { label, direction } = request;
  const changes = unpackChanges(request.packed);
  const touched = await applyEntry(db, { label, changes }, direction, onProgress);
  const note = direction === 'undo' ? noteOf(changes) : undefined;
  return note ? { touched, note } : { touched };
}

/** The applier that applies packed entries through the given connection, in this thread. */
export function applyPackedThrough(db: WorkbookDatabase): PackedApplier {
  return (request, onProgress) => applyPacked(db, request, onProgress);
}
