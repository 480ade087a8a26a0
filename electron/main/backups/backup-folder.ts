/**
 * The backups folder under userData: each backup is a `.partnerbook` snapshot and a description
 * (shared/backups/backup-info.ts). The snapshot comes in pieces into a temporary file
 * (transfers/uploads.ts), flushed to disk before it is renamed into place; then its description
 * is written the same way, so that a crash never leaves half a backup that looks whole. After
 * each backup the workbook's backups are pruned to the retention rule (the last 10, one a day for
 * 14 days). Runs in the Electron main process; the file system and clock are passed in.
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
import type { IpcResult } from '../../../shared/ipc/contract';
import { describeFileError, errorCode, randomSuffix } from '../file-io';
import { fail, ok } from '../ipc/register';
import type { BackupFileSystem } from './backup-files';

/** Room a backup leaves free on the disk beyond its own size (64 MiB). */
export const FREE_SPACE_MARGIN = 64 * 1024 * 1024;

/** A backup as the renderer describes it; the folder decides its id, time and size. */
export type BackupDescription = Pick<
  BackupInfo,
  'workbookId' | 'workbookName' | 'counts' | 'reason'
>;

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

  /**
   * Makes room for a backup's snapshot of `size` bytes: the folder exists and the disk has room
   * for it and then some. Resolves to the temporary file the snapshot is to be written to.
   */
  async prepare(backup: BackupDescription, size: number): Promise<IpcResult<string>> {
    const needed = size + FREE_SPACE_MARGIN;
    try {
      await this.fs.makeDirectory(this.dir);
      const free = await this.fs.freeBytes(this.dir);
      if (free < needed) {
        return fail(
          'no-space',
          `The backup of “${backup.workbookName}” was not written: the disk has ${megabytes(free)} MB free, and it needs ${megabytes(needed)} MB. Free some space; your workbook itself is unchanged.`,
        );
      }
    } catch (error) {
      return fail(
        'io-error',
        `The backup of “${backup.workbookName}” could not be written because ${describeFileError(error)}.`,
      );
    }
    return ok(path.join(this.dir, `.backup.${this.uniqueSuffix()}.partnerbook.tmp`));
  }

  /**
   * Makes a backup of a snapshot of `size` bytes written whole and flushed to `temporary` (which
   * is deleted if it cannot be), then prunes that workbook's older ones; resolves to its
   * description.
   */
  async commit(
    temporary: string,
    size: number,
    backup: BackupDescription,
  ): Promise<IpcResult<BackupInfo>> {
    const info = describeBackup(backup, size, this.now());
    const snapshot = this.snapshotPath(info.id);
    try {
      // The snapshot first: a description is only ever written for a snapshot that is whole.
      await this.fs.rename(temporary, snapshot);
    } catch (error) {
      await this.fs.remove(temporary).catch(() => undefined);
      return this.writeFailed(info, error);
    }
    try {
      await this.writeFlushed(
        infoFileName(info.id),
        new TextEncoder().encode(JSON.stringify(info)),
      );
    } catch (error) {
      // A snapshot without its description is never listed: it would only take room.
      await this.fs.remove(snapshot).catch(() => undefined);
      return this.writeFailed(info, error);
    }
    await this.prune(info.workbookId);
    return ok(info);
  }

  /** Where a backup's snapshot is, by id (already checked against backupIdSchema). */
  snapshotPath(id: string): string {
    return path.join(this.dir, snapshotFileName(id));
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

  private writeFailed(info: BackupInfo, error: unknown): IpcResult<never> {
    return fail(
      'io-error',
      `The backup of “${info.workbookName}” could not be written because ${describeFileError(error)}.`,
    );
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
