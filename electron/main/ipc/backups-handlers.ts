/**
 * Handlers for the backups: channels. The renderer hands over a snapshot it encoded and never
 * names a path: the folder is fixed (userData/backups) and a backup is read only by an id that
 * the contract's schema has already limited to letters, digits and dashes.
 * Runs in the Electron main process; the folder is passed in, so tests use an in-memory one.
 */
import type { BackupFolder } from '../backups/backup-folder';
import { fail, ok, type IpcHandlers } from './register';

type BackupChannels = 'backups:write-backup' | 'backups:list-backups' | 'backups:read-backup';

/** The handlers for the backups: channels. */
export function createBackupsHandlers<S>(
  folder: Pick<BackupFolder, 'write' | 'list' | 'read'>,
): Pick<IpcHandlers<S>, BackupChannels> {
  return {
    'backups:write-backup': ({ workbookId, workbookName, counts, reason, bytes }) =>
      folder.write({ workbookId, workbookName, counts, reason, bytes }),
    'backups:list-backups': async ({ workbookId }) => {
      try {
        return ok(await folder.list(workbookId));
      } catch {
        return fail('io-error', 'The backups folder could not be read.');
      }
    },
    'backups:read-backup': ({ id }) => folder.read(id),
  };
}
