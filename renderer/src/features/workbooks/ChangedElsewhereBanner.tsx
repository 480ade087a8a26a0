import { useSyncExternalStore } from 'react';
import { useWorkbook } from '../../app/workbook-context';

/**
 * Shown once another window has upgraded (or deleted) this workbook: this window's connection is
 * closed (see db/connection-watch.ts), so it says why nothing more is saved and offers a reload.
 */
export function ChangedElsewhereBanner() {
  const { connection } = useWorkbook();
  const state = useSyncExternalStore(connection.subscribe, connection.getSnapshot);
  if (state === 'open') return null;
  return (
    <div className="notice changed-elsewhere" role="alert">
      <p>
        This workbook was updated in another Partner Workbook window. Reload this window to keep
        working; nothing more is saved here until you do.
      </p>
      <button
        type="button"
        className="primary"
        onClick={() => {
          window.location.reload();
        }}
      >
        Reload
      </button>
    </div>
  );
}
