import { addDays, addMonths, daysBetween } from './iso-date';
import type { Objective } from './partner-plan';
import { periodQuarters, type Period } from './period';

/**
 * Starting the next plan from the last one: the period that follows it, and its objectives
 * carried over. Copied objectives keep what they aim at (title, goal, measure, unit, owners,
 * quarterly targets as a starting point) and drop what belonged to the old period: actuals and
 * status. Dropped objectives stay behind.
 */

// Whole months when the period starts on the 1st and ends on a month's last day; else undefined.
function wholeMonths(period: Period): number | undefined {
  if (!period.start.endsWith('-01') || addDays(period.end, 1).slice(8) !== '01') return undefined;
  const months = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  return months(period.end) - months(period.start) + 1;
}

/** The period right after `period`, as long: a calendar year follows a year, 90 days follow 90. */
export function followingPeriod(period: Period): Period {
  const start = addDays(period.end, 1);
  const months = wholeMonths(period);
  const end =
    months === undefined
      ? addDays(start, daysBetween(period.start, period.end))
      : addDays(addMonths(start, months), -1);
  return { start, end };
}

/** The objectives a new plan for `period` starts with, copied from an earlier plan's. */
export function copyObjectives(
  objectives: readonly Objective[],
  period: Period,
  newId: () => string,
): Objective[] {
  const quarterCount = periodQuarters(period).length;
  return objectives
    .filter((objective) => objective.status !== 'dropped')
    .map((objective) => ({
      ...objective,
      id: newId(),
      status: 'not-started',
      quarters: objective.quarters
        .filter((figure) => figure.quarter <= quarterCount)
        .map(({ quarter, target }) => ({ quarter, target })),
    }));
}
