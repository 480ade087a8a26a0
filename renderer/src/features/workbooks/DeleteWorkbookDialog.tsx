import { useEffect, useRef, useState } from 'react';
import { PARTNERBOOK_EXTENSION } from '../../../../shared/files/partnerbook/format';
import { useHost } from '../../app/workbook-context';
import { useWorkbookActions } from '../../app/workbooks-context';
import { HostError } from '../../host/host';
import { Dialog } from '../../ui/Dialog';
import { exportPartnerbookFile } from '../files/partnerbook-client';
import { backupFileName } from './backup-name';

interface DeleteWorkbookDialogProps {
  dbName: string;
  name: string;
  onClose: () => void;
}

/**
 * Deletes a local workbook, but only after its backup file is saved: if the backup is not written
 * (cancelled or failed), nothing is deleted.
 */
export function DeleteWorkbookDialog({ dbName, name, onClose }: DeleteWorkbookDialogProps) {
  const host = useHost();
  const { remove } = useWorkbookActions();
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({
    busy: false,
    message: null,
  });
  // Set while the finished backup waits for a click to open the browser's save dialog.
  const [ready, setReady] = useState(false);
  const answer = useRef<((clicked: boolean) => void) | null>(null);
  const askToSave = () =>
    new Promise<boolean>((resolve) => {
      answer.current = (clicked) => {
        answer.current = null;
        setReady(false);
        resolve(clicked);
      };
      setReady(true);
      setState({ busy: true, message: 'The backup file is ready to save.' });
    });
  // Closing the dialog while the backup waits saves nothing, and so deletes nothing.
  useEffect(() => () => answer.current?.(false), []);
  const close = () => {
    answer.current?.(false);
    onClose();
  };
  const run = async () => {
    setState({ busy: true, message: 'Writing the backup file…' });
    try {
      // The worker's chunks as they are: a workbook of any size, never one string or buffer.
      const { chunks } = await exportPartnerbookFile(dbName);
      const saved = await host.saveBytes({
        suggestedName: backupFileName(name, new Date()),
        parts: chunks,
        filters: [{ name: 'Partner Workbook', extensions: [PARTNERBOOK_EXTENSION] }],
        askToSave,
      });
      if (!saved.saved) {
        setState({ busy: false, message: 'No backup was saved, so the workbook was kept.' });
        return;
      }
      await remove(dbName);
      onClose();
    } catch (error) {
      setState({
        busy: false,
        message:
          error instanceof HostError
            ? `${error.message} The workbook was kept.`
            : 'The backup could not be written, so the workbook was kept.',
      });
    }
  };
  return (
    <Dialog title={`Delete “${name}”?`} onClose={close}>
      <p>
        The workbook and everything in it is removed from this computer. A backup file is saved
        first; open it later to get the workbook back.
      </p>
      {state.message ? <p role="status">{state.message}</p> : null}
      <div className="dialog-actions">
        {ready ? (
          <button type="button" className="primary" onClick={() => answer.current?.(true)}>
            Save the backup…
          </button>
        ) : (
          <button type="button" className="danger" disabled={state.busy} onClick={() => void run()}>
            Save backup and delete
          </button>
        )}
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
