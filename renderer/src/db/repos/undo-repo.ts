import type { ChangeFeed, WorkbookChangeTable } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { trackWrite } from '../pending-writes';
import { applyEntry, RefusedUndo, type Direction, type Touched } from '../undo/apply-entry';
import { APPEND_ONLY_TABLES, type RecordChange } from '../undo/change-capture';
import type { Recording } from '../undo/packed-changes';
import { changesOf, type HistoryEntry, type HistoryState } from '../undo/undo-history';

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

const KEPT_NOTE = 'Saved iterations and status changes stay in the draft’s history.';

// What an entry's undo leaves in place, said to the user.
const noteOf = (changes: readonly RecordChange[]) =>
  changes.some((c) => c.before === undefined && APPEND_ONLY_TABLES.has(c.table))
    ? KEPT_NOTE
    : undefined;

/** Undo and redo over one workbook's history. */
export class UndoRepo {
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: WorkbookDatabase,
    private readonly feed: ChangeFeed,
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
   * `onStart` hears which change it starts on.
   */
  undo(onStart?: (label: string) => void): Promise<UndoOutcome> {
    return this.inTurn(() => {
      const entry = this.db.history.nextUndo();
      if (!entry) return Promise.resolve({ ok: false, message: 'Nothing to undo.' });
      onStart?.(entry.label);
      return this.apply(entry, 'undo');
    });
  }

  /** Makes the latest undone change again, as {@link undo} takes one back. */
  redo(onStart?: (label: string) => void): Promise<UndoOutcome> {
    return this.inTurn(() => {
      const entry = this.db.history.nextRedo();
      if (!entry) return Promise.resolve({ ok: false, message: 'Nothing to redo.' });
      onStart?.(entry.label);
      return this.apply(entry, 'redo');
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

  private async apply(entry: HistoryEntry, direction: Direction): Promise<UndoOutcome> {
    const { history } = this.db;
    if (entry.tooLarge !== undefined) {
      history.drop(entry);
      return {
        ok: false,
        message: `“${entry.label}” can’t be undone: ${entry.tooLarge}. Nothing was changed. It was taken off the undo history.`,
      };
    }
    try {
      const changes = changesOf(entry);
      const applied = applyEntry(this.db, { label: entry.label, changes }, direction);
      const touched = await trackWrite(applied);
      if (direction === 'undo') history.undid(entry);
      else history.redid(entry);
      this.report(touched);
      const note = direction === 'undo' ? noteOf(changes) : undefined;
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

  private report(touched: Touched): void {
    for (const [table, ids] of touched) {
      if (FEED_TABLES.has(table)) {
        this.feed.emit({ table: table as WorkbookChangeTable, ids: [...ids] });
      }
    }
  }
}
