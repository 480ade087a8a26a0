import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/backups/backup-info';
import { useHost, useWorkbook } from '../../app/workbook-context';
import { useWorkbookActions } from '../../app/workbooks-context';
import { useUiActions } from '../../state/ui-selectors';
import { Dialog } from '../../ui/Dialog';
import { toTask } from '../files/file-actions';
import { TaskDialog } from '../files/TaskDialog';
import { useFileTask } from '../files/use-file-task';
import { restoreBackup } from './backup-client';
import { countSummary } from './backup-labels';
import { restoreCandidate } from './restore-candidate';

/**
 * At start, a workbook that opens with no partners while a backup holds some offers to restore
 * it, with a clear message instead of an empty screen: data lost to a changed profile or folder,
 * or a damaged database, comes back in one step.
 */
export function RestoreOffer() {
  const host = useHost();
  const workbook = useWorkbook();
  const actions = useWorkbookActions();
  const { openView } = useUiActions();
  const [offer, setOffer] = useState<BackupInfo | null>(null);
  const { task, run, cancel } = useFileTask();

  useEffect(() => {
    if (!host.backups.available) return;
    const mounted = { live: true };
    void (async () => {
      if (await workbook.partners.hasAny()) return;
      const [backups, workbooks] = await Promise.all([host.backups.list(), actions.list()]);
      const candidate = restoreCandidate(workbook.meta.workbookId, backups, workbooks.length <= 1);
      if (mounted.live && candidate) setOffer(candidate);
    })().catch(() => undefined);
    return () => {
      mounted.live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per opened workbook: the session's actions change identity on every render
  }, [host, workbook]);

  if (task) return <TaskDialog task={task} onCancel={cancel} />;
  if (!offer) return null;
  const when = new Date(offer.createdAt).toLocaleString();
  const restore = () => {
    setOffer(null);
    void run('Restoring the backup', async (signal, progress) => {
      const result = await restoreBackup(host, offer, { signal, onProgress: toTask(progress) });
      if (!result.ok) return result.message;
      await actions.replaceCurrent(result.dbName);
      return `Restored “${offer.workbookName}” from the backup of ${when}.`;
    });
  };
  return (
    <Dialog title="This workbook is empty" onClose={() => setOffer(null)}>
      <p>
        A backup of “{offer.workbookName}” from {when} holds {countSummary(offer)}. Restore it into
        this workbook?
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={restore}>
          Restore the backup
        </button>
        <button
          type="button"
          onClick={() => {
            setOffer(null);
            openView({ name: 'backups' });
          }}
        >
          See all backups
        </button>
        <button type="button" onClick={() => setOffer(null)}>
          Start empty
        </button>
      </div>
    </Dialog>
  );
}
