import { useLiveQuery } from 'dexie-react-hooks';
import type { ActivityCounts } from '../../../../shared/domain/people/activity-counts';
import type { BalanceTarget } from '../../../../shared/domain/people/balance-target';
import { useWorkbook } from '../../app/workbook-context';

/** The target activity mix from the settings, live; undefined while it loads. */
export function useBalanceTarget(): BalanceTarget | undefined {
  const { settings } = useWorkbook();
  return useLiveQuery(() => settings.balanceTarget(), [settings]);
}

/**
 * The stored activity counts a balance needs, live: one partner's (every year), or every
 * partner's for the year. Undefined while they load.
 */
export function useActivityCounts(
  year: number,
  partnerId: string | undefined,
): ActivityCounts[] | undefined {
  const { activities } = useWorkbook();
  return useLiveQuery(
    () =>
      partnerId === undefined
        ? activities.countsOfYear(year)
        : activities.countsOfPartner(partnerId),
    [activities, year, partnerId],
  );
}

/** The names of the partners shown, live (a rename shows at once). */
export function usePartnerNames(ids: readonly string[]): Map<string, string> | undefined {
  const { activities } = useWorkbook();
  const key = ids.join(' ');
  return useLiveQuery(
    () => activities.partnerNames(key === '' ? [] : key.split(' ')),
    [activities, key],
  );
}
