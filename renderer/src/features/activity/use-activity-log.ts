import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useWorkbook } from '../../app/workbook-context';
import type { ActivityFilter } from '../../db/repos/activity-repo';
import { LogWindow, type LogSnapshot } from './log-window';

/**
 * The log's window for a filter, refreshed when activities change (or partners: a merge or a
 * partner's undo brings activities back, and a rename changes the names shown).
 */
export function useActivityLog(filter: ActivityFilter): {
  log: LogWindow;
  snapshot: LogSnapshot;
} {
  const { activities, changes } = useWorkbook();
  const { partnerId, period } = filter;
  const start = period?.start;
  const end = period?.end;
  const log = useMemo(
    () =>
      new LogWindow(activities, {
        partnerId,
        period: start !== undefined && end !== undefined ? { start, end } : undefined,
      }),
    [activities, partnerId, start, end],
  );
  useEffect(
    () =>
      changes.subscribe(({ table }) => {
        if (table === 'activities' || table === 'partners') log.reload();
      }),
    [changes, log],
  );
  const snapshot = useSyncExternalStore(log.subscribe, log.getSnapshot);
  return { log, snapshot };
}
