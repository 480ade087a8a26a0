import {
  partnerPlanSchema,
  type PartnerPlan,
} from '../../../../shared/domain/strategy/partner-plan';
import { periodLabel } from '../../../../shared/domain/strategy/period';
import {
  checkPlanRules,
  planEditability,
  type PlanEditability,
} from '../../../../shared/domain/strategy/plan-rules';
import type { Validated } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { partnerExists, StrategyStore, type WriteCheck } from './strategy-store';

/**
 * Partner plans. Every write keeps the rules of shared/domain/strategy/plan-rules.ts: one plan
 * per period (periods never overlap), at most one in progress, and a plan that is completed or
 * superseded by a later one is read-only: an edit to it is refused with a message saying why.
 */

/** Why a read-only plan cannot be edited, for people. */
export function readOnlyMessage(editability: PlanEditability): string | undefined {
  if (!editability.readOnly) return undefined;
  return editability.reason === 'completed'
    ? 'This plan is completed, so it is kept as it was and can no longer be edited.'
    : 'A later plan for this partner is under way, so this one is kept as it was and can no ' +
        'longer be edited.';
}

/** Reads and writes partner plans. */
export class PartnerPlanRepo {
  private readonly store: StrategyStore<PartnerPlan>;

  constructor(
    private readonly db: WorkbookDatabase,
    feed: ChangeFeed,
  ) {
    this.store = new StrategyStore(db, feed, 'partnerPlans', partnerPlanSchema);
  }

  /** A partner's plans, latest period first. */
  async plansOf(partnerId: string): Promise<PartnerPlan[]> {
    const plans = await this.db.partnerPlans.where('partnerId').equals(partnerId).toArray();
    return plans.sort((a, b) => (a.period.start < b.period.start ? 1 : -1));
  }

  /** Every plan of every partner: what the goals screen reads to show who serves each goal. */
  list(): Promise<PartnerPlan[]> {
    return this.store.table.toArray();
  }

  /** One plan, or undefined. */
  get(id: string): Promise<PartnerPlan | undefined> {
    return this.store.get(id);
  }

  /** Whether a plan may still be edited, and if not, why. */
  async editability(plan: PartnerPlan): Promise<PlanEditability> {
    return planEditability(plan, await this.plansOf(plan.partnerId));
  }

  // The partner exists, and the plan keeps the rules with the partner's other plans.
  private readonly rules: WriteCheck<PartnerPlan> = async (plan, previous) => {
    const missing = await partnerExists<PartnerPlan>(this.db)(plan, previous);
    if (missing !== undefined) return missing;
    const others = await this.db.partnerPlans.where('partnerId').equals(plan.partnerId).toArray();
    if (previous) {
      const readOnly = readOnlyMessage(planEditability(previous, others));
      if (readOnly !== undefined) return readOnly;
      if (previous.partnerId !== plan.partnerId) return 'A plan cannot move to another partner.';
    }
    const [issue] = checkPlanRules(plan, others);
    if (!issue) return undefined;
    const other = others.find((item) => item.id === issue.planId);
    const which = other ? ` (${periodLabel(other.period)})` : '';
    return issue.kind === 'another-plan-in-progress'
      ? `Another plan for this partner${which} is in progress; complete it before starting this one.`
      : `This plan’s period overlaps another plan for this partner${which}; each period has one plan.`;
  };

  /** Validates and creates a plan, keeping the plan rules. */
  create(fields: unknown): Promise<Validated<PartnerPlan>> {
    return this.store.create(fields, this.rules);
  }

  /** Validates and replaces a plan's fields; refused for a read-only plan. */
  update(id: string, fields: unknown): Promise<Validated<PartnerPlan>> {
    return this.store.update(id, fields, this.rules);
  }

  /** Deletes a plan (with a tombstone) and returns it for undo. */
  remove(id: string): Promise<PartnerPlan | undefined> {
    return this.store.remove(id);
  }

  /** Puts back a deleted plan. */
  restore(plan: PartnerPlan): Promise<void> {
    return this.store.restore(plan);
  }
}
