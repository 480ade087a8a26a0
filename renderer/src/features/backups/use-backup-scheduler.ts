import { useEffect } from 'react';
import { userMessage } from '../../../../shared/util/user-message';
import { flushPendingWrites, hasPendingWrites } from '../../db/pending-writes';
import type { Workbook } from '../../db/workbook';
import type { Host } from '../../host/host';
import { takeBackup } from './backup-client';
import { BackupScheduler } from './backup-scheduler';

/**
 * Backs the open workbook up every 15 minutes while it changes, and when the app closes: the
 * close first saves edits still pending, then writes the backup, then lets the window go.
 */
export function useBackupScheduler(
  host: Host,
  workbook: Workbook,
  report: (message: string) => void,
): void {
  useEffect(() => {
    if (!host.backups.available) return host.onBeforeClose(flushPendingWrites, hasPendingWrites);
    const scheduler = new BackupScheduler({
      onChange: (listener) => workbook.changes.subscribe(listener),
      backUp: (reason) => takeBackup(host, workbook, reason),
      onError: (error) => {
        report(userMessage(error, 'The automatic backup was not written; it will be tried again.'));
      },
    });
    const stopFlushing = host.onBeforeClose(async () => {
      await flushPendingWrites();
      await scheduler.flush();
    }, hasPendingWrites);
    return () => {
      stopFlushing();
      scheduler.dispose();
    };
  }, [host, workbook, report]);
}
