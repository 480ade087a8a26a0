import type { BackupInfo } from '../../../../shared/backups/backup-info';
import { recordTotal } from '../../../../shared/backups/backup-info';

/**
 * Which backup to offer when a workbook opens empty: the newest of its own backups that holds
 * anything; failing that, when it is the only workbook on this computer (its data may have been
 * lost with the rest, as when the browser profile or data folder changed), the newest backup of
 * any workbook that holds anything.
 */
export function restoreCandidate(
  workbookId: string,
  backups: readonly BackupInfo[],
  onlyWorkbook: boolean,
): BackupInfo | undefined {
  const newestFirst = [...backups]
    .filter((backup) => recordTotal(backup) > 0 && (backup.counts.partners ?? 0) > 0)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const own = newestFirst.find((backup) => backup.workbookId === workbookId);
  if (own) return own;
  return onlyWorkbook ? newestFirst[0] : undefined;
}
