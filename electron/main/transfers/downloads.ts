/**
 * Files main sends the renderer in pieces: a file the person chose, one the operating system asked
 * the app to open, a backup to restore. Opening one measures it and answers with its name, size
 * and an opaque random token; the renderer then asks for its pieces in order (`files:read-chunk`),
 * each at most MAX_IPC_CHUNK_BYTES, so no message comes near the 2^29 bytes at which Electron
 * crashes the sender (electron/electron#53961), and main never holds more than one piece. The
 * piece that reaches the end closes the file, after checking that its size did not change
 * meanwhile; a failure closes it too, and so does the window going away. A token works only for
 * the window (webContents id) it was given to.
 * Runs in the Electron main process; the file system is passed in, so tests use a fake.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  MAX_IPC_CHUNK_BYTES,
  type FileDownload,
  type IpcResult,
} from '../../../shared/ipc/contract';
import {
  describeFileError,
  tooLargeToOpen,
  type HostFileSystem,
  type ReadableFile,
} from '../file-io';
import { fail, ok } from '../ipc/register';

interface Download {
  owner: number;
  name: string;
  size: number;
  /** Where the next piece starts. */
  next: number;
  file: ReadableFile;
}

/** Options of {@link Downloads}. */
export interface DownloadsOptions {
  fs: HostFileSystem;
  /** Makes a token; random by default. */
  newToken?: () => string;
  /** Files one window may have open at once. */
  maxPerOwner?: number;
  /** Bytes per piece; tests make it small. */
  pieceBytes?: number;
}

const unknownDownload = (): IpcResult<never> =>
  fail(
    'not-allowed',
    'That file is not open in this window any more (it was read to the end or failed). Open it again.',
  );

/** The downloads in progress, by token. */
export class Downloads {
  private readonly fs: HostFileSystem;
  private readonly newToken: () => string;
  private readonly maxPerOwner: number;
  private readonly pieceBytes: number;
  private readonly downloads = new Map<string, Download>();

  constructor(options: DownloadsOptions) {
    this.fs = options.fs;
    this.newToken = options.newToken ?? randomUUID;
    this.maxPerOwner = options.maxPerOwner ?? 16;
    this.pieceBytes = options.pieceBytes ?? MAX_IPC_CHUNK_BYTES;
  }

  /** Downloads in progress (of one window, if given). */
  pending(owner?: number): number {
    return [...this.downloads.values()].filter((d) => owner === undefined || d.owner === owner)
      .length;
  }

  /**
   * Opens a file of at most `maxBytes` for the owner to read. A larger file is refused with
   * 'too-large' before it is opened; anything else that goes wrong is an io-error naming it.
   */
  async open(owner: number, filePath: string, maxBytes: number): Promise<IpcResult<FileDownload>> {
    const name = path.basename(filePath);
    if (this.pending(owner) >= this.maxPerOwner) {
      return fail('not-allowed', `${name} was not opened: too many files are being read at once.`);
    }
    let file: ReadableFile;
    let size: number;
    try {
      const info = await this.fs.stat(filePath);
      if (!info.isFile()) return fail('io-error', `${name} is not a file.`);
      if (info.size > maxBytes) return tooLargeToOpen(name, info.size, maxBytes);
      file = await this.fs.openToRead(filePath);
      size = info.size;
    } catch (error) {
      return fail('io-error', `${name} could not be opened because ${describeFileError(error)}.`);
    }
    const token = this.newToken();
    this.downloads.set(token, { owner, name, size, next: 0, file });
    return ok({ name, size, token });
  }

  /**
   * The piece at `offset`, which must be where the last one ended (0 first): at most the piece
   * size, less only for the last. Reading the last piece (or any failure) closes the file; a file
   * of no bytes is closed by reading its one empty piece.
   */
  async read(
    owner: number,
    token: string,
    offset: number,
  ): Promise<IpcResult<Uint8Array<ArrayBuffer>>> {
    const download = this.downloads.get(token);
    if (download?.owner !== owner) return unknownDownload();
    const { name, size, file } = download;
    if (offset !== download.next) {
      await this.discard(token);
      return fail(
        'invalid-argument',
        `${name} was read out of order (at ${offset.toLocaleString('en-US')} instead of ${download.next.toLocaleString('en-US')}); open it again.`,
      );
    }
    const length = Math.min(this.pieceBytes, size - offset);
    // Taken before the read, so that a second request for the same piece is refused.
    download.next = offset + length;
    const last = download.next === size;
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await file.read(offset, length);
      if (bytes.byteLength !== length || (last && (await file.size()) !== size)) {
        await this.discard(token);
        return fail('io-error', `${name} changed while it was being read; open it again.`);
      }
    } catch (error) {
      await this.discard(token);
      return fail('io-error', `${name} could not be read because ${describeFileError(error)}.`);
    }
    if (last) await this.discard(token);
    return ok(bytes);
  }

  /**
   * Closes the owner's download the renderer stopped reading before its end. Nothing happens to a
   * download that is closed already (the renderer cannot always know: the last piece closes it)
   * nor to another window's.
   */
  async close(owner: number, token: string): Promise<void> {
    if (this.downloads.get(token)?.owner !== owner) return;
    await this.discard(token);
  }

  /** Closes a download, if it is open. */
  async discard(token: string): Promise<void> {
    const download = this.downloads.get(token);
    if (download === undefined) return;
    this.downloads.delete(token);
    await download.file.close().catch(() => undefined);
  }

  /** Closes every download of a window that closed or reloaded. */
  async release(owner: number): Promise<void> {
    const mine = [...this.downloads].filter(([, download]) => download.owner === owner);
    await Promise.all(mine.map(([token]) => this.discard(token)));
  }
}
