import type { ChangeFeed, WorkbookChangeTable } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { trackWrite } from '../pending-writes';
import { applyEntry, RefusedUndo, type Direction, type Touched } from '../undo/apply-entry';
import { applyPackedThrough, noteOf, type PackedApplier } from '../undo/packed-apply';
import type { Recording } from '../undo/packed-changes';
import type { ProgressListener } from '../undo/undo-progress';
import type { HistoryEntry, HistoryState } from '../undo/undo-history';

/**
 * Undo and redo of the workbook's recorded user changes (undo-history.ts), one at a time in
 * reverse order, reported to the change feed once committed like any write.
 */

/** How an undo or redo went: what it took back, or why nothing was changed. */
export type UndoOutcome =
  { ok: true; label: string; note?: string } | { ok: false; message: string };

const FEED_TABLES: ReadonlySet<string> = new Set<WorkbookChangeTable>([
  'partners',
  'positioningDrafts',
  'companyGoals',
  'partnerPlans',
  'investments',
  'metricEntries',
  'customMetrics',
  'templates',
  'qbrs',
  'partnerChanges',
  'activities',
  'intelligenceEntries',
  'feedback',
  'decisions',
  'stakeholders',
  'asks',
]);

/** What the caller of an undo or redo hears while it runs. */
export interface UndoListener {
  /** Which change it starts on (once the undos before it are done). */
  onStart?: (label: string) => void;
  /** How many of its records are checked and written so far. */
  onProgress?: ProgressListener;
}

/** Undo and redo over one workbook's history. */
export class UndoRepo {
  private running: Promise<unknown> = Promise.resolve();

  /**
   * `applyPacked` applies imports and merges (entries packed by their worker): in the app, in a
   * worker of its own, so that the window never stalls; by default, through `db` here.
   */
  constructor(
    private readonly db: WorkbookDatabase,
    private readonly feed: ChangeFeed,
    private readonly applyPacked: PackedApplier = applyPackedThrough(db),
  ) {}

  /** Labels and depth of the history, the same object until it changes. */
  state(): HistoryState {
    return this.db.history.state();
  }

  /** Listens to changes of the history; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    return this.db.history.subscribe(listener);
  }

  /** The id of the change an undo would take back now. */
  latestId(): number | undefined {
    return this.db.history.nextUndo()?.id;
  }

  /**
   * Takes back the latest recorded change, once any undo or redo still running is done;
   * `listener` hears which change it starts on and how far it has got.
   */
  undo(listener: UndoListener = {}): Promise<UndoOutcome> {
    return this.inTurn(() => {
      const entry = this.db.history.nextUndo();
      if (!entry) return Promise.resolve({ ok: false, message: 'Nothing to undo.' });
      listener.onStart?.(entry.label);
      return this.apply(entry, 'undo', listener.onProgress);
    });
  }

  /** Makes the latest undone change again, as {@link undo} takes one back. */
  redo(listener: UndoListener = {}): Promise<UndoOutcome> {
    return this.inTurn(() => {
      const entry = this.db.history.nextRedo();
      if (!entry) return Promise.resolve({ ok: false, message: 'Nothing to redo.' });
      listener.onStart?.(entry.label);
      return this.apply(entry, 'redo', listener.onProgress);
    });
  }

  // One undo or redo at a time, each picking its entry once the previous one is done: a second
  // Ctrl+Z pressed while an import's undo runs would otherwise apply the same entry again, be
  // refused (its records are gone) and drop it from the redo stack.
  private inTurn(step: () => Promise<UndoOutcome>): Promise<UndoOutcome> {
    const next = this.running.then(step);
    this.running = next.catch(() => undefined);
    return next;
  }

  /**
   * Records an import or merge a worker wrote into this workbook (its changes packed there), or
   * lists it as too large to undo; nothing when it changed nothing.
   */
  recordWritten(label: string, recording: Recording): void {
    this.db.history.recordWritten(label, recording);
  }

  /** Forgets the whole history (the workbook was replaced under it). */
  clear(): void {
    this.db.history.clear();
  }

  private async apply(
    entry: HistoryEntry,
    direction: Direction,
    onProgress: ProgressListener = () => undefined,
  ): Promise<UndoOutcome> {
    const { history } = this.db;
    if (entry.tooLarge !== undefined) {
      history.drop(entry);
      return {
        ok: false,
        message: `“${entry.label}” can’t be undone: ${entry.tooLarge}. Nothing was changed. It was taken off the undo history.`,
      };
    }
    try {
      const { touched, note } = await trackWrite(this.applied(entry, direction, onProgress));
      if (direction === 'undo') history.undid(entry);
      else history.redid(entry);
      this.report(touched);
      return note ? { ok: true, label: entry.label, note } : { ok: true, label: entry.label };
    } catch (error) {
      if (!(error instanceof RefusedUndo)) {
        const verb = direction === 'undo' ? 'undo' : 'redo';
        return {
          ok: false,
          message: `Could not ${verb} “${entry.label}”: the workbook could not be written. Nothing was changed.`,
        };
      }
      // It can never apply now: later steps back must not stop at it.
      history.drop(entry);
      return { ok: false, message: `${error.message} It was taken off the undo history.` };
    }
  }

  // An import or merge through the packed applier (a worker, in the app); a user's own change,
  // a few records, here.
  private async applied(entry: HistoryEntry, direction: Direction, onProgress: ProgressListener) {
    const { label, packed } = entry;
    if (packed) return this.applyPacked({ label, packed, direction }, onProgress);
    const { changes } = entry;
    const touched = await applyEntry(this.db, { label, changes }, direction, onProgress);
    const note = direction === 'undo' ? noteOf(changes) : undefined;
    return { touched, note };
  }

  private report(touched: Touched): void {
    for (const [table, ids] of touched) {
      if (FEED_TABLES.has(table)) {
        this.feed.emit({ table: table as WorkbookChangeTable, ids: [...ids] });
      }
    }
  }
}
