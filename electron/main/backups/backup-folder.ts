/**
 * The backups folder under userData: each backup is a `.partnerbook` snapshot and a description
 * (shared/backups/backup-info.ts), each written to a temporary file, flushed to disk and then
 * renamed, so that a crash never leaves half a backup that looks whole. After each write the
 * workbook's backups are pruned to the retention rule (the last 10, one a day for 14 days).
 * Runs in the Electron main process; the file system and clock are passed in.
 */
import path from 'node:path';
import {
  describeBackup,
  infoFileName,
  parseBackupInfo,
  snapshotFileName,
  wholeBackups,
  type BackupInfo,
} from '../../../shared/backups/backup-info';
import { backupsToPrune } from '../../../shared/backups/retention';
import { MAX_IPC_FILE_BYTES, type IpcResult } from '../../../shared/ipc/contract';
import { describeFileError, errorCode, randomSuffix, readFileWithin } from '../file-io';
import { fail, ok } from '../ipc/register';
import type { BackupFileSystem } from './backup-files';

/** Room a backup leaves free on the disk beyond its own size (64 MiB). */
export const FREE_SPACE_MARGIN = 64 * 1024 * 1024;

/** A backup to write: its description without what the folder decides (id, time, size). */
export type BackupRequest = Omit<BackupInfo, 'id' | 'createdAt' | 'bytes'> & { bytes: Uint8Array };

/** What the folder needs. */
export interface BackupFolderDeps {
  fs: BackupFileSystem;
  /** The folder's path (userData/backups). */
  dir: string;
  now?: () => Date;
  uniqueSuffix?: () => string;
}

/** Writes, lists, reads and prunes the backups in one folder. */
export class BackupFolder {
  private readonly fs: BackupFileSystem;
  private readonly dir: string;
  private readonly now: () => Date;
  private readonly uniqueSuffix: () => string;

  constructor(deps: BackupFolderDeps) {
    this.fs = deps.fs;
    this.dir = deps.dir;
    this.now = deps.now ?? (() => new Date());
    this.uniqueSuffix = deps.uniqueSuffix ?? randomSuffix;
  }

  /** Writes a backup, then prunes that workbook's older ones; resolves to its description. */
  async write(request: BackupRequest): Promise<IpcResult<BackupInfo>> {
    const info = describeBackup(request, this.now());
    try {
      await this.fs.makeDirectory(this.dir);
      const free = await this.fs.freeBytes(this.dir);
      if (free < request.bytes.byteLength + FREE_SPACE_MARGIN) {
        return fail(
          'no-space',
          `The backup of “${info.workbookName}” was not written: the disk has ${megabytes(free)} MB free, and it needs ${megabytes(request.bytes.byteLength + FREE_SPACE_MARGIN)} MB. Free some space; your workbook itself is unchanged.`,
        );
      }
      // The snapshot first: a description is only ever written for a snapshot that is whole.
      await this.writeFlushed(snapshotFileName(info.id), request.bytes);
      await this.writeFlushed(
        infoFileName(info.id),
        new TextEncoder().encode(JSON.stringify(info)),
      );
    } catch (error) {
      return fail(
        'io-error',
        `The backup of “${info.workbookName}” could not be written because ${describeFileError(error)}.`,
      );
    }
    await this.prune(info.workbookId);
    return ok(info);
  }

  /** Every whole backup (of one workbook, if given), newest first. */
  async list(workbookId?: string): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await this.fs.listNames(this.dir);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const infos: BackupInfo[] = [];
    for (const name of names) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const info = await this.readInfo(name);
      if (info) infos.push(info);
    }
    return wholeBackups(infos, new Set(names), workbookId);
  }

  /** A backup's snapshot, by id (already checked against backupIdSchema). */
  async read(id: string): Promise<IpcResult<Uint8Array<ArrayBuffer>>> {
    const result = await readFileWithin(
      this.fs,
      path.join(this.dir, snapshotFileName(id)),
      MAX_IPC_FILE_BYTES,
    );
    if (!result.ok) {
      return fail(result.error.code, 'That backup could not be read; it may have been removed.');
    }
    return ok(result.value.bytes);
  }

  private async writeFlushed(name: string, bytes: Uint8Array): Promise<void> {
    const target = path.join(this.dir, name);
    const temporary = path.join(this.dir, `.${name}.${this.uniqueSuffix()}.tmp`);
    try {
      await this.fs.writeNewFileFlushed(temporary, bytes);
      await this.fs.rename(temporary, target);
    } catch (error) {
      await this.fs.remove(temporary).catch(() => undefined);
      throw error;
    }
  }

  private async readInfo(name: string): Promise<BackupInfo | undefined> {
    try {
      const bytes = await this.fs.readFile(path.join(this.dir, name));
      return parseBackupInfo(name, new TextDecoder().decode(bytes));
    } catch {
      return undefined;
    }
  }

  // Pruning is best effort: a backup that cannot be removed now is removed after a later write.
  private async prune(workbookId: string): Promise<void> {
    try {
      const backups = await this.list(workbookId);
      for (const backup of backupsToPrune(backups, this.now())) {
        await this.fs.remove(path.join(this.dir, infoFileName(backup.id)));
        await this.fs.remove(path.join(this.dir, snapshotFileName(backup.id)));
      }
    } catch {
      // Left for the next write.
    }
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(0);
}
