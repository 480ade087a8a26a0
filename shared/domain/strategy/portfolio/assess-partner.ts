import type { PartnerTier } from '../../partner';
import type { HealthInput } from '../health-components';
import { healthScore } from '../health-score';
import { addDays, type IsoDate } from '../iso-date';
import type { MetricPoint } from '../metric-sums';
import { partnerReturn, type LedgerPoint } from '../return-on-investment';
import { hasHealthData, shownHealth, type ShownHealth } from '../shown-health';
import type { StrategySettings } from '../strategy-settings';
import {
  compareTier,
  suggestTier,
  tierFactsFromHealth,
  type TierComparison,
} from '../tier-suggestion';
import type { TierDefinition } from '../tier';

/**
 * One partner as the dashboard sees it: its health score (the shared rule, with the settings'
 * weights and targets), its tier against the tier the programme's rule suggests, and the money
 * invested over the 365 days ending today against the sourced and influenced revenue of the same
 * days (the health score's revenue window, so the figures on the dashboard agree with each other).
 */

/** Everything known about one partner that the assessment reads. */
export interface PartnerFacts {
  tier: PartnerTier;
  metrics: readonly MetricPoint[];
  investments: readonly LedgerPoint[];
  activities: HealthInput['activities'];
  plans: HealthInput['plans'];
  /** The score recorded on the partner (typed or imported), shown until there is data. */
  recordedHealth?: number | undefined;
}

/** A partner's tier set against the suggestion; no comparison without a tier programme. */
export interface TierReview {
  current: TierDefinition | undefined;
  suggested: TierDefinition | undefined;
  comparison: TierComparison;
}

/** One partner's dashboard figures. */
export interface PartnerAssessment {
  health: ShownHealth;
  tier: TierReview | undefined;
  investedMinor: number;
  sourcedMinor: number;
  influencedMinor: number;
}

/** The 365 days ending today, which the revenue, tier and return figures all cover. */
export function returnWindow(today: IsoDate): { start: IsoDate; end: IsoDate } {
  return { start: addDays(today, -364), end: today };
}

/** Assesses one partner as of `today`. */
export function assessPartner(
  facts: PartnerFacts,
  today: IsoDate,
  settings: StrategySettings,
): PartnerAssessment {
  const { currency } = settings;
  const input = {
    today,
    currency,
    metrics: facts.metrics,
    activities: facts.activities,
    plans: facts.plans,
  };
  const health = shownHealth(
    healthScore(input, { weights: settings.healthWeights, targets: settings.healthTargets }),
    hasHealthData(input),
    facts.recordedHealth,
  );
  let tier: TierReview | undefined;
  if (settings.tiers.length > 0) {
    const current = settings.tiers.find((definition) => definition.slot === facts.tier);
    const { suggested } = suggestTier(settings.tiers, tierFactsFromHealth(health, currency));
    tier = { current, suggested, comparison: compareTier(current, suggested) };
  }
  const returns = partnerReturn({
    metrics: facts.metrics,
    investments: facts.investments,
    period: returnWindow(today),
    currency,
  });
  return {
    health,
    tier,
    investedMinor: returns.investedMinor,
    sourcedMinor: returns.sourced.revenueMinor,
    influencedMinor: returns.influenced.revenueMinor,
  };
}
