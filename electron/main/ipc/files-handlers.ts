/**
 * Handlers for the files: channels: save text where the user chooses, open a text file the user
 * chooses. The renderer never names a path; the dialog does. Saving writes a temporary file next to
 * the target and renames it over, so a crash or full disk never leaves half a file behind.
 * Runs in the Electron main process; dialogs and file system are passed in, so tests use fakes.
 */
import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IPC_FILE_CHARS } from '../../../shared/ipc/contract';
import { fail, ok, type IpcHandlers, type IpcParsedArgs } from './register';

/** A file-type filter as the dialogs take it. */
export type DialogFileFilter = IpcParsedArgs<'files:open-text'>['filters'][number];

/** What a save dialog answers (Electron's SaveDialogReturnValue). */
export interface SaveDialogAnswer {
  canceled: boolean;
  filePath?: string;
}

/** What an open dialog answers (Electron's OpenDialogReturnValue). */
export interface OpenDialogAnswer {
  canceled: boolean;
  filePaths: string[];
}

/** The file operations the handlers use. */
export interface TextFileSystem {
  /** Creates a new file; fails if it already exists. */
  writeNewFile(filePath: string, content: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(filePath: string): Promise<void>;
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
}

/** The real file system. */
export const nodeTextFileSystem: TextFileSystem = {
  writeNewFile: (filePath, content) =>
    writeFile(filePath, content, { encoding: 'utf8', flag: 'wx' }),
  rename: (from, to) => rename(from, to),
  remove: (filePath) => rm(filePath, { force: true }),
  stat: (filePath) => stat(filePath),
  readFile: (filePath) => readFile(filePath),
};

/** What the file handlers need; S is the sender, so dialogs can be modal to its window. */
export interface FilesHandlerDeps<S> {
  showSaveDialog(
    sender: S,
    options: { defaultPath: string; filters: DialogFileFilter[] },
  ): Promise<SaveDialogAnswer>;
  showOpenDialog(
    sender: S,
    options: { filters: DialogFileFilter[]; properties: ['openFile'] },
  ): Promise<OpenDialogAnswer>;
  fs: TextFileSystem;
  /** Unique part of temporary file names; random by default. */
  uniqueSuffix?: () => string;
}

function errorCode(error: unknown): string | undefined {
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

function tooLarge(name: string, bytes: number) {
  return fail(
    'too-large',
    `${name} is ${megabytes(bytes)} MB; Partner Workbook opens files of up to ${megabytes(MAX_IPC_FILE_CHARS)} MB.`,
  );
}

/** The handlers for files:save-text and files:open-text. */
export function createFilesHandlers<S>(
  deps: FilesHandlerDeps<S>,
): Pick<IpcHandlers<S>, 'files:save-text' | 'files:open-text'> {
  const uniqueSuffix = deps.uniqueSuffix ?? (() => randomUUID().slice(0, 8));
  return {
    'files:save-text': async ({ suggestedName, content, filters }, sender) => {
      const answer = await deps.showSaveDialog(sender, { defaultPath: suggestedName, filters });
      if (answer.canceled || answer.filePath === undefined || answer.filePath === '') {
        return ok({ saved: false });
      }
      const target = answer.filePath;
      const temporary = path.join(
        path.dirname(target),
        `.${path.basename(target)}.${uniqueSuffix()}.tmp`,
      );
      try {
        await deps.fs.writeNewFile(temporary, content);
        await deps.fs.rename(temporary, target);
      } catch (error) {
        // EEXIST means the name was taken before we wrote, so that file is not ours to delete.
        if (errorCode(error) !== 'EEXIST') await deps.fs.remove(temporary).catch(() => undefined);
        const name = path.basename(target);
        return fail('io-error', `${name} could not be saved because ${describeFileError(error)}.`);
      }
      return ok({ saved: true, path: target });
    },

    'files:open-text': async ({ filters }, sender) => {
      const answer = await deps.showOpenDialog(sender, { filters, properties: ['openFile'] });
      const chosen = answer.filePaths[0];
      if (answer.canceled || chosen === undefined) return ok(null);
      const name = path.basename(chosen);
      let bytes: Uint8Array;
      try {
        const info = await deps.fs.stat(chosen);
        if (!info.isFile()) return fail('io-error', `${name} is not a file.`);
        if (info.size > MAX_IPC_FILE_CHARS) return tooLarge(name, info.size);
        bytes = await deps.fs.readFile(chosen);
      } catch (error) {
        return fail('io-error', `${name} could not be opened because ${describeFileError(error)}.`);
      }
      // The file may have grown between stat and read.
      if (bytes.byteLength > MAX_IPC_FILE_CHARS) return tooLarge(name, bytes.byteLength);
      let content: string;
      try {
        // fatal: a file in another encoding is refused rather than silently garbled;
        // a UTF-8 byte-order mark is dropped.
        content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return fail('io-error', `${name} is not UTF-8 text. Save it as UTF-8 and try again.`);
      }
      return ok({ name, content });
    },
  };
}
