/**
 * Files the renderer sends main in pieces, so that a file of any size up to MAX_TRANSFER_BYTES
 * crosses IPC without one message over MAX_IPC_CHUNK_BYTES (Electron crashes the sender of a
 * message past 2^29 bytes, electron/electron#53961). An upload begins with a new temporary file
 * and an opaque random token; each piece goes to the end of that file; the commit checks that
 * every announced byte came, flushes the file to disk and hands it to whoever began it (a save
 * renames it over the chosen file, a backup into the backups folder). An abort, a failed piece
 * or the window going away deletes the temporary file. A token works only for the window
 * (webContents id) that began it.
 * Runs in the Electron main process; the file system is passed in, so tests use a fake.
 */
import { randomUUID } from 'node:crypto';
import type { IpcResult, UploadStarted } from '../../../shared/ipc/contract';
import type { BackupDescription } from '../backups/backup-folder';
import { describeFileError, errorCode, type HostFileSystem, type WritableFile } from '../file-io';
import { fail, ok } from '../ipc/register';

/** What an upload is for: a save over the file the person chose, or a backup. */
export type UploadPurpose =
  { kind: 'save'; target: string } | { kind: 'backup'; backup: BackupDescription };

/** How an upload starts. */
export interface UploadStart {
  purpose: UploadPurpose;
  /** The file as a person knows it, for messages: "EMEA.partnerbook", "The backup of “EMEA”". */
  label: string;
  /** The new temporary file the pieces are written to. */
  temporary: string;
  /** The bytes announced: the commit refuses fewer, a piece past them is refused. */
  size: number;
}

/** A committed upload: its temporary file, whole and flushed, is now the caller's. */
export interface FinishedUpload<P extends UploadPurpose> {
  temporary: string;
  size: number;
  purpose: P;
}

interface Upload extends UploadStart {
  owner: number;
  written: number;
  file: WritableFile;
  /** The operation in progress: each waits for the one before, so pieces land in order. */
  queue: Promise<unknown>;
}

/** Options of {@link Uploads}. */
export interface UploadsOptions {
  fs: HostFileSystem;
  /** Makes a token; random by default. */
  newToken?: () => string;
  /** Uploads one window may have open at once. */
  maxPerOwner?: number;
}

const unknownUpload = (): IpcResult<never> =>
  fail(
    'not-allowed',
    'That file is not being saved by this window any more (it was finished or cancelled). Save it again.',
  );

/** The uploads in progress, by token. */
export class Uploads {
  private readonly fs: HostFileSystem;
  private readonly newToken: () => string;
  private readonly maxPerOwner: number;
  private readonly uploads = new Map<string, Upload>();

  constructor(options: UploadsOptions) {
    this.fs = options.fs;
    this.newToken = options.newToken ?? randomUUID;
    this.maxPerOwner = options.maxPerOwner ?? 8;
  }

  /** Uploads in progress (of one window, if given). */
  pending(owner?: number): number {
    return [...this.uploads.values()].filter((u) => owner === undefined || u.owner === owner)
      .length;
  }

  /** Creates the temporary file and answers with the token the pieces are sent with. */
  async begin(owner: number, start: UploadStart): Promise<IpcResult<UploadStarted>> {
    if (this.pending(owner) >= this.maxPerOwner) {
      return fail('not-allowed', 'Too many files are being saved at once; wait for one to finish.');
    }
    let file: WritableFile;
    try {
      file = await this.fs.createNewFile(start.temporary);
    } catch (error) {
      // EEXIST: the name was taken before we wrote, so that file is not ours to delete.
      if (errorCode(error) !== 'EEXIST') await this.remove(start.temporary);
      return fail(
        'io-error',
        `${start.label} could not be saved because ${describeFileError(error)}.`,
      );
    }
    const token = this.newToken();
    this.uploads.set(token, { ...start, owner, written: 0, file, queue: Promise.resolve() });
    return ok({ token });
  }

  /** Writes the next piece. Any failure ends the upload: its temporary file is deleted. */
  append(owner: number, token: string, bytes: Uint8Array): Promise<IpcResult<null>> {
    return this.withUpload(owner, token, async (upload) => {
      if (upload.written + bytes.byteLength > upload.size) {
        await this.end(token, upload);
        return fail(
          'invalid-argument',
          `${upload.label} was not saved: more than the ${upload.size.toLocaleString('en-US')} bytes announced came.`,
        );
      }
      try {
        await upload.file.write(bytes);
      } catch (error) {
        await this.end(token, upload);
        return fail(
          'io-error',
          `${upload.label} could not be saved because ${describeFileError(error)}.`,
        );
      }
      upload.written += bytes.byteLength;
      return ok(null);
    });
  }

  /**
   * Ends an upload of the given kind: when every announced byte came, the temporary file is
   * flushed, closed and handed over (the caller renames it, or deletes it when that fails).
   * Otherwise it is deleted. An upload of another kind is refused and left as it was.
   */
  finish<K extends UploadPurpose['kind']>(
    owner: number,
    token: string,
    kind: K,
  ): Promise<IpcResult<FinishedUpload<Extract<UploadPurpose, { kind: K }>>>> {
    return this.withUpload(owner, token, async (upload) => {
      const { purpose } = upload;
      if (!isKind(purpose, kind)) return unknownUpload();
      if (upload.written !== upload.size) {
        await this.end(token, upload);
        return fail(
          'invalid-argument',
          `${upload.label} was not saved: ${upload.written.toLocaleString('en-US')} of its ${upload.size.toLocaleString('en-US')} bytes came.`,
        );
      }
      try {
        await upload.file.sync();
        await upload.file.close();
      } catch (error) {
        await this.end(token, upload);
        return fail(
          'io-error',
          `${upload.label} could not be saved because ${describeFileError(error)}.`,
        );
      }
      this.uploads.delete(token);
      return ok({ temporary: upload.temporary, size: upload.size, purpose });
    });
  }

  /** Cancels an upload: its temporary file is deleted. */
  abort(owner: number, token: string): Promise<IpcResult<null>> {
    return this.withUpload(owner, token, async (upload) => {
      await this.end(token, upload);
      return ok(null);
    });
  }

  /** Cancels every upload of a window that closed or reloaded. */
  async release(owner: number): Promise<void> {
    const mine = [...this.uploads].filter(([, upload]) => upload.owner === owner);
    await Promise.all(mine.map(([token]) => this.abort(owner, token)));
  }

  // Runs `operation` on the owner's upload once the operations before it are done, if the upload
  // is still there by then.
  private withUpload<T>(
    owner: number,
    token: string,
    operation: (upload: Upload) => Promise<IpcResult<T>>,
  ): Promise<IpcResult<T>> {
    const upload = this.uploads.get(token);
    if (upload?.owner !== owner) return Promise.resolve(unknownUpload());
    const run = upload.queue.then(() =>
      this.uploads.get(token) === upload ? operation(upload) : unknownUpload(),
    );
    upload.queue = run.catch(() => undefined);
    return run;
  }

  private async end(token: string, upload: Upload): Promise<void> {
    this.uploads.delete(token);
    await upload.file.close().catch(() => undefined);
    await this.remove(upload.temporary);
  }

  private async remove(filePath: string): Promise<void> {
    await this.fs.remove(filePath).catch(() => undefined);
  }
}

function isKind<K extends UploadPurpose['kind']>(
  purpose: UploadPurpose,
  kind: K,
): purpose is Extract<UploadPurpose, { kind: K }> {
  return purpose.kind === kind;
}
