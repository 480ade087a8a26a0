import { effectiveChanges, type Captured, type RecordChange } from './change-capture';

/**
 * How an import's or a merge's change reaches the window's undo history from the worker that
 * wrote it: its record changes packed as JSON text in bytes, built in the worker and unpacked
 * only when the change is undone or redone. The window then holds a few compact buffers instead
 * of hundreds of thousands of objects, and receiving one costs it a copy, not a parse. A change
 * past the bound is sent as its size only: the history lists it as too large to undo.
 */

/** Most bytes of record states one imported or merged change keeps for undo (as JSON text). */
export const UNDO_ENTRY_LIMIT = 64 * 1024 * 1024;

/** What a worker's write changed, for the window's undo history. */
export type Recording =
  | { kind: 'changes'; packed: Uint8Array; records: number }
  | { kind: 'too-large'; limit: number }
  | { kind: 'none' };

/**
 * The buffer a recording's message hands over to the window instead of copying: copied, an
 * import's packed record of tens of megabytes is a task of about a hundred milliseconds there.
 */
export function recordingTransfer(recording: Recording): ArrayBuffer[] {
  if (recording.kind !== 'changes') return [];
  const { buffer } = recording.packed;
  return buffer instanceof ArrayBuffer ? [buffer] : [];
}

/** Packs what a transaction changed (the records it wrote back as they were left out). */
export function packCaptured(captured: Captured, limit = UNDO_ENTRY_LIMIT): Recording {
  if (!captured.complete) return { kind: 'too-large', limit };
  const changes = effectiveChanges(captured.changes);
  if (changes.length === 0) return { kind: 'none' };
  const text = captured.afterTexts
    ? changesText(changes, captured.afterTexts)
    : JSON.stringify(changes);
  const packed = new TextEncoder().encode(text);
  return { kind: 'changes', packed, records: changes.length };
}

/**
 * `JSON.stringify(changes)`, with the texts of states after already made (as the capture noted
 * them) put in place instead of made again.
 */
export function changesText(
  changes: readonly RecordChange[],
  afterTexts: ReadonlyMap<RecordChange, string>,
): string {
  const parts = changes.map((change) => {
    const after = afterTexts.get(change);
    if (after === undefined) return JSON.stringify(change);
    const { table, key, before } = change;
    const head = `{"table":${JSON.stringify(table)},"key":${JSON.stringify(key)}`;
    return before === undefined
      ? `${head},"after":${after}}`
      : `${head},"before":${JSON.stringify(before)},"after":${after}}`;
  });
  return `[${parts.join(',')}]`;
}

/** The record changes of a packed recording (a state that was none comes back undefined). */
export function unpackChanges(packed: Uint8Array): RecordChange[] {
  return JSON.parse(new TextDecoder().decode(packed)) as RecordChange[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** True for a well-formed {@link Recording} (from our own worker; a cheap guard). */
export function isRecording(value: unknown): value is Recording {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case 'changes':
      return value.packed instanceof Uint8Array && typeof value.records === 'number';
    case 'too-large':
      return typeof value.limit === 'number';
    case 'none':
      return true;
    default:
      return false;
  }
}
