/**
 * The web build's backups, in the Origin Private File System: the same two files per backup as
 * the desktop app's folder (shared/backups/backup-info.ts) under a `backups` directory, and the
 * same retention rule. A writable stream writes to a swap file that replaces the target only when
 * closed, so a crash or a closed tab never leaves half a backup that looks whole.
 */
import {
  backupIdSchema,
  describeBackup,
  infoFileName,
  parseBackupInfo,
  snapshotFileName,
  wholeBackups,
  type BackupInfo,
} from '../../../shared/backups/backup-info';
import { backupsToPrune } from '../../../shared/backups/retention';
import { blobOfParts, partsSize } from './file-parts';
import { HostError, type BackupRequest, type HostBackups } from './host';

const DIRECTORY = 'backups';

// Room a backup leaves free in the site's storage quota beyond its own size (64 MiB).
const QUOTA_MARGIN = 64 * 1024 * 1024;

/** The subset of the File System API used here (typed locally: lib.dom lacks entries()). */
interface BackupDirectory {
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileSystemFileHandle>;
  removeEntry(name: string): Promise<void>;
  keys(): AsyncIterableIterator<string>;
}

async function backupDirectory(): Promise<BackupDirectory> {
  const root = await navigator.storage.getDirectory();
  return (await root.getDirectoryHandle(DIRECTORY, { create: true })) as unknown as BackupDirectory;
}

async function writeWhole(dir: BackupDirectory, name: string, data: Blob): Promise<void> {
  const handle = await dir.getFileHandle(name, { create: true });
  const stream = await handle.createWritable();
  try {
    await stream.write(data);
    await stream.close();
  } catch (error) {
    await stream.abort().catch(() => undefined);
    throw error;
  }
}

async function readInfo(dir: BackupDirectory, name: string): Promise<BackupInfo | undefined> {
  try {
    const file = await (await dir.getFileHandle(name)).getFile();
    return parseBackupInfo(name, await file.text());
  } catch {
    return undefined;
  }
}

async function listIn(dir: BackupDirectory, workbookId?: string): Promise<BackupInfo[]> {
  const names = new Set<string>();
  for await (const name of dir.keys()) names.add(name);
  const infos: BackupInfo[] = [];
  for (const name of names) {
    if (!name.endsWith('.json')) continue;
    const info = await readInfo(dir, name);
    if (info) infos.push(info);
  }
  return wholeBackups(infos, names, workbookId);
}

async function refuseOverQuota(request: BackupRequest, size: number): Promise<void> {
  const { quota, usage } = await navigator.storage.estimate();
  if (quota === undefined || usage === undefined) return;
  const needed = size + QUOTA_MARGIN;
  if (quota - usage >= needed) return;
  const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(0);
  throw new HostError(
    'no-space',
    `The backup of “${request.workbookName}” was not written: this browser allows ${mb(quota - usage)} MB more for the app, and it needs ${mb(needed)} MB. Free some space; your workbook itself is unchanged.`,
  );
}

function ioError(what: string): HostError {
  return new HostError('io-error', `${what} failed in this browser's storage.`);
}

/** Backups in the Origin Private File System, or an unavailable store where it is missing. */
export function createOpfsBackups(now: () => Date = () => new Date()): HostBackups {
  const available =
    typeof navigator !== 'undefined' &&
    'storage' in navigator &&
    typeof navigator.storage.getDirectory === 'function';
  const unavailable = () =>
    Promise.reject(new HostError('not-allowed', 'This browser cannot keep backups.'));
  if (!available) {
    return { available, write: unavailable, list: () => Promise.resolve([]), read: unavailable };
  }
  return {
    available,
    write: async (request) => {
      const size = partsSize(request.parts);
      await refuseOverQuota(request, size);
      const info = describeBackup(request, size, now());
      let dir: BackupDirectory;
      try {
        dir = await backupDirectory();
        // The snapshot first: a description is only ever written for a snapshot that is whole.
        await writeWhole(dir, snapshotFileName(info.id), blobOfParts(request.parts));
        await writeWhole(dir, infoFileName(info.id), new Blob([JSON.stringify(info)]));
      } catch {
        throw ioError(`Writing the backup of “${info.workbookName}”`);
      }
      try {
        const backups = await listIn(dir, info.workbookId);
        for (const old of backupsToPrune(backups, now())) {
          await dir.removeEntry(infoFileName(old.id));
          await dir.removeEntry(snapshotFileName(old.id));
        }
      } catch {
        // Pruning is best effort; the next write tries again.
      }
      return info;
    },
    list: async (workbookId) => {
      try {
        return await listIn(await backupDirectory(), workbookId);
      } catch {
        throw ioError('Reading the backups');
      }
    },
    read: async (id) => {
      if (!backupIdSchema.safeParse(id).success)
        throw new HostError('invalid-argument', 'Not a backup of this app.');
      try {
        const dir = await backupDirectory();
        return await (await dir.getFileHandle(snapshotFileName(id))).getFile();
      } catch {
        throw ioError('Reading that backup');
      }
    },
  };
}
