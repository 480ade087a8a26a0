import { useLiveQuery } from 'dexie-react-hooks';
import type { PartnerPlan } from '../../../../shared/domain/strategy/partner-plan';
import { useWorkbook } from '../../app/workbook-context';

/**
 * What the plan screens read. A partner's plans come through the partnerId index alone, so that a
 * plan opens as fast in a workbook of ten thousand partners as in one of ten.
 */

/** A partner's plans, latest period first, live; undefined while loading. */
export function usePartnerPlans(partnerId: string): PartnerPlan[] | undefined {
  const { plans } = useWorkbook();
  return useLiveQuery(() => plans.plansOf(partnerId), [plans, partnerId]);
}

/** A partner's name, live; null when the partner is gone, undefined while loading. */
export function usePartnerName(partnerId: string): string | null | undefined {
  const { partners } = useWorkbook();
  return useLiveQuery(
    async () => (await partners.get(partnerId))?.name ?? null,
    [partners, partnerId],
  );
}
