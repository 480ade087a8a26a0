import { STAGE_LABELS, TIER_LABELS } from '../../../../shared/domain/labels';
import type { PartnerChange } from '../../../../shared/domain/partner-change';

/**
 * How a stage or tier change reads in the partner's history: "Stage: Onboarding → Active", or
 * "Tier: No tier" for the first record of a field, which has nothing before it.
 */

const VALUE_LABELS: Readonly<Record<string, string>> = { ...STAGE_LABELS, ...TIER_LABELS };

const label = (value: string): string => VALUE_LABELS[value] ?? value;

/** One change as a short sentence for the history list. */
export function changeText(change: Pick<PartnerChange, 'field' | 'from' | 'to'>): string {
  const field = change.field === 'stage' ? 'Stage' : 'Tier';
  return change.from === null
    ? `${field}: ${label(change.to)}`
    : `${field}: ${label(change.from)} → ${label(change.to)}`;
}
