import { flushPendingWrites } from '../../db/pending-writes';
import type { UndoOutcome, UndoRepo } from '../../db/repos/undo-repo';
import type { HistoryState } from '../../db/undo/undo-history';
import { offerToast, updateToast, type UndoEntry } from '../../state/ui-store';

/**
 * The app's one undo and redo: the keys, the toast's Undo button, menus and the command palette
 * all call `undoLast` and `redoLast`, which act on the open workbook's history (its repository
 * holds the records; this module only knows which workbook is open) and say what they did.
 */

let active: UndoRepo | null = null;
let unsubscribe: () => void = () => undefined;
// Bumped by every undo and redo, so that editors seeded once from the records start afresh.
let generation = 0;
const listeners = new Set<() => void>();

const EMPTY: HistoryState = { undoLabel: undefined, redoLabel: undefined, depth: 0 };

const notify = () => {
  for (const listener of listeners) listener();
};

/** Makes a workbook's history the one undo acts on (null when it closes). */
export function activateHistory(repo: UndoRepo | null): void {
  if (repo === active) return;
  unsubscribe();
  active = repo;
  unsubscribe = repo ? repo.subscribe(notify) : () => undefined;
  notify();
}

/** Listens to the history and to undos; returns the unsubscribe function. */
export function subscribeHistory(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Labels and depth of the open workbook's history. */
export function historyState(): HistoryState {
  return active?.state() ?? EMPTY;
}

/** How many undos and redos have run: a key for views that must re-read the records. */
export function historyGeneration(): number {
  return generation;
}

/** How long an undo or redo runs before the toast says it is under way. */
const SLOW_MS = 500;

const SHORTCUT_HINT = 'Press Ctrl+Z (⌘Z on a Mac) to undo the later changes first.';

// Says what happened, with the way back.
function announce(outcome: UndoOutcome, direction: 'undo' | 'redo'): void {
  if (!outcome.ok) {
    offerToast({ message: outcome.message });
    return;
  }
  const done = direction === 'undo' ? 'Undone' : 'Redone';
  const note = outcome.note ? ` ${outcome.note}` : '';
  offerToast({
    message: `${done}: ${outcome.label}.${note}`,
    actionLabel: direction === 'undo' ? 'Redo' : 'Undo',
    undo: async () => {
      await (direction === 'undo' ? redoLast() : undoLast());
    },
  });
}

// The toast of an undo or redo under way: shown past a moment, then kept up to date with how
// far it has got, until the outcome replaces it.
function progressToast(direction: 'undo' | 'redo') {
  const verb = direction === 'undo' ? 'Undoing' : 'Redoing';
  let label: string | undefined;
  let progress: { done: number; total: number } | undefined;
  // The toast on screen; once dismissed (or replaced), it stays away until the outcome.
  let shown: UndoEntry | undefined;
  let hidden = false;
  const show = () => {
    if (label === undefined || hidden) return;
    const next: UndoEntry = { message: `${verb} “${label}”…`, running: progress ?? true };
    if (!shown) offerToast(next);
    else if (!updateToast(shown, next)) {
      hidden = true;
      return;
    }
    shown = next;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    onStart: (started: string) => {
      label = started;
      timer = setTimeout(show, SLOW_MS);
    },
    onProgress: (done: number, total: number) => {
      progress = { done, total };
      if (shown) show();
    },
    stop: () => {
      clearTimeout(timer);
    },
  };
}

async function run(direction: 'undo' | 'redo'): Promise<UndoOutcome> {
  const repo = active;
  if (!repo) return { ok: false, message: `Nothing to ${direction}.` };
  // What is typed but not saved yet becomes the latest change before anything is taken back.
  await flushPendingWrites();
  // A large import's or merge's undo takes a while: past a moment, the toast says how far it is.
  const toast = progressToast(direction);
  let outcome: UndoOutcome;
  try {
    outcome = direction === 'undo' ? await repo.undo(toast) : await repo.redo(toast);
  } finally {
    toast.stop();
  }
  if (outcome.ok) {
    generation += 1;
    notify();
  }
  announce(outcome, direction);
  return outcome;
}

/** Takes back the latest change in the open workbook, and says so. */
export function undoLast(): Promise<UndoOutcome> {
  return run('undo');
}

/** Makes the latest undone change again, and says so. */
export function redoLast(): Promise<UndoOutcome> {
  return run('redo');
}

/**
 * For a toast offering to undo the change just made: undoes it if it is still the latest, and
 * otherwise says to undo the later ones first.
 */
export function undoThisChange(): () => Promise<void> {
  const id = active?.latestId();
  return async () => {
    if (id === undefined || active?.latestId() !== id) {
      offerToast({ message: `That change is no longer the latest. ${SHORTCUT_HINT}` });
      return;
    }
    await undoLast();
  };
}
