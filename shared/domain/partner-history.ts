import { PARTNER_TIERS, type LifecycleStage, type PartnerTier } from './partner';
import type { ChangeField, PartnerChange } from './partner-change';
import { daysBetween, type IsoDate } from './strategy/iso-date';

/**
 * What a partner's dated stage and tier changes tell: how long it has been in its stage, when
 * onboarding started, which tier it held on a given day. Changes count from their effective
 * date, which the user may have moved back from the day the change was entered; two changes on
 * one effective date fall in the order they were written.
 */

/** Changes in the order they took effect, earliest first. */
export function inEffectOrder(changes: readonly PartnerChange[]): PartnerChange[] {
  return [...changes].sort(
    (a, b) =>
      a.effectiveOn.localeCompare(b.effectiveOn) ||
      a.changedAt.localeCompare(b.changedAt) ||
      a.id.localeCompare(b.id),
  );
}

/** Changes as a history lists them: latest in effect first. */
export function newestFirst(changes: readonly PartnerChange[]): PartnerChange[] {
  return inEffectOrder(changes).reverse();
}

// The last change of one field in effect on `date` (or at all, without a date).
function lastOf(
  changes: readonly PartnerChange[],
  field: ChangeField,
  date?: IsoDate,
): PartnerChange | undefined {
  let last: PartnerChange | undefined;
  for (const change of inEffectOrder(changes)) {
    if (change.field !== field) continue;
    if (date !== undefined && change.effectiveOn > date) break;
    last = change;
  }
  return last;
}

/**
 * Whole days the partner has been in `stage` on `today`: since the change into it that took
 * effect last. Undefined when no change records the partner entering its current stage.
 */
export function daysInStage(
  changes: readonly PartnerChange[],
  stage: LifecycleStage,
  today: IsoDate,
): number | undefined {
  const last = lastOf(changes, 'stage', today);
  if (last?.to !== stage) return undefined;
  return Math.max(0, daysBetween(last.effectiveOn, today));
}

/** The date onboarding started: the earliest change into the onboarding stage, if any. */
export function onboardingStartedOn(changes: readonly PartnerChange[]): IsoDate | undefined {
  return inEffectOrder(changes).find((c) => c.field === 'stage' && c.to === 'onboarding')
    ?.effectiveOn;
}

/** The tier the partner held on `date`, or undefined before its first recorded tier. */
export function tierOn(changes: readonly PartnerChange[], date: IsoDate): PartnerTier | undefined {
  const last = lastOf(changes, 'tier', date);
  return PARTNER_TIERS.find((tier) => tier === last?.to);
}
