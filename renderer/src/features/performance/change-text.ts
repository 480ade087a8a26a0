import { STAGE_LABELS, TIER_LABELS } from '../../../../shared/domain/labels';
import type { PartnerChange } from '../../../../shared/domain/partner-change';
import type { TierLabels } from '../../../../shared/domain/strategy/tier-labels';

/**
 * How a stage or tier change reads in the partner's history: "Stage: Onboarding → Active", or
 * "Tier: No tier" for the first record of a field, which has nothing before it. Tiers read with
 * the programme's names (useTierLabels), as everywhere else on screen.
 */

const label = (labels: Readonly<Record<string, string>>, value: string): string =>
  labels[value] ?? value;

/** One change as a short sentence for the history list. */
export function changeText(
  change: Pick<PartnerChange, 'field' | 'from' | 'to'>,
  tierLabels: TierLabels = TIER_LABELS,
): string {
  const [field, labels]: [string, Readonly<Record<string, string>>] =
    change.field === 'stage' ? ['Stage', STAGE_LABELS] : ['Tier', tierLabels];
  return change.from === null
    ? `${field}: ${label(labels, change.to)}`
    : `${field}: ${label(labels, change.from)} → ${label(labels, change.to)}`;
}
