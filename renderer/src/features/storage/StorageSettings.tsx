import { useEffect, useState } from 'react';
import { storageState, type StorageState } from './storage-room';

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Whether the browser keeps the workbooks when space runs low, and how much room they take. */
export function StorageSettings() {
  const [state, setState] = useState<StorageState | undefined>();
  useEffect(() => {
    let live = true;
    void storageState().then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <section className="settings-section" aria-labelledby="storage-title">
      <h3 id="storage-title">Storage</h3>
      {state === undefined ? <p className="muted">Checking the storage…</p> : null}
      {state?.persisted === true ? (
        <p>Kept: the browser engine will not clear your workbooks to free disk space.</p>
      ) : null}
      {state?.persisted === false ? (
        <p role="alert">
          Not guaranteed: the browser engine may clear your workbooks when the disk runs low. Keep
          backups, and save important workbooks as files.
        </p>
      ) : null}
      {state && state.persisted === undefined ? (
        <p>This browser does not say whether it keeps your workbooks when space runs low.</p>
      ) : null}
      {state?.usage !== undefined && state.quota !== undefined ? (
        <p>
          Using {mb(state.usage)} of the {mb(state.quota)} Partner Workbook may use on this disk.
        </p>
      ) : null}
    </section>
  );
}
