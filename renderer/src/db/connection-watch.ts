/**
 * A workbook open in two windows (or instances): when a newer app opens it in another window and
 * upgrades it, or another window deletes it, IndexedDB asks this window's connection to close
 * (`versionchange`). This window then closes its connection for good, so that nothing is written
 * in a layout it does not know, and its screens say so until the window reloads. The other side,
 * an upgrade kept waiting by a window that does not close (`blocked`), is reported to the opener
 * (see openWorkbook's onBlocked), which carries on by itself once the other window closes, or
 * stops waiting when the person gives up (openWorkbook's signal).
 */
import type { Dexie } from 'dexie';

/** Whether this window's connection to its workbook still stands. */
export type ConnectionState = 'open' | 'changed-elsewhere';

/** The connection's state, observable with useSyncExternalStore. */
export class WorkbookConnection {
  private state: ConnectionState = 'open';
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): ConnectionState => this.state;

  /** Another window upgraded or deleted the workbook; this connection is closed. */
  changedElsewhere(): void {
    if (this.state === 'changed-elsewhere') return;
    this.state = 'changed-elsewhere';
    for (const listener of this.listeners) listener();
  }
}

/** Closes the database for good when another connection upgrades or deletes it. */
export function watchConnection(db: Dexie, connection: WorkbookConnection): void {
  db.on('versionchange', () => {
    // Dexie's own handler closes too, but would reopen on the next read or write, at this
    // build's version: a write could then land in the middle of the other window's upgrade.
    db.close({ disableAutoOpen: true });
    connection.changedElsewhere();
    return false;
  });
}

/** The person stopped waiting for a workbook that another window kept from opening. */
export class OpenCancelledError extends Error {
  constructor() {
    super('The workbook was not opened: waiting for another window was cancelled.');
    this.name = 'OpenCancelledError';
  }
}

/**
 * Workbooks whose opening was given up while another window blocked it. IndexedDB cannot withdraw
 * an open request: it stays first in that database's queue, waiting on the other window, and any
 * later open of the same database waits behind it without hearing `blocked` itself.
 */
const givenUp = new Set<string>();

/** How long a later open may take before it counts as waiting behind a given-up one. */
const BEHIND_GIVEN_UP_MS = 250;

/**
 * Watches one opening: closes the database when the signal aborts, so that its pending open
 * rejects instead of waiting on, and reports a wait behind an earlier given-up open of the same
 * database as blocked. Returns the function to call once the open has settled.
 */
export function watchOpening(
  db: Dexie,
  options: { signal?: AbortSignal | undefined; onBlocked?: (() => void) | undefined },
): (opened: boolean) => void {
  const { signal, onBlocked } = options;
  let blocked = false;
  const onDbBlocked = () => {
    blocked = true;
    onBlocked?.();
  };
  db.on('blocked', onDbBlocked);
  const behind = givenUp.has(db.name) ? setTimeout(onDbBlocked, BEHIND_GIVEN_UP_MS) : undefined;
  const close = () => {
    db.close({ disableAutoOpen: true });
    if (blocked) givenUp.add(db.name);
  };
  signal?.addEventListener('abort', close, { once: true });
  return (opened) => {
    clearTimeout(behind);
    signal?.removeEventListener('abort', close);
    // Opened: whatever was queued before this open has gone through.
    if (opened) givenUp.delete(db.name);
  };
}
