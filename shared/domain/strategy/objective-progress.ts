import { noFigure, figure, type Figure } from './figure';
import type { IsoDate } from './iso-date';
import type { Objective } from './partner-plan';
import { elapsedShare, periodQuarters, type Period } from './period';

/**
 * An objective's progress: actual against target, and whether it is on track for the time gone.
 *
 * Cumulative objectives sum their quarters. What is expected by today is the target of every
 * quarter that has ended, plus the current quarter's target pro-rated by the days gone — but only
 * once an actual has been entered for it, since actuals are often entered when a quarter closes
 * and an empty running quarter is not yet behind. An ended quarter with no actual counts as 0.
 *
 * Level objectives (certified people, NPS) are judged by the latest actual against the target of
 * its quarter; the objective's target is its last quarter's. With no actual yet, the latest ended
 * quarter's target is what is expected.
 *
 * On track means actual ≥ expected; achieved means actual ≥ target.
 */

/** Where an objective stands against its targets. */
export type ObjectiveState = 'not-started' | 'no-target' | 'achieved' | 'on-track' | 'behind';

/** An objective's progress as of a day. */
export interface ObjectiveProgress {
  objectiveId: string;
  target: number;
  actual: number;
  /** What should have been reached by today, by the rules above. */
  expected: number;
  /** Actual as a share of target (1 = reached). */
  share: Figure<number, 'no-target'>;
  state: ObjectiveState;
}

function cumulative(objective: Objective, quarters: readonly Period[], today: IsoDate) {
  let target = 0;
  let actual = 0;
  let expected = 0;
  for (const entry of objective.quarters) {
    const quarter = quarters[entry.quarter - 1];
    if (quarter === undefined) continue;
    target += entry.target;
    actual += entry.actual ?? 0;
    if (today > quarter.end) expected += entry.target;
    else if (entry.actual !== undefined) expected += entry.target * elapsedShare(quarter, today);
  }
  return { target, actual, expected, hasTarget: objective.quarters.length > 0 && target > 0 };
}

function level(objective: Objective, quarters: readonly Period[], today: IsoDate) {
  const entries = objective.quarters
    .filter((entry) => quarters[entry.quarter - 1] !== undefined)
    .sort((a, b) => a.quarter - b.quarter);
  const last = entries.at(-1);
  const latestActual = entries.filter((entry) => entry.actual !== undefined).at(-1);
  const latestEnded = entries.filter((entry) => {
    const quarter = quarters[entry.quarter - 1];
    return quarter !== undefined && today > quarter.end;
  });
  const expected = latestActual?.target ?? latestEnded.at(-1)?.target ?? 0;
  return {
    target: last?.target ?? 0,
    actual: latestActual?.actual ?? 0,
    expected,
    hasTarget: last !== undefined,
  };
}

/**
 * An objective's progress within its plan's period, as of `today`. `quarters` are the period's
 * (periodQuarters); a caller judging several objectives of one plan passes them in, since working
 * them out is most of the cost when a dashboard judges thousands of plans.
 */
export function objectiveProgress(
  objective: Objective,
  planPeriod: Period,
  today: IsoDate,
  quarters: readonly Period[] = periodQuarters(planPeriod),
): ObjectiveProgress {
  const totals =
    objective.progressMode === 'level'
      ? level(objective, quarters, today)
      : cumulative(objective, quarters, today);
  const { target, actual, expected } = totals;
  const anyActual = objective.quarters.some((entry) => entry.actual !== undefined);
  let state: ObjectiveState;
  if (!totals.hasTarget) state = 'no-target';
  else if (today < planPeriod.start && !anyActual) state = 'not-started';
  else if (actual >= target) state = 'achieved';
  else state = actual >= expected ? 'on-track' : 'behind';
  return {
    objectiveId: objective.id,
    target,
    actual,
    expected,
    share: target === 0 ? noFigure('no-target') : figure(actual / target),
    state,
  };
}

/** The progress of a plan's live objectives (dropped ones left out), in the plan's order. */
export function planProgress(
  plan: { period: Period; objectives: readonly Objective[] },
  today: IsoDate,
): ObjectiveProgress[] {
  const quarters = periodQuarters(plan.period);
  return plan.objectives
    .filter((objective) => objective.status !== 'dropped')
    .map((objective) => objectiveProgress(objective, plan.period, today, quarters));
}

/** Whether any live objective of a plan is behind: what the dashboard lists. */
export function planIsBehind(
  plan: { period: Period; objectives: readonly Objective[] },
  today: IsoDate,
): boolean {
  return planProgress(plan, today).some((progress) => progress.state === 'behind');
}
