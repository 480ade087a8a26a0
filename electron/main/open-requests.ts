/**
 * Files the operating system or the Open Recent menu asks the app to open, on their way to the
 * renderer. A request can come before the window exists (macOS sends `open-file` before ready; a
 * double-click starts the app with the file in argv) or while its page is still loading, so paths
 * wait here until the renderer claims them (`files:claim-open-requests`, sent by the preload when
 * something subscribes); only then is each file opened for that renderer to read in pieces
 * (transfers/downloads.ts) and announced as `files:open-requested`. Paths wait, not bytes, so a
 * queue of large files costs no memory.
 * Runs in the Electron main process; reading and reporting are passed in, so tests use fakes.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileDownload, IpcError, IpcResult } from '../../shared/ipc/contract';
import { sendIpcEvent, type IpcEventReceiver } from './ipc/events';
import { isWorkbookFilePath } from './recent-files';

/** A renderer that can be sent files: a webContents. */
export interface OpenRequestReceiver extends IpcEventReceiver {
  /** Owns the files opened for it to read. */
  readonly id: number;
  isDestroyed(): boolean;
}

/** What the queue needs. */
export interface OpenRequestsDeps<R extends OpenRequestReceiver> {
  /** Opens the file for the receiver to read in pieces, within the size limit. */
  open(filePath: string, receiver: R): Promise<IpcResult<FileDownload>>;
  /** Closes a file opened for a receiver that went away before it was announced. */
  discard(file: FileDownload): void;
  /** The file reached the renderer. */
  opened(filePath: string): void;
  /** The file could not be read; tell the person, since nothing in the renderer asked for it. */
  failed(filePath: string, error: IpcError): void;
}

/** The queue of files to open, and the renderer that has claimed them. */
export class OpenRequests<R extends OpenRequestReceiver> {
  private readonly pending: string[] = [];
  private receiver: R | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly deps: OpenRequestsDeps<R>) {}

  /** Asks for the files to be opened, as soon as a renderer listens. */
  request(filePaths: readonly string[]): void {
    for (const filePath of filePaths) {
      if (!this.pending.includes(filePath)) this.pending.push(filePath);
    }
    this.kick();
  }

  /** The receiver listens now: it gets what has waited, then every new request. */
  claim(receiver: R): void {
    this.receiver = receiver;
    this.kick();
  }

  /** The receiver stopped listening (its page is reloading, its window closed). */
  release(receiver: R): void {
    if (this.receiver === receiver) this.receiver = undefined;
  }

  /** The paths still waiting, oldest first. */
  waiting(): readonly string[] {
    return this.pending;
  }

  /** Resolves when nothing is being read or sent (for tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private listening(): R | undefined {
    if (this.receiver?.isDestroyed()) this.receiver = undefined;
    return this.receiver;
  }

  private kick(): void {
    if (this.running) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      // A request or claim may have come between the drain's last look and now.
      if (this.listening() !== undefined && this.pending.length > 0) this.kick();
    });
  }

  // One file at a time, in the order asked.
  private async drain(): Promise<void> {
    for (;;) {
      const receiver = this.listening();
      const next = this.pending[0];
      if (receiver === undefined || next === undefined) return;
      const result = await this.deps.open(next, receiver);
      // The renderer went away (or another claimed) while the file was opened: try again with it.
      if (this.listening() !== receiver) {
        if (result.ok) this.deps.discard(result.value);
        continue;
      }
      this.pending.shift();
      if (!result.ok) {
        this.deps.failed(next, result.error);
        continue;
      }
      try {
        sendIpcEvent(receiver, 'files:open-requested', result.value);
      } catch {
        // The page was torn down between the check and the send; keep the file for the next one.
        this.deps.discard(result.value);
        this.pending.unshift(next);
        this.release(receiver);
        continue;
      }
      this.deps.opened(next);
    }
  }
}

function argumentToPath(arg: string): string | undefined {
  if (!arg.startsWith('file:')) return arg;
  try {
    // Linux desktop files pass %U, which some file managers fill with file:// URLs.
    return fileURLToPath(arg);
  } catch {
    return undefined;
  }
}

/**
 * The workbook files in a command line (the first launch's, or a second instance's): arguments
 * after the executable that are not switches and end in `.partnerbook`, resolved against the
 * working directory they were given in. Anything else (Chromium's switches, the app folder in
 * development, a stray argument) is ignored.
 */
export function workbookFilesInArgv(argv: readonly string[], workingDirectory: string): string[] {
  const files: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const filePath = argumentToPath(arg);
    if (filePath !== undefined && isWorkbookFilePath(filePath)) {
      files.push(path.resolve(workingDirectory, filePath));
    }
  }
  return files;
}
