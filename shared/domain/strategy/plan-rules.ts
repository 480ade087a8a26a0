import type { IsoDate } from './iso-date';
import type { PlanStatus } from './partner-plan';
import { periodContains, periodsOverlap, type Period } from './period';

/**
 * The rules that keep a partner's plans in order: one plan per period (periods never overlap),
 * at most one plan in progress, and earlier plans kept read-only once a later one has started or
 * they are completed. A draft for next year may be written while this year's plan runs.
 */

/** The fields of a plan the rules look at. */
export interface PlanHeader {
  id: string;
  partnerId: string;
  period: Period;
  status: PlanStatus;
}

/** Why a plan cannot be saved as it stands, naming the plan it clashes with. */
export type PlanRuleIssue =
  | { kind: 'another-plan-in-progress'; planId: string }
  | { kind: 'overlapping-period'; planId: string };

/** The clashes a new or edited plan has with the partner's other plans; empty when it may be saved. */
export function checkPlanRules(plan: PlanHeader, plans: readonly PlanHeader[]): PlanRuleIssue[] {
  const issues: PlanRuleIssue[] = [];
  for (const other of plans) {
    if (other.id === plan.id || other.partnerId !== plan.partnerId) continue;
    if (plan.status === 'in-progress' && other.status === 'in-progress') {
      issues.push({ kind: 'another-plan-in-progress', planId: other.id });
    }
    if (periodsOverlap(plan.period, other.period)) {
      issues.push({ kind: 'overlapping-period', planId: other.id });
    }
  }
  return issues;
}

/** Whether a plan may be edited, and if not, why. */
export type PlanEditability =
  | { readOnly: false }
  | { readOnly: true; reason: 'completed' }
  | { readOnly: true; reason: 'superseded'; byPlanId: string };

/** A plan is read-only once completed, or once a later plan of the partner is under way or done. */
export function planEditability(plan: PlanHeader, plans: readonly PlanHeader[]): PlanEditability {
  if (plan.status === 'completed') return { readOnly: true, reason: 'completed' };
  const later = plans.find(
    (other) =>
      other.id !== plan.id &&
      other.partnerId === plan.partnerId &&
      other.period.start > plan.period.start &&
      (other.status === 'in-progress' || other.status === 'completed'),
  );
  return later === undefined
    ? { readOnly: false }
    : { readOnly: true, reason: 'superseded', byPlanId: later.id };
}

// Latest period first, then by id, so that a pick among clashing plans (say, after a merge)
// is the same on every machine.
function byRecency(a: PlanHeader, b: PlanHeader): number {
  if (a.period.start !== b.period.start) return a.period.start > b.period.start ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The partner's plan in progress, if any (the latest, should a merge have brought in two). */
export function activePlan<P extends PlanHeader>(plans: readonly P[]): P | undefined {
  return plans.filter((plan) => plan.status === 'in-progress').sort(byRecency)[0];
}

/** The plan whose period holds `date`, preferring one in progress; undefined when none does. */
export function planCovering<P extends PlanHeader>(
  plans: readonly P[],
  date: IsoDate,
): P | undefined {
  const covering = plans.filter((plan) => periodContains(plan.period, date)).sort(byRecency);
  return covering.find((plan) => plan.status === 'in-progress') ?? covering[0];
}
