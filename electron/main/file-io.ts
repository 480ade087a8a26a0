/**
 * Reading and writing the files a person chose, the way every path in main does it: a save
 * writes a temporary file next to the target and renames it over, so a crash or a full disk never
 * leaves half a file behind; a read measures the file first and refuses one over the limit before
 * loading it; every failure becomes a sentence fit for a person.
 * Runs in the Electron main process; the file system is passed in, so tests use a fake.
 */
import { randomUUID } from 'node:crypto';
import { open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IpcResult } from '../../shared/ipc/contract';
import { fail, ok } from './ipc/register';

/** A new file written a piece at a time, in order. */
export interface WritableFile {
  /** Writes the bytes after those written before. */
  write(bytes: Uint8Array): Promise<void>;
  /** Flushes what was written to the disk (fsync). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** A file read a piece at a time. */
export interface ReadableFile {
  /** `length` bytes from `position`; fewer only where the file ends before. */
  read(position: number, length: number): Promise<Uint8Array<ArrayBuffer>>;
  /** The file's size now. */
  size(): Promise<number>;
  close(): Promise<void>;
}

/** The file operations main uses. */
export interface HostFileSystem {
  /** Creates a new file (text as UTF-8); fails if it already exists. */
  writeNewFile(filePath: string, content: string | Uint8Array): Promise<void>;
  /** Creates a new file to write in pieces; fails if it already exists. */
  createNewFile(filePath: string): Promise<WritableFile>;
  /** Opens a file to read in pieces. */
  openToRead(filePath: string): Promise<ReadableFile>;
  rename(from: string, to: string): Promise<void>;
  remove(filePath: string): Promise<void>;
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array<ArrayBuffer>>;
}

async function createNewNodeFile(filePath: string): Promise<WritableFile> {
  const handle = await open(filePath, 'wx');
  return {
    write: async (bytes) => {
      // A write may take fewer bytes than it was given; the rest goes in the next.
      for (let offset = 0; offset < bytes.byteLength;) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
        offset += bytesWritten;
      }
    },
    sync: () => handle.sync(),
    close: () => handle.close(),
  };
}

async function openNodeFileToRead(filePath: string): Promise<ReadableFile> {
  const handle = await open(filePath, 'r');
  return {
    read: async (position, length) => {
      const buffer = new Uint8Array(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === length ? buffer : buffer.slice(0, filled);
    },
    size: async () => (await handle.stat()).size,
    close: () => handle.close(),
  };
}

/** The real file system. */
export const nodeFileSystem: HostFileSystem = {
  writeNewFile: (filePath, content) =>
    typeof content === 'string'
      ? writeFile(filePath, content, { encoding: 'utf8', flag: 'wx' })
      : writeFile(filePath, content, { flag: 'wx' }),
  createNewFile: createNewNodeFile,
  openToRead: openNodeFileToRead,
  rename: (from, to) => rename(from, to),
  remove: (filePath) => rm(filePath, { force: true }),
  stat: (filePath) => stat(filePath),
  readFile: (filePath) => readFile(filePath),
};

/** The code of a Node file system error (ENOENT, EACCES…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** Turns a file system error into the reason shown to the user. */
export function describeFileError(error: unknown): string {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'you do not have permission, or the file is open in another program';
    case 'EBUSY':
      return 'the file is open in another program';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'the folder or file no longer exists';
    default:
      return 'of an unexpected file system error';
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** Random part of temporary file names. */
export function randomSuffix(): string {
  return randomUUID().slice(0, 8);
}

/** The temporary file a save of `target` writes before renaming it over: hidden, beside it. */
export function temporaryPathFor(target: string, suffix: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${suffix}.tmp`);
}

/** Why a file larger than a limit is refused, in the words a person reads. */
export function tooLargeToOpen(name: string, size: number, maxBytes: number): IpcResult<never> {
  return fail(
    'too-large',
    `${name} is ${megabytes(size)} MB; Partner Workbook opens files of up to ${megabytes(maxBytes)} MB.`,
  );
}

/**
 * Writes the content to the target through a temporary file beside it. Resolves to an io-error
 * naming the file when that fails; the old file, if any, is then left as it was.
 */
export async function writeFileAtomically(
  fs: HostFileSystem,
  target: string,
  content: string | Uint8Array,
  uniqueSuffix: () => string = randomSuffix,
): Promise<IpcResult<null>> {
  const temporary = temporaryPathFor(target, uniqueSuffix());
  try {
    await fs.writeNewFile(temporary, content);
    await fs.rename(temporary, target);
  } catch (error) {
    // EEXIST means the name was taken before we wrote, so that file is not ours to delete.
    if (errorCode(error) !== 'EEXIST') await fs.remove(temporary).catch(() => undefined);
    const name = path.basename(target);
    return fail('io-error', `${name} could not be saved because ${describeFileError(error)}.`);
  }
  return ok(null);
}

/** A file read whole: its name (never its folder) and bytes. */
export interface ReadFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * Reads a file of at most maxBytes. Larger files are refused with 'too-large' before they are
 * read (and again after, in case the file grew in between); anything else that goes wrong is an
 * io-error naming the file.
 */
export async function readFileWithin(
  fs: HostFileSystem,
  filePath: string,
  maxBytes: number,
): Promise<IpcResult<ReadFile>> {
  const name = path.basename(filePath);
  const tooLarge = (size: number) => tooLargeToOpen(name, size, maxBytes);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const info = await fs.stat(filePath);
    if (!info.isFile()) return fail('io-error', `${name} is not a file.`);
    if (info.size > maxBytes) return tooLarge(info.size);
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return fail('io-error', `${name} could not be opened because ${describeFileError(error)}.`);
  }
  if (bytes.byteLength > maxBytes) return tooLarge(bytes.byteLength);
  return ok({ name, bytes });
}

/**
 * False when nothing is at the path any more. A file that exists but cannot be read (no access,
 * a disk that is offline for a moment) still counts as there, so it is not forgotten too soon.
 */
export async function pathExists(
  fs: Pick<HostFileSystem, 'stat'>,
  filePath: string,
): Promise<boolean> {
  try {
    await fs.stat(filePath);
    return true;
  } catch (error) {
    const code = errorCode(error);
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}
