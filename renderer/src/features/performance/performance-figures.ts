import type { PartnerTier } from '../../../../shared/domain/partner';
import { activation, type Activation } from '../../../../shared/domain/strategy/activation';
import { closeRate, type CloseRate } from '../../../../shared/domain/strategy/close-rate';
import type { HealthInput } from '../../../../shared/domain/strategy/health-components';
import { healthScore } from '../../../../shared/domain/strategy/health-score';
import { addDays, type IsoDate } from '../../../../shared/domain/strategy/iso-date';
import type { MetricPoint } from '../../../../shared/domain/strategy/metric-sums';
import {
  partnerReturn,
  type LedgerPoint,
  type PartnerReturn,
} from '../../../../shared/domain/strategy/return-on-investment';
import {
  bucketKey,
  bucketPeriod,
  revenueByPeriod,
  shiftBucket,
  type RevenueSeries,
} from '../../../../shared/domain/strategy/revenue-by-period';
import {
  hasHealthData,
  shownHealth,
  type ShownHealth,
} from '../../../../shared/domain/strategy/shown-health';
import type { StrategySettings } from '../../../../shared/domain/strategy/strategy-settings';
import type { TierDefinition } from '../../../../shared/domain/strategy/tier';
import {
  compareTier,
  suggestTier,
  tierFactsFromHealth,
  type TierComparison,
  type TierSuggestion,
} from '../../../../shared/domain/strategy/tier-suggestion';

/**
 * Every figure a partner's performance view shows, computed at once from that partner's records
 * with the shared derived-figure functions (one implementation of each rule lives there): the
 * health score, the tier suggestion against the partner's current tier, activation, the close
 * rate over twelve months, and by quarter (this one and the three before) the sourced and
 * influenced revenue with their trends and the return on what was invested.
 */

/** How many quarters the view shows, the current one included. */
export const QUARTERS_SHOWN = 4;

/** The partner's tier against the programme's suggestion. */
export interface TierStanding {
  /** The partner's stored tier slot. */
  currentSlot: PartnerTier;
  /** The programme's tier on that slot, if the programme uses it. */
  current: TierDefinition | undefined;
  suggestion: TierSuggestion;
  comparison: TierComparison;
}

/** What the performance view shows for one partner. */
export interface PerformanceFigures {
  health: ShownHealth;
  /** Undefined when the workbook has no tier programme. */
  tier: TierStanding | undefined;
  activation: Activation;
  /** Deals won and lost over the 365 days ending today. */
  closeRate: CloseRate;
  sourced: RevenueSeries;
  influenced: RevenueSeries;
  /** The return in each quarter shown, newest first. */
  returns: PartnerReturn[];
}

/** What the figures are computed from. */
export interface PerformanceSources {
  today: IsoDate;
  settings: StrategySettings;
  partnerTier: PartnerTier;
  health: HealthInput;
  /** The partner's recorded health score (typed or imported), shown until there is data. */
  recordedHealth?: number | undefined;
  /** All the partner's metric entries (not only the last year's). */
  metrics: readonly MetricPoint[];
  investments: readonly LedgerPoint[];
  /** When onboarding started, from the partner's stage history; undefined when not recorded. */
  onboardingStartedOn?: IsoDate | undefined;
}

/** The tier standing, or undefined without a programme. */
export function tierStanding(
  tiers: readonly TierDefinition[],
  partnerTier: PartnerTier,
  health: ShownHealth,
  currency: string,
): TierStanding | undefined {
  if (tiers.length === 0) return undefined;
  const suggestion = suggestTier(tiers, tierFactsFromHealth(health, currency));
  const current = tiers.find((tier) => tier.slot === partnerTier);
  return {
    currentSlot: partnerTier,
    current,
    suggestion,
    comparison: compareTier(current, suggestion.suggested),
  };
}

/** Every figure of the view. */
export function performanceFigures(sources: PerformanceSources): PerformanceFigures {
  const { today, settings, metrics } = sources;
  const currency = settings.currency;
  const health = shownHealth(
    healthScore(sources.health, {
      weights: settings.healthWeights,
      targets: settings.healthTargets,
    }),
    hasHealthData(sources.health),
    sources.recordedHealth,
  );
  const thisQuarter = bucketKey(today, 'quarter');
  const firstQuarter = shiftBucket(thisQuarter, 'quarter', -(QUARTERS_SHOWN - 1));
  const range = {
    currency,
    granularity: 'quarter' as const,
    from: bucketPeriod(firstQuarter, 'quarter').start,
    to: today,
  };
  const returns = Array.from({ length: QUARTERS_SHOWN }, (_, back) =>
    partnerReturn({
      metrics,
      investments: sources.investments,
      period: bucketPeriod(shiftBucket(thisQuarter, 'quarter', -back), 'quarter'),
      currency,
    }),
  );
  return {
    health,
    tier: tierStanding(settings.tiers, sources.partnerTier, health, currency),
    activation: activation(metrics, sources.onboardingStartedOn, today),
    closeRate: closeRate(metrics, { start: addDays(today, -364), end: today }),
    sourced: revenueByPeriod(metrics, 'sourced-revenue', range),
    influenced: revenueByPeriod(metrics, 'influenced-revenue', range),
    returns,
  };
}
