import { tooLargeLabel, tooLargeReason } from '../../../../shared/domain/undo-label';
import { effectiveChanges, type RecordChange } from './change-capture';
import { unpackChanges, type Recording } from './packed-changes';

/**
 * The session's undo and redo stacks for one open workbook: each entry a user change with its
 * label and the before and after states of the records it touched. Held here, in a plain object
 * the workbook owns (never in zustand: the snapshots are stored data), and gone with the
 * workbook when another opens. Screens read only `state()`: labels and whether there is
 * something to undo or redo.
 */

/** One user change, as the history keeps it. */
export interface HistoryEntry {
  readonly id: number;
  /** What the change did, for menus and announcements: "Rename partner". */
  label: string;
  /** When it was recorded (or last coalesced), in milliseconds. */
  at: number;
  /** The records it touched; empty for an imported or merged change (see `packed`). */
  changes: RecordChange[];
  /** An import's or merge's changes, packed by its worker (packed-changes.ts). */
  packed?: Uint8Array;
  /** Set for a change too large to keep: why it cannot be undone (it is listed, not undoable). */
  tooLarge?: string;
}

/** What menus and keys need to know about the history. */
export interface HistoryState {
  undoLabel: string | undefined;
  redoLabel: string | undefined;
  /** How many changes can be undone. */
  depth: number;
}

/** How many changes the history keeps; older ones drop off. */
export const HISTORY_LIMIT = 200;

/** Most bytes of packed imports and merges the history keeps; older changes drop off. */
export const HISTORY_PACKED_LIMIT = 128 * 1024 * 1024;

/** The records an entry touched, unpacked when it was packed. */
export function changesOf(entry: HistoryEntry): RecordChange[] {
  return entry.packed ? unpackChanges(entry.packed) : entry.changes;
}

const packedSize = (entries: readonly HistoryEntry[]) =>
  entries.reduce((sum, entry) => sum + (entry.packed?.byteLength ?? 0), 0);

/**
 * Edits of the same records this close together (the autosave of a field being typed) become one
 * change to undo, under the latest one's label.
 */
export const COALESCE_MS = 2_000;

const EMPTY: HistoryState = { undoLabel: undefined, redoLabel: undefined, depth: 0 };

const isEdit = (change: RecordChange) => change.before !== undefined && change.after !== undefined;

const keysOf = (changes: readonly RecordChange[]) =>
  changes
    .map(({ table, key }) => `${table}\u0000${key}`)
    .sort()
    .join('\u0001');

/** The undo and redo stacks of one workbook's session. */
export class UndoHistory {
  private done: HistoryEntry[] = [];
  private undone: HistoryEntry[] = [];
  private nextId = 1;
  private current: HistoryState = EMPTY;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly limit = HISTORY_LIMIT,
    private readonly clock: () => number = Date.now,
    private readonly packedLimit = HISTORY_PACKED_LIMIT,
  ) {}

  /** Records a committed user change; nothing when it changed nothing. Clears what was undone. */
  record(label: string, changes: readonly RecordChange[]): HistoryEntry | undefined {
    const kept = effectiveChanges(changes);
    if (kept.length === 0) return undefined;
    const now = this.clock();
    this.undone = [];
    const top = this.done.at(-1);
    if (top && this.coalesces(top, kept, now)) {
      const later = new Map(kept.map((change) => [`${change.table}\u0000${change.key}`, change]));
      for (const change of top.changes) {
        change.after = later.get(`${change.table}\u0000${change.key}`)?.after ?? change.after;
      }
      top.at = now;
      // The latest name says what the typing came to ("Rename partner to “Acme”").
      top.label = label;
      this.changed();
      return top;
    }
    return this.push({ id: this.nextId++, label, at: now, changes: kept });
  }

  /**
   * Records an import or merge its worker committed: undoable from its packed changes, or listed
   * as too large to undo (with why) so that Undo says so instead of passing over it in silence.
   */
  recordWritten(label: string, recording: Recording): HistoryEntry | undefined {
    if (recording.kind === 'none') return undefined;
    this.undone = [];
    const entry: HistoryEntry = { id: this.nextId++, label, at: this.clock(), changes: [] };
    if (recording.kind === 'changes') entry.packed = recording.packed;
    else {
      entry.label = tooLargeLabel(label);
      entry.tooLarge = tooLargeReason(recording.limit);
    }
    return this.push(entry);
  }

  private push(entry: HistoryEntry): HistoryEntry {
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.splice(0, this.done.length - this.limit);
    // The latest change always stays; older ones go while the packed ones hold too much.
    while (this.done.length > 1 && packedSize(this.done) > this.packedLimit) this.done.shift();
    this.changed();
    return entry;
  }

  private coalesces(top: HistoryEntry, changes: RecordChange[], now: number) {
    return (
      !top.packed &&
      top.tooLarge === undefined &&
      now - top.at <= COALESCE_MS &&
      top.changes.every(isEdit) &&
      changes.every(isEdit) &&
      keysOf(top.changes) === keysOf(changes)
    );
  }

  /** The change an undo would take back. */
  nextUndo(): HistoryEntry | undefined {
    return this.done.at(-1);
  }

  /** The change a redo would make again. */
  nextRedo(): HistoryEntry | undefined {
    return this.undone.at(-1);
  }

  /** Moves the top change to the redo stack, once it has been undone. */
  undid(entry: HistoryEntry): void {
    if (this.done.at(-1) !== entry) return;
    this.done.pop();
    this.undone.push(entry);
    this.changed();
  }

  /** Moves the top undone change back, once it has been redone. */
  redid(entry: HistoryEntry): void {
    if (this.undone.at(-1) !== entry) return;
    this.undone.pop();
    this.done.push(entry);
    this.changed();
  }

  /** Forgets a change that can no longer be undone or redone (its records changed since). */
  drop(entry: HistoryEntry): void {
    this.done = this.done.filter((item) => item !== entry);
    this.undone = this.undone.filter((item) => item !== entry);
    this.changed();
  }

  /** Forgets everything: another workbook opened, or this one was replaced. */
  clear(): void {
    this.done = [];
    this.undone = [];
    this.changed();
  }

  /** Labels and depth; the same object until the history changes. */
  state(): HistoryState {
    return this.current;
  }

  /** Listens to changes of the history; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.current = {
      undoLabel: this.done.at(-1)?.label,
      redoLabel: this.undone.at(-1)?.label,
      depth: this.done.length,
    };
    for (const listener of this.listeners) listener();
  }
}
