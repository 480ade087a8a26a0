import type { Ask } from '../../../../shared/domain/people/ask';
import type { Stakeholder } from '../../../../shared/domain/people/stakeholder';
import type { Partner } from '../../../../shared/domain/partner';
import type { DraftField, PositioningAudience } from '../../../../shared/domain/positioning';
import type { IsoDate } from '../../../../shared/domain/strategy/iso-date';
import type { MeasureUnit } from '../../../../shared/domain/strategy/measure';
import {
  planProgress,
  type ObjectiveProgress,
} from '../../../../shared/domain/strategy/objective-progress';
import type { PartnerPlan, PlanStatus } from '../../../../shared/domain/strategy/partner-plan';
import type { Period } from '../../../../shared/domain/strategy/period';
import { activePlan, planCovering } from '../../../../shared/domain/strategy/plan-rules';
import type { TierLabels } from '../../../../shared/domain/strategy/tier-labels';
import type { ApprovedPositioning } from '../../../../shared/files/export/partner-brief';
import { assembleStatement } from '../../../../shared/positioning/sentence';
import type { PerformanceFigures } from '../performance/performance-figures';
import { askRows, type AskRow } from './ask-rows';

/**
 * A partner's one-page business case, for colleagues with no time to open the workbook: the
 * partnership's value, the approved positioning, the current plan's objectives with progress,
 * the return on what was invested, and what is being asked of colleagues for it. Every figure
 * comes from where the rest of the app computes it (the performance view's figures, the plan's
 * progress), so the page and those screens always agree.
 */

/** One approved positioning as the case shows it: its statement, or its fields. */
export interface CasePositioning {
  title: string;
  audience: PositioningAudience;
  /** The assembled sentence, for the positioning-statement template. */
  statement: string | undefined;
  /** The fields, for every other template. */
  fields: readonly DraftField[];
}

/** One objective of the plan and its progress. */
export interface CaseObjective {
  title: string;
  measure: string;
  unit: MeasureUnit;
  progress: ObjectiveProgress;
}

/** The plan the case reports on. */
export interface CasePlan {
  period: Period;
  status: PlanStatus;
  objectives: CaseObjective[];
}

/** Everything on the page. */
export interface BusinessCase {
  partner: Partner;
  today: IsoDate;
  currency: string;
  /** How the partner's tier reads in this workbook; undefined when it has none. */
  tierLabel: string | undefined;
  figures: PerformanceFigures;
  positioning: CasePositioning[];
  /** The plan in progress, else the one covering today, else none. */
  plan: CasePlan | undefined;
  /** The partner's asks, latest first, with who they are of and whether they need following up. */
  asks: AskRow[];
}

/** What the case is assembled from. */
export interface BusinessCaseSources {
  partner: Partner;
  today: IsoDate;
  currency: string;
  tierLabels: TierLabels;
  figures: PerformanceFigures;
  approved: readonly ApprovedPositioning[];
  plans: readonly PartnerPlan[];
  asks: readonly Ask[];
  stakeholders: readonly Stakeholder[];
}

function casePositioning({ draft, head }: ApprovedPositioning): CasePositioning {
  const fields = head?.fields ?? draft.fields;
  const isStatement = draft.template === 'positioning-statement';
  return {
    title: head?.title ?? draft.title,
    audience: draft.audience,
    statement: isStatement ? assembleStatement(fields).text : undefined,
    fields: isStatement ? [] : fields,
  };
}

function casePlan(plans: readonly PartnerPlan[], today: IsoDate): CasePlan | undefined {
  const plan = activePlan(plans) ?? planCovering(plans, today);
  if (!plan) return undefined;
  const progress = new Map(planProgress(plan, today).map((p) => [p.objectiveId, p]));
  const objectives: CaseObjective[] = [];
  for (const objective of plan.objectives) {
    const p = progress.get(objective.id);
    // Dropped objectives have no progress and no place in the case.
    if (p) {
      objectives.push({
        title: objective.title,
        measure: objective.measure,
        unit: objective.unit,
        progress: p,
      });
    }
  }
  return { period: plan.period, status: plan.status, objectives };
}

/** The business case of one partner. */
export function businessCase(sources: BusinessCaseSources): BusinessCase {
  const { partner, today } = sources;
  const names = new Map(sources.stakeholders.map((s) => [s.id, s.name]));
  return {
    partner,
    today,
    currency: sources.currency,
    tierLabel: partner.tier === 'none' ? undefined : sources.tierLabels[partner.tier],
    figures: sources.figures,
    positioning: sources.approved.map(casePositioning),
    plan: casePlan(sources.plans, today),
    asks: askRows(
      sources.asks,
      { kind: 'status', status: 'all' },
      { stakeholder: (id) => names.get(id), partner: () => partner.name },
      today,
    ),
  };
}
