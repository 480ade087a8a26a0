import type { HealthComponent } from './health-weights';
import type { FundType, InvestmentKind, InvestmentTag } from './investment';
import type { MetricIndicator } from './metric';
import type { ObjectiveState } from './objective-progress';
import type { ObjectiveStatus, PlanStatus, ProgressMode } from './partner-plan';
import type { TierComparison } from './tier-suggestion';

/**
 * How the strategy vocabulary reads on screen and in exports. Kept beside the strategy schemas
 * for now; the partner labels live in ../labels.ts.
 */

/** How each plan status reads. */
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  'draft-outline': 'Draft outline',
  draft: 'Draft',
  'in-progress': 'In progress',
  completed: 'Completed',
};

/** How each objective status reads. */
export const OBJECTIVE_STATUS_LABELS: Record<ObjectiveStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  achieved: 'Achieved',
  missed: 'Missed',
  dropped: 'Dropped',
};

/** How each computed objective state reads. */
export const OBJECTIVE_STATE_LABELS: Record<ObjectiveState, string> = {
  'not-started': 'Not started',
  'no-target': 'No target',
  achieved: 'Achieved',
  'on-track': 'On track',
  behind: 'Behind',
};

/** How each progress mode reads. */
export const PROGRESS_MODE_LABELS: Record<ProgressMode, string> = {
  cumulative: 'Adds up over the quarters',
  level: 'Latest quarter counts',
};

/** How each investment tag reads. */
export const INVESTMENT_TAG_LABELS: Record<InvestmentTag, string> = {
  enablement: 'Enablement',
  'co-marketing': 'Co-marketing',
  integration: 'Integration',
  'sales-support': 'Sales support',
  other: 'Other',
};

/** How each kind of ledger entry reads. */
export const INVESTMENT_KIND_LABELS: Record<InvestmentKind, string> = {
  time: 'Time',
  money: 'Money',
  energy: 'Energy',
};

/** How each fund type reads. */
export const FUND_TYPE_LABELS: Record<FundType, string> = {
  mdf: 'Market development funds (MDF)',
  'co-marketing': 'Co-marketing',
  development: 'Development',
  other: 'Other',
};

/** How each health component reads. */
export const HEALTH_COMPONENT_LABELS: Record<HealthComponent, string> = {
  revenue: 'Revenue',
  pipeline: 'Pipeline',
  engagement: 'Engagement',
  enablement: 'Enablement',
  relationship: 'Relationship',
};

/** How leading and lagging read. */
export const METRIC_INDICATOR_LABELS: Record<MetricIndicator, string> = {
  leading: 'Leading',
  lagging: 'Lagging',
};

/** How a tier comparison reads. */
export const TIER_COMPARISON_LABELS: Record<TierComparison, string> = {
  matches: 'Matches the rules',
  'suggest-higher': 'Qualifies for a higher tier',
  'suggest-lower': 'No longer meets its tier',
};

/** Every reason a strategy figure gives for having no value. */
export type FigureReason =
  | 'no-money-invested'
  | 'no-hours-invested'
  | 'no-energy-rated'
  | 'no-won-deal'
  | 'no-onboarding-date'
  | 'first-deal-before-onboarding'
  | 'no-closed-deals'
  | 'no-previous-value'
  | 'no-revenue-target'
  | 'no-pipeline-target'
  | 'no-scored-components'
  | 'no-health-data'
  | 'no-target';

/** Why a figure has no value, in a sentence. */
export const FIGURE_REASON_TEXT: Readonly<Record<FigureReason, string>> = {
  'no-money-invested': 'No money was invested in this period.',
  'no-hours-invested': 'No hours were logged in this period.',
  'no-energy-rated': 'No effort was rated in this period.',
  'no-won-deal': 'No deal has been won yet.',
  'no-onboarding-date': 'The start of onboarding is not recorded.',
  'first-deal-before-onboarding': 'The first deal was won before onboarding started.',
  'no-closed-deals': 'No deal was won or lost in this period.',
  'no-previous-value': 'There is nothing in the previous period to compare with.',
  'no-revenue-target': 'Set a yearly revenue target in the workbook’s currency to score revenue.',
  'no-pipeline-target': 'Set a pipeline target in the workbook’s currency to score pipeline.',
  'no-scored-components': 'No component could be scored yet.',
  'no-health-data':
    'No health score yet: no revenue, pipeline or certification entries in the last 12 months, ' +
    'no activity in the last 90 days, no plan, and no recorded score.',
  'no-target': 'The objective has no target.',
};
