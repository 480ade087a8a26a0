import type { HealthScore } from './health-score';
import type { Currency } from './money';
import type { TierDefinition, TierRequirement } from './tier';

/**
 * Suggests a tier from the programme's entry rules: the highest-ranked tier whose requirements
 * the partner all meets. Revenue is over the 365 days ending today, sourced and influenced each
 * on its own; a requirement in another currency than the workbook's cannot be met. Partners whose
 * current tier differs from the suggestion are the ones worth a review.
 */

/** What a partner is judged on: its health score and its revenue over the last 365 days. */
export interface TierFacts {
  healthScore: number | undefined;
  currency: Currency;
  sourcedMinor: number;
  influencedMinor: number;
}

/**
 * The facts a tier suggestion needs, taken from a health score (which holds the revenue): the
 * score the partner shows (shown-health.ts), so that the suggestion reads the same number.
 */
export function tierFactsFromHealth(
  health: Pick<HealthScore, 'components'> & { score: { value: number | undefined } },
  currency: Currency,
): TierFacts {
  return {
    healthScore: health.score.value,
    currency,
    sourcedMinor: health.components.revenue.sourcedMinor,
    influencedMinor: health.components.revenue.influencedMinor,
  };
}

/** One requirement checked: whether it is met and the partner's figure it was judged on. */
export interface RequirementCheck {
  requirement: TierRequirement;
  met: boolean;
  /** The score or revenue (minor units) compared; undefined when there was none to compare. */
  actual: number | undefined;
}

/** One tier checked against the partner. */
export interface TierCheck {
  tier: TierDefinition;
  met: boolean;
  requirements: RequirementCheck[];
}

/** The suggested tier (undefined when none is met) and every tier's check, highest rank first. */
export interface TierSuggestion {
  suggested: TierDefinition | undefined;
  checks: TierCheck[];
}

/** Checks one requirement against the facts. */
export function checkRequirement(requirement: TierRequirement, facts: TierFacts): RequirementCheck {
  if (requirement.kind === 'health-score') {
    const actual = facts.healthScore;
    return { requirement, met: actual !== undefined && actual >= requirement.minScore, actual };
  }
  if (requirement.minAnnual.currency !== facts.currency) {
    return { requirement, met: false, actual: undefined };
  }
  const actual =
    requirement.basis === 'sourced-revenue' ? facts.sourcedMinor : facts.influencedMinor;
  return { requirement, met: actual >= requirement.minAnnual.amountMinor, actual };
}

/** The highest-ranked tier whose requirements are all met, with every tier's check. */
export function suggestTier(tiers: readonly TierDefinition[], facts: TierFacts): TierSuggestion {
  const checks = [...tiers]
    .sort((a, b) => b.rank - a.rank)
    .map((tier): TierCheck => {
      const requirements = tier.requirements.map((requirement) =>
        checkRequirement(requirement, facts),
      );
      return { tier, met: requirements.every((check) => check.met), requirements };
    });
  return { suggested: checks.find((check) => check.met)?.tier, checks };
}

/** How a partner's current tier compares with the suggestion. */
export type TierComparison = 'matches' | 'suggest-higher' | 'suggest-lower';

/** Compares current and suggested tiers by rank; no tier ranks below every tier. */
export function compareTier(
  current: Pick<TierDefinition, 'rank'> | undefined,
  suggested: Pick<TierDefinition, 'rank'> | undefined,
): TierComparison {
  const currentRank = current?.rank ?? 0;
  const suggestedRank = suggested?.rank ?? 0;
  if (suggestedRank === currentRank) return 'matches';
  return suggestedRank > currentRank ? 'suggest-higher' : 'suggest-lower';
}

/** The tier with this name, ignoring case ("gold" finds "Gold"); for mapping a partner's tier. */
export function findTierByName(
  tiers: readonly TierDefinition[],
  name: string,
): TierDefinition | undefined {
  const wanted = name.trim().toLocaleLowerCase('en');
  return tiers.find((tier) => tier.name.trim().toLocaleLowerCase('en') === wanted);
}
