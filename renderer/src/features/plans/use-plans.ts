import { useLiveQuery } from 'dexie-react-hooks';
import type { CompanyGoal } from '../../../../shared/domain/strategy/company-goal';
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

/** Everything the plan view shows, read at once so that it renders once, not per table. */
export interface PlanViewData {
  /** Null when the partner is gone. */
  partnerName: string | null;
  /** Latest period first. */
  plans: PartnerPlan[];
  goals: CompanyGoal[];
}

/** The partner's name, its plans and the company goals, live; undefined while loading. */
export function usePlanViewData(partnerId: string): PlanViewData | undefined {
  const { partners, plans, companyGoals } = useWorkbook();
  return useLiveQuery(async () => {
    const [partner, partnerPlans, goals] = await Promise.all([
      partners.get(partnerId),
      plans.plansOf(partnerId),
      companyGoals.list(),
    ]);
    return { partnerName: partner?.name ?? null, plans: partnerPlans, goals };
  }, [partners, plans, companyGoals, partnerId]);
}
