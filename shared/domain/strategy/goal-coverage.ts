import type { Objective } from './partner-plan';
import { periodsOverlap, type Period } from './period';

/**
 * Which company goals partner plans serve: for each goal, the objectives linked to it, and the
 * goals no objective serves at all. Dropped objectives do not count. It works for one plan (the
 * plan view) or for every plan (the dashboard); links to goals that no longer exist are listed so
 * the UI can offer to relink them.
 */

/** One objective of one plan, as a coverage report names it. */
export interface ObjectiveRef {
  planId: string;
  partnerId: string;
  objectiveId: string;
}

/** A goal and the objectives that serve it. */
export interface GoalCoverage {
  goalId: string;
  objectives: ObjectiveRef[];
}

/** Coverage of a set of goals by a set of plans. */
export interface CoverageReport {
  /** Every goal, in the order given, with the objectives serving it (none for an uncovered one). */
  goals: GoalCoverage[];
  /** The ids of goals no objective serves. */
  uncoveredGoalIds: string[];
  /** Objectives that name no company goal. */
  unlinked: ObjectiveRef[];
  /** Objectives linked to a goal that is not among the goals given. */
  unknownGoal: (ObjectiveRef & { goalId: string })[];
}

/** The fields of a plan coverage reads. */
export interface CoveragePlan {
  id: string;
  partnerId: string;
  objectives: readonly Pick<Objective, 'id' | 'companyGoalId' | 'status'>[];
}

/** How the given plans' objectives cover the given goals. */
export function goalCoverage(
  goals: readonly { id: string }[],
  plans: readonly CoveragePlan[],
): CoverageReport {
  const byGoal = new Map<string, ObjectiveRef[]>(goals.map((goal) => [goal.id, []]));
  const report: CoverageReport = { goals: [], uncoveredGoalIds: [], unlinked: [], unknownGoal: [] };
  for (const plan of plans) {
    for (const objective of plan.objectives) {
      if (objective.status === 'dropped') continue;
      const ref = { planId: plan.id, partnerId: plan.partnerId, objectiveId: objective.id };
      const goalId = objective.companyGoalId;
      if (goalId === undefined) report.unlinked.push(ref);
      else {
        const list = byGoal.get(goalId);
        if (list === undefined) report.unknownGoal.push({ ...ref, goalId });
        else list.push(ref);
      }
    }
  }
  for (const goal of goals) {
    const objectives = byGoal.get(goal.id) ?? [];
    report.goals.push({ goalId: goal.id, objectives });
    if (objectives.length === 0) report.uncoveredGoalIds.push(goal.id);
  }
  return report;
}

/** The goals whose period overlaps a plan's period: the ones a plan view checks coverage of. */
export function goalsForPeriod<G extends { period: Period }>(
  goals: readonly G[],
  period: Period,
): G[] {
  return goals.filter((goal) => periodsOverlap(goal.period, period));
}
