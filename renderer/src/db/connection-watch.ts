/**
 * A workbook open in two windows (or instances): when a newer app opens it in another window and
 * upgrades it, or another window deletes it, IndexedDB asks this window's connection to close
 * (`versionchange`). This window then closes its connection for good, so that nothing is written
 * in a layout it does not know, and its screens say so until the window reloads. The other side,
 * an upgrade kept waiting by a window that does not close (`blocked`), is reported to the opener
 * (see openWorkbook's onBlocked), which carries on by itself once the other window closes.
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
