/**
 * The file operations the backups folder needs beyond a chosen file's save and open: durable
 * writes (flushed to disk before the rename that makes them visible), listing, folders and free
 * space. Runs in the Electron main process; tests pass an in-memory fake.
 */
import { mkdir, readdir, statfs, writeFile } from 'node:fs/promises';
import { nodeFileSystem, type HostFileSystem } from '../file-io';

/** What the backups folder uses. */
export interface BackupFileSystem extends HostFileSystem {
  /** Creates a new file and flushes it to the disk (fsync) before resolving. */
  writeNewFileFlushed(filePath: string, content: Uint8Array): Promise<void>;
  /** Creates the folder and its parents if missing. */
  makeDirectory(dirPath: string): Promise<void>;
  /** The names of the entries in a folder. */
  listNames(dirPath: string): Promise<string[]>;
  /** Bytes free to this user on the disk that holds the folder. */
  freeBytes(dirPath: string): Promise<number>;
}

/** The real file system. */
export const nodeBackupFileSystem: BackupFileSystem = {
  ...nodeFileSystem,
  writeNewFileFlushed: (filePath, content) =>
    writeFile(filePath, content, { flag: 'wx', flush: true }),
  makeDirectory: async (dirPath) => {
    await mkdir(dirPath, { recursive: true });
  },
  listNames: (dirPath) => readdir(dirPath),
  freeBytes: async (dirPath) => {
    const stats = await statfs(dirPath);
    return stats.bavail * stats.bsize;
  },
};
