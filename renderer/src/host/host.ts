import type { BackupInfo, BackupReason } from '../../../shared/backups/backup-info';
import type {
  AppInfo,
  FileFilter,
  IpcArgs,
  MenuCommand,
  OpenedTextFile,
  SaveTextResult,
} from '../../../shared/ipc/contract';
import type { UpdateSettings } from '../../../shared/ipc/update-feed';
import type { FileParts } from './file-parts';
import type { FileSource } from './file-source';

/** A file filter for open and save dialogs (extensions without the dot). */
export type { FileFilter };

/** A file's bytes in parts, in order. */
export type { FileParts };

/** A file's content: a Blob, or a stream read once (see file-source.ts). */
export type { FileSource };

/**
 * A file the host hands the renderer: its name (never its folder) and content. The content is a
 * Blob but for a file the desktop app streams because it is too large for one (over 256 MiB).
 */
export interface HostFile {
  name: string;
  data: FileSource;
}

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

/** A snapshot to keep as a backup. */
export interface BackupRequest {
  workbookId: string;
  workbookName: string;
  counts: Record<string, number>;
  reason: BackupReason;
  /** The snapshot's bytes: the partnerbook worker's chunks as they are. */
  parts: FileParts;
}

/**
 * Where automatic backups live: the desktop app's backups folder under userData, or the web
 * build's Origin Private File System. Both keep the last 10 and one a day for 14 days.
 */
export interface HostBackups {
  /** False where no place for backups exists (a browser without OPFS): nothing is written. */
  readonly available: boolean;
  /** Writes a backup whole or not at all; rejects with a HostError ('no-space', 'io-error'). */
  write(request: BackupRequest): Promise<BackupInfo>;
  /** The whole backups (of one workbook, if given), newest first. */
  list(workbookId?: string): Promise<BackupInfo[]>;
  /** One backup's snapshot (streamed when it is too large for one Blob, like an opened file). */
  read(id: string): Promise<FileSource>;
}

/** The desktop app's update setting (the web build has no updater). */
export interface HostUpdates {
  get(): Promise<UpdateSettings>;
  /** Stores the setting; rejects with a HostError ('invalid-argument', 'io-error'). */
  set(settings: UpdateSettings): Promise<UpdateSettings>;
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
   * Offers the bytes (in parts, such as a saved workbook's chunks, or one buffer) as a file;
   * resolves to whether it was saved. Use it for anything large, such as a `.partnerbook` file.
   * Rejects with a HostError 'too-large' over MAX_TRANSFER_BYTES (4 GiB) in the desktop app,
   * which sends the bytes to main in pieces, and 'io-error' when the chosen file could not be
   * written (nothing half written is kept).
   */
  saveBytes(request: {
    suggestedName: string;
    parts: FileParts;
    filters: FileFilter[];
    /**
     * Asks the person for a fresh click, for a host whose save dialog opens only during one (the
     * browser's, about five seconds after a click, which a long export outlives); resolves to
     * true from that click, false when they decide not to save. Without it such a host
     * downloads the file instead. The desktop app never asks.
     */
    askToSave?: (() => Promise<boolean>) | undefined;
  }): Promise<SaveTextResult>;
  /**
   * Lets the user choose a file and returns its name and content; null when cancelled. The
   * content is a Blob, or in the desktop app a stream for a file over 256 MiB: release it (see
   * releaseSource) when it will not be read. Rejects with a HostError 'too-large' over
   * MAX_TRANSFER_BYTES in the desktop app.
   */
  openFile(request: { filters: FileFilter[] }): Promise<HostFile | null>;
  /**
   * Files the operating system asks the app to open (double-click on a .partnerbook, a recent
   * file from the File menu); returns the unsubscribe function. Files that arrived before the
   * first subscription are delivered to it; `onFailed` hears of one that could not be read. The
   * browser host never calls either.
   */
  onFileOpenRequested(
    listener: (file: HostFile) => void,
    onFailed?: (error: HostError) => void,
  ): () => void;
  /**
   * Prints the current page to a PDF file the user saves (Electron: a save dialog, then
   * webContents.printToPDF into the chosen file, with the page's print styles); the browser opens
   * its print dialog, where "Save as PDF" is one choice, and resolves to { saved: false } since it
   * cannot know.
   */
  printToPdf(request: { suggestedName: string }): Promise<SaveTextResult>;
  /**
   * Puts the text on the system clipboard as plain text. Call it straight from the click that asks
   * for it: a browser allows copying only during a user gesture. Rejects with a HostError when the
   * text could not be copied.
   */
  copyText(text: string): Promise<void>;
  print(): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Automatic backups of the workbooks. */
  readonly backups: HostBackups;
  /** Looking for new versions: only the desktop app has it. */
  readonly updates?: HostUpdates;
  /**
   * Runs the flush before the app closes; returns the unsubscribe function. The desktop window
   * waits for it; a browser tab cannot, so while `pending` says something is not saved yet it
   * asks the user to stay (and starts the flush, so that staying saves it).
   */
  onBeforeClose(flush: () => Promise<void>, pending?: () => boolean): () => void;
}
