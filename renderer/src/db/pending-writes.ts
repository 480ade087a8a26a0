/**
 * Writes still in flight, and editors holding unsaved changes, so that the app can flush both
 * before the window closes (the desktop shell asks) or the page is hidden, and so that the web
 * build can ask the user to stay while something is not saved yet.
 */
const inFlight = new Set<Promise<unknown>>();
const editors = new Set<Editor>();

interface Editor {
  flush: () => Promise<void>;
  holdsChanges: () => boolean;
}

/** Tracks a write until it settles, and returns it. */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  inFlight.add(write);
  const forget = () => inFlight.delete(write);
  write.then(forget, forget);
  return write;
}

/**
 * Registers an editor's flush function (it saves what the editor still holds) and, optionally,
 * whether it holds changes not yet handed to a write; returns the unregister.
 */
export function registerFlusher(
  flush: () => Promise<void>,
  holdsChanges: () => boolean = () => false,
): () => void {
  const editor = { flush, holdsChanges };
  editors.add(editor);
  return () => editors.delete(editor);
}

/** Whether a write is in flight or an editor holds changes it has not saved yet. */
export function hasPendingWrites(): boolean {
  return inFlight.size > 0 || [...editors].some((editor) => editor.holdsChanges());
}

/** Saves every editor's pending changes and waits for every write in flight. */
export async function flushPendingWrites(): Promise<void> {
  await Promise.allSettled([...editors].map((editor) => editor.flush()));
  await Promise.allSettled([...inFlight]);
}
