/**
 * Writes still in flight, and editors holding unsaved changes, so that the app can flush both
 * before the window closes (the desktop shell asks) or the page is hidden.
 */
const inFlight = new Set<Promise<unknown>>();
const flushers = new Set<() => Promise<void>>();

/** Tracks a write until it settles, and returns it. */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  inFlight.add(write);
  const forget = () => inFlight.delete(write);
  write.then(forget, forget);
  return write;
}

/** Registers an editor's flush function (it saves what the editor still holds); returns the unregister. */
export function registerFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Saves every editor's pending changes and waits for every write in flight. */
export async function flushPendingWrites(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
  await Promise.allSettled([...inFlight]);
}
