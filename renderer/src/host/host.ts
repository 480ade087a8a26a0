import type {
  AppInfo,
  IpcArgs,
  MenuCommand,
  OpenedTextFile,
  SaveTextResult,
} from '../../../shared/ipc/contract';

/** A failure the host reports, already worded for a person. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/**
 * What the renderer needs from wherever it runs: the Electron shell (over the preload bridge) or a
 * plain browser tab. Screens use only this, so the same renderer runs in both.
 */
export interface Host {
  readonly kind: 'electron' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  openExternal(url: string): Promise<void>;
  /** Offers the text as a file; resolves to whether it was saved. */
  saveText(request: IpcArgs<'files:save-text'>): Promise<SaveTextResult>;
  /** Lets the user choose a text file; null when they cancel. */
  openText(request: IpcArgs<'files:open-text'>): Promise<OpenedTextFile | null>;
  /**
   * Puts the text on the system clipboard as plain text. Call it straight from the click that asks
   * for it: a browser allows copying only during a user gesture. Rejects with a HostError when the
   * text could not be copied.
   */
  copyText(text: string): Promise<void>;
  print(): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Runs the flush before the app closes; returns the unsubscribe function. */
  onBeforeClose(flush: () => Promise<void>): () => void;
}
