import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/backups/backup-info';
import { userMessage } from '../../../../shared/util/user-message';
import type { Host } from '../../host/host';

/** The backups list as a screen shows it: loading, the backups, or why they could not be read. */
export type BackupList =
  | { state: 'loading' }
  | { state: 'ready'; backups: BackupInfo[] }
  | { state: 'failed'; message: string };

/** Lists the backups (of one workbook, if given); `reload` reads them again. */
export function useBackups(host: Host, workbookId?: string) {
  const [list, setList] = useState<BackupList>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    host.backups.list(workbookId).then(
      (backups) => {
        if (live) setList({ state: 'ready', backups });
      },
      (error: unknown) => {
        if (live) {
          setList({
            state: 'failed',
            message: userMessage(error, 'The backups could not be read.'),
          });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [host, workbookId, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { list, reload };
}
