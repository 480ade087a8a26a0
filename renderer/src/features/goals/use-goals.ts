import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CompanyGoal } from '../../../../shared/domain/strategy/company-goal';
import { goalCoverage } from '../../../../shared/domain/strategy/goal-coverage';
import {
  objectiveProgress,
  type ObjectiveProgress,
} from '../../../../shared/domain/strategy/objective-progress';
import type { Objective, PartnerPlan } from '../../../../shared/domain/strategy/partner-plan';
import { useWorkbook } from '../../app/workbook-context';

/** Every company goal, by the start of its period, live; undefined while loading. */
export function useCompanyGoals(): CompanyGoal[] | undefined {
  const { companyGoals } = useWorkbook();
  return useLiveQuery(() => companyGoals.list(), [companyGoals]);
}

/** A partner objective that serves a goal, with where it stands. */
export interface GoalServing {
  partnerId: string;
  /** Null when the partner was deleted. */
  partnerName: string | null;
  plan: PartnerPlan;
  objective: Objective;
  progress: ObjectiveProgress;
}

/** Every plan with the names of their partners, live. */
function usePlansWithNames() {
  const { plans, partners } = useWorkbook();
  return useLiveQuery(async () => {
    const all = await plans.list();
    const names = new Map<string, string>();
    for (const id of new Set(all.map((plan) => plan.partnerId))) {
      const partner = await partners.get(id);
      if (partner) names.set(id, partner.name);
    }
    return { all, names };
  }, [plans, partners]);
}

/** For each goal, the partner objectives that serve it; undefined while loading. */
export function useGoalServings(
  goals: readonly CompanyGoal[] | undefined,
  today: string,
): Map<string, GoalServing[]> | undefined {
  const loaded = usePlansWithNames();
  return useMemo(() => {
    if (!loaded || !goals) return undefined;
    const report = goalCoverage(goals, loaded.all);
    const plansById = new Map(loaded.all.map((plan) => [plan.id, plan]));
    const servings = new Map<string, GoalServing[]>();
    for (const { goalId, objectives } of report.goals) {
      servings.set(
        goalId,
        objectives.flatMap((ref) => {
          const plan = plansById.get(ref.planId);
          const objective = plan?.objectives.find((o) => o.id === ref.objectiveId);
          if (!plan || !objective) return [];
          return [
            {
              partnerId: plan.partnerId,
              partnerName: loaded.names.get(plan.partnerId) ?? null,
              plan,
              objective,
              progress: objectiveProgress(objective, plan.period, today),
            },
          ];
        }),
      );
    }
    return servings;
  }, [loaded, goals, today]);
}
