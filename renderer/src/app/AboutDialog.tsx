import { useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import { useHost } from './workbook-context';

/** About the app: version and where the data lives. A native modal dialog traps and returns focus. */
export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const host = useHost();
  const ref = useRef<HTMLDialogElement>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      host.getAppInfo().then(setInfo, () => setInfo(null));
    } else if (!open && dialog.open) dialog.close();
  }, [open, host]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="about-title" onClose={onClose}>
      <h2 id="about-title">Partner Workbook</h2>
      <p>An offline-first workbook for partner managers. Every record stays on this computer.</p>
      {info ? (
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Running on</dt>
          <dd>{info.platform}</dd>
          <dt>Data is kept in</dt>
          <dd>{info.userDataPath}</dd>
        </dl>
      ) : null}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
