/**
 * Handlers for the backups: channels. The renderer uploads a snapshot it encoded, in pieces
 * (transfers/uploads.ts), and never names a path: the folder is fixed (userData/backups) and a
 * backup is read only by an id that the contract's schema has already limited to letters, digits
 * and dashes. A snapshot is read back in pieces too (transfers/downloads.ts).
 * Runs in the Electron main process; the folder is passed in, so tests use an in-memory one.
 */
import { MAX_TRANSFER_BYTES } from '../../../shared/ipc/contract';
import type { BackupFolder } from '../backups/backup-folder';
import type { Downloads } from '../transfers/downloads';
import type { Uploads } from '../transfers/uploads';
import { fail, ok, type IpcHandlers } from './register';

type BackupChannels =
  'backups:begin-backup' | 'backups:commit-backup' | 'backups:list-backups' | 'backups:read-backup';

/** What the backups handlers need. */
export interface BackupsHandlerDeps {
  folder: Pick<BackupFolder, 'prepare' | 'commit' | 'list' | 'snapshotPath'>;
  uploads: Uploads;
  downloads: Downloads;
}

/** The handlers for the backups: channels; S is the sender, whose id owns its transfers. */
export function createBackupsHandlers<S extends { readonly id: number }>(
  deps: BackupsHandlerDeps,
): Pick<IpcHandlers<S>, BackupChannels> {
  const { folder, uploads, downloads } = deps;
  return {
    'backups:begin-backup': async ({ size, ...backup }, sender) => {
      const prepared = await folder.prepare(backup, size);
      if (!prepared.ok) return prepared;
      return uploads.begin(sender.id, {
        purpose: { kind: 'backup', backup },
        label: `The backup of “${backup.workbookName}”`,
        temporary: prepared.value,
        size,
      });
    },
    'backups:commit-backup': async ({ token }, sender) => {
      const finished = await uploads.finish(sender.id, token, 'backup');
      if (!finished.ok) return finished;
      const { temporary, size, purpose } = finished.value;
      return folder.commit(temporary, size, purpose.backup);
    },
    'backups:list-backups': async ({ workbookId }) => {
      try {
        return ok(await folder.list(workbookId));
      } catch {
        return fail('io-error', 'The backups folder could not be read.');
      }
    },
    'backups:read-backup': async ({ id }, sender) => {
      const opened = await downloads.open(sender.id, folder.snapshotPath(id), MAX_TRANSFER_BYTES);
      return opened.ok
        ? opened
        : fail(opened.error.code, 'That backup could not be read; it may have been removed.');
    },
  };
}
