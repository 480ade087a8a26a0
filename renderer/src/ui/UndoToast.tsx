import { useEffect, useState } from 'react';
import type { UndoEntry } from '../state/ui-store';

interface UndoToastProps {
  entry: UndoEntry | null;
  /** Closes this entry's toast (a toast that replaced it stays). */
  onDone: (entry: UndoEntry) => void;
}

const TOAST_MS = 10_000;

const percent = (progress: { done: number; total: number }) =>
  progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : 0;

/**
 * Reports a change, with its Undo (or Redo) button when it has one; disappears after ten seconds,
 * except while the work it reports runs (with a progress bar): its outcome replaces it then.
 */
export function UndoToast({ entry, onDone }: UndoToastProps) {
  // The error belongs to one entry: a new entry starts with none.
  const [failure, setFailure] = useState<{ entry: UndoEntry; message: string } | null>(null);
  const error = failure && failure.entry === entry ? failure.message : null;
  useEffect(() => {
    if (!entry || entry.running) return;
    const timer = setTimeout(() => onDone(entry), TOAST_MS);
    return () => clearTimeout(timer);
  }, [entry, onDone]);
  if (!entry) return null;
  const { undo, running } = entry;
  const progress = running === true ? undefined : running;
  const run = () => {
    undo?.().then(
      () => onDone(entry),
      () => setFailure({ entry, message: 'Could not undo. The change is still in place.' }),
    );
  };
  return (
    <div className="toast" role="status">
      <span>{error ?? entry.message}</span>
      {progress ? (
        <>
          <progress
            aria-label="Progress"
            max={progress.total}
            value={progress.done}
            className="toast-progress"
          />
          <span>{percent(progress)}%</span>
        </>
      ) : null}
      {undo ? (
        <button type="button" onClick={run}>
          {entry.actionLabel ?? 'Undo'}
        </button>
      ) : null}
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        onClick={() => onDone(entry)}
      >
        ×
      </button>
    </div>
  );
}
