import { useEffect, useSyncExternalStore } from 'react';
import type { UndoRepo } from '../../db/repos/undo-repo';
import type { HistoryState } from '../../db/undo/undo-history';
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

// Fields where Ctrl+Z is the browser's own text undo.
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color', 'range'].includes(
    target.type,
  );
}

/** Which history step a key press asks for, if any: Ctrl/⌘+Z, Ctrl/⌘+Shift+Z, Ctrl+Y. */
export function undoKeyOf(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  mac: boolean,
): 'undo' | 'redo' | undefined {
  const command = mac ? event.metaKey : event.ctrlKey;
  if (!command || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !mac && !event.shiftKey) return 'redo';
  return undefined;
}

const onMac = () => /mac/i.test(navigator.userAgent);

/** Undo and redo from the keyboard, anywhere outside a text field. */
export function useUndoKeys(): void {
  useEffect(() => {
    const mac = onMac();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextField(event.target)) return;
      const step = undoKeyOf(event, mac);
      if (!step) return;
      event.preventDefault();
      void (step === 'undo' ? undoLast() : redoLast());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
