/**
 * Taking a backup of the open workbook and restoring one: the snapshot is encoded in the
 * partnerbook worker and handed to the host's backups as its chunks of bytes; a restore opens the
 * snapshot as a new local workbook, the same path as opening a `.partnerbook` file.
 */
import type { BackupInfo, BackupReason } from '../../../../shared/backups/backup-info';
import type { PartnerbookProgressListener } from '../../../../shared/files/partnerbook/snapshot';
import { openWorkbook, type Workbook } from '../../db/workbook';
import type { Host } from '../../host/host';
import { exportPartnerbookFile, openPartnerbook } from '../files/partnerbook-client';
import { ensureRoomFor, ROOM_FACTOR } from '../storage/storage-room';

/** Writes a backup of the workbook; resolves to its description. */
export async function takeBackup(
  host: Host,
  workbook: Pick<Workbook, 'dbName' | 'meta' | 'metaRepo'>,
  reason: BackupReason,
): Promise<BackupInfo> {
  const { chunks, counts } = await exportPartnerbookFile(workbook.dbName);
  // The name as it is now (a rename since opening included).
  const meta = (await workbook.metaRepo.get()) ?? workbook.meta;
  return host.backups.write({
    workbookId: meta.workbookId,
    workbookName: meta.name,
    counts,
    reason,
    parts: chunks,
  });
}

/** The outcome of a restore: the new workbook's database, or why it was refused. */
export type RestoreOutcome = { ok: true; dbName: string } | { ok: false; message: string };

/** Opens a backup as a new local workbook (the caller switches to it). */
export async function restoreBackup(
  host: Host,
  backup: BackupInfo,
  options: { signal?: AbortSignal; onProgress?: PartnerbookProgressListener; name?: string } = {},
): Promise<RestoreOutcome> {
  await ensureRoomFor(backup.bytes * ROOM_FACTOR, 'Restoring the backup');
  const data = await host.backups.read(backup.id);
  const result = await openPartnerbook(
    data,
    `backup of ${backup.workbookName}`,
    options.onProgress,
    {
      signal: options.signal,
    },
  );
  if (result.ok) {
    if (options.name !== undefined) await renameWorkbook(result.dbName, options.name);
    return { ok: true, dbName: result.dbName };
  }
  const first = result.problems[0];
  return {
    ok: false,
    message: `That backup could not be restored${first ? `: ${first.message}` : '.'}`,
  };
}

// A restored copy beside the original gets a name of its own, so the switcher tells them apart.
async function renameWorkbook(dbName: string, name: string): Promise<void> {
  const restored = await openWorkbook(dbName);
  try {
    await restored.metaRepo.rename(name);
  } finally {
    restored.close();
  }
}
