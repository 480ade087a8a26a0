import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/backups/backup-info';
import { useHost, useWorkbook } from '../../app/workbook-context';
import { useWorkbookActions } from '../../app/workbooks-context';
import { Dialog } from '../../ui/Dialog';
import { toTask } from '../files/file-actions';
import { TaskDialog } from '../files/TaskDialog';
import { useFileTask } from '../files/use-file-task';
import { useWorkbookName } from '../workbooks/use-workbooks';
import { restoreBackup, takeBackup } from './backup-client';
import { countSummary, REASON_LABELS, sizeText } from './backup-labels';
import { BackupPreview } from './BackupPreview';
import './backups.css';
import { useBackups } from './use-backups';

const when = (backup: BackupInfo) => new Date(backup.createdAt).toLocaleString();

/** The backups of this workbook (or every workbook): preview, back up now, restore. */
export function BackupsScreen() {
  const host = useHost();
  const workbook = useWorkbook();
  const actions = useWorkbookActions();
  const workbookName = useWorkbookName();
  const [everyWorkbook, setEveryWorkbook] = useState(false);
  const { list, reload } = useBackups(host, everyWorkbook ? undefined : workbook.meta.workbookId);
  const { task, run, cancel } = useFileTask();
  const [preview, setPreview] = useState<BackupInfo | null>(null);
  const [over, setOver] = useState<BackupInfo | null>(null);

  if (!host.backups.available) {
    return (
      <section className="backups-screen">
        <h2>Backups</h2>
        <p role="alert">
          This browser cannot keep backups. Save the workbook as a file from the File menu to keep a
          copy.
        </p>
      </section>
    );
  }

  const backUpNow = () =>
    run('Backing up', async () => {
      const info = await takeBackup(host, workbook, 'manual');
      reload();
      return `Backed up “${info.workbookName}”: ${countSummary(info)}.`;
    });
  const restoreAsNew = (backup: BackupInfo) =>
    run('Restoring the backup', async (signal, progress) => {
      const name = `${backup.workbookName} (restored)`;
      const result = await restoreBackup(host, backup, {
        signal,
        onProgress: toTask(progress),
        name,
      });
      if (!result.ok) return result.message;
      await actions.switchTo(result.dbName);
      return `Restored the backup from ${when(backup)} as the workbook “${name}”.`;
    });
  const restoreOver = (backup: BackupInfo) =>
    run('Restoring the backup', async (signal, progress) => {
      progress('Backing up the workbook as it is now');
      await takeBackup(host, workbook, 'before-restore');
      const result = await restoreBackup(host, backup, { signal, onProgress: toTask(progress) });
      if (!result.ok) return result.message;
      await actions.replaceCurrent(result.dbName);
      return `Restored the backup from ${when(backup)}. The workbook as it was before is kept as a backup.`;
    });

  return (
    <section className="backups-screen">
      <h2>Backups</h2>
      <p className="muted">
        {host.kind === 'electron'
          ? 'Kept in the backups folder of your Partner Workbook data.'
          : 'Kept in this browser’s private storage for the app.'}{' '}
        Each workbook is backed up every 15 minutes while it changes and when you quit; the last 10
        and one a day for 14 days are kept.
      </p>
      <div className="backups-toolbar">
        <button type="button" className="primary" onClick={() => void backUpNow()}>
          Back up now
        </button>
        <label>
          <input
            type="checkbox"
            checked={everyWorkbook}
            onChange={(event) => setEveryWorkbook(event.target.checked)}
          />{' '}
          Show backups of every workbook
        </label>
      </div>
      {list.state === 'loading' ? <p className="muted">Reading the backups…</p> : null}
      {list.state === 'failed' ? <p role="alert">{list.message}</p> : null}
      {list.state === 'ready' && list.backups.length === 0 ? (
        <p>
          No backups yet{everyWorkbook ? '' : ` of “${workbookName}”`}. The first is written 15
          minutes after a change, or now with “Back up now”.
        </p>
      ) : null}
      {list.state === 'ready' && list.backups.length > 0 ? (
        <table className="backups-table">
          <caption>
            {everyWorkbook ? 'Backups of every workbook' : `Backups of “${workbookName}”`}, newest
            first
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Workbook</th>
              <th scope="col">Why</th>
              <th scope="col">Size</th>
              <th scope="col">Holds</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.backups.map((backup) => (
              <tr key={backup.id}>
                <th scope="row">{when(backup)}</th>
                <td>{backup.workbookName}</td>
                <td>{REASON_LABELS[backup.reason]}</td>
                <td>{sizeText(backup.bytes)}</td>
                <td>{countSummary(backup)}</td>
                <td className="backup-actions">
                  <button
                    type="button"
                    aria-label={`Preview the backup from ${when(backup)}`}
                    onClick={() => setPreview(backup)}
                  >
                    Preview
                  </button>
                  <button
                    type="button"
                    aria-label={`Restore the backup from ${when(backup)} as a new workbook`}
                    onClick={() => void restoreAsNew(backup)}
                  >
                    Restore as new workbook
                  </button>
                  {backup.workbookId === workbook.meta.workbookId ? (
                    <button
                      type="button"
                      aria-label={`Restore the backup from ${when(backup)} over this workbook`}
                      onClick={() => setOver(backup)}
                    >
                      Restore over this workbook
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {preview ? (
        <BackupPreview host={host} backup={preview} onClose={() => setPreview(null)} />
      ) : null}
      {over ? (
        <Dialog title={`Restore over “${workbookName}”?`} onClose={() => setOver(null)}>
          <p>
            The workbook will become the backup from {when(over)} ({countSummary(over)}). The
            workbook as it is now is backed up first, so you can go back to it from this screen.
          </p>
          <div className="dialog-actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                setOver(null);
                void restoreOver(over);
              }}
            >
              Restore over this workbook
            </button>
            <button type="button" onClick={() => setOver(null)}>
              Cancel
            </button>
          </div>
        </Dialog>
      ) : null}
      {task ? <TaskDialog task={task} onCancel={cancel} /> : null}
    </section>
  );
}
