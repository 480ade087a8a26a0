import { useEffect, useState } from 'react';
import type { UndoEntry } from '../state/ui-store';

interface UndoToastProps {
  entry: UndoEntry | null;
  onDone: () => void;
}

const TOAST_MS = 10_000;

/** Reports a change with an Undo button; disappears after ten seconds. */
export function UndoToast({ entry, onDone }: UndoToastProps) {
  // The error belongs to one entry: a new entry starts with none.
  const [failure, setFailure] = useState<{ entry: UndoEntry; message: string } | null>(null);
  const error = failure && failure.entry === entry ? failure.message : null;
  useEffect(() => {
    if (!entry) return;
    const timer = setTimeout(onDone, TOAST_MS);
    return () => clearTimeout(timer);
  }, [entry, onDone]);
  if (!entry) return null;
  const undo = () => {
    entry.undo().then(onDone, () => {
      setFailure({ entry, message: 'Could not undo. The change is still in place.' });
    });
  };
  return (
    <div className="toast" role="status">
      <span>{error ?? entry.message}</span>
      <button type="button" onClick={undo}>
        Undo
      </button>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDone}>
        ×
      </button>
    </div>
  );
}
