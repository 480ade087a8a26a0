import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/backups/backup-info';
import { userMessage } from '../../../../shared/util/user-message';
import type { WorkbookRegistry } from '../../db/registry/workbook-registry';
import type { Host } from '../../host/host';
import { restoreBackup } from './backup-client';
import { countSummary } from './backup-labels';

interface StartupRecoveryProps {
  host: Host;
  registry: WorkbookRegistry;
  /** Starts the app again once a backup is restored (a page reload). */
  restart: () => void;
}

/**
 * When the workbook fails to open at start, the newest backups, each restorable as a workbook
 * of its own that then opens: the way back when a database is damaged beyond opening.
 */
export function StartupRecovery({ host, registry, restart }: StartupRecoveryProps) {
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (!host.backups.available) return;
    let live = true;
    host.backups.list().then(
      (found) => {
        if (live) setBackups(found.slice(0, 5));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);
  if (backups.length === 0) return null;
  const restore = async (backup: BackupInfo) => {
    setBusy(true);
    setMessage('Restoring the backup…');
    try {
      const name = `${backup.workbookName} (restored)`;
      const result = await restoreBackup(host, backup, { name });
      if (!result.ok) {
        setMessage(result.message);
        return;
      }
      await registry.opened(result.dbName, name);
      restart();
    } catch (error) {
      setMessage(userMessage(error, 'That backup could not be restored; try another one.'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="recovery-title">
      <h2 id="recovery-title">Restore from a backup</h2>
      <p>Your newest backups can each open as a workbook of its own:</p>
      <ul>
        {backups.map((backup) => (
          <li key={backup.id}>
            “{backup.workbookName}”, {new Date(backup.createdAt).toLocaleString()}:{' '}
            {countSummary(backup)}{' '}
            <button type="button" disabled={busy} onClick={() => void restore(backup)}>
              Restore this backup
            </button>
          </li>
        ))}
      </ul>
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
