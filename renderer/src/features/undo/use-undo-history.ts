import { useEffect, useSyncExternalStore } from 'react';
import type { UndoRepo } from '../../db/repos/undo-repo';
import type { HistoryState } from '../../db/undo/undo-history';
import { isTextTarget } from '../commands/use-shortcuts';
import { useCommandHandler } from '../commands/command-handlers';
import {
  activateHistory,
  historyGeneration,
  historyState,
  redoLast,
  subscribeHistory,
  undoLast,
} from './undo-actions';

/** What menus and the command palette show: whether and what can be undone or redone. */
export interface UndoHistoryView {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | undefined;
  redoLabel: string | undefined;
}

const view = (state: HistoryState): UndoHistoryView => ({
  canUndo: state.undoLabel !== undefined,
  canRedo: state.redoLabel !== undefined,
  undoLabel: state.undoLabel,
  redoLabel: state.redoLabel,
});

/** The open workbook's undo history, kept current. */
export function useUndoHistory(): UndoHistoryView {
  return view(useSyncExternalStore(subscribeHistory, historyState));
}

/** Changes with every undo and redo: a key for views seeded once from the records. */
export function useUndoGeneration(): number {
  return useSyncExternalStore(subscribeHistory, historyGeneration);
}

/** Makes the workbook's history the one undo acts on, for as long as the caller is mounted. */
export function useHistoryOf(repo: UndoRepo): void {
  useEffect(() => {
    activateHistory(repo);
    return () => activateHistory(null);
  }, [repo]);
}

/**
 * Answers the Undo and Redo commands (keys, the Edit menu, the palette). The keys reach here only
 * outside text fields (the registry says so); the Edit menu can be clicked with a field focused,
 * and then it undoes the typing, as a menu's Undo does in any app.
 */
export function useUndoCommands(): void {
  useCommandHandler('undo', () => {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the one way to run a field's own text undo from a menu; every engine still has it
    if (isTextTarget(document.activeElement)) document.execCommand('undo');
    else void undoLast();
  });
  useCommandHandler('redo', () => {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the one way to run a field's own text redo from a menu; every engine still has it
    if (isTextTarget(document.activeElement)) document.execCommand('redo');
    else void redoLast();
  });
}
