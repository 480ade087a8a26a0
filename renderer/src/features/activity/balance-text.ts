import type { MixCounts, ActivityBalance, Share } from '../../../../shared/domain/people/balance';
import { balanceOf } from '../../../../shared/domain/people/balance';
import type { BalanceTarget } from '../../../../shared/domain/people/balance-target';
import {
  DIRECTION_DRIFT_LABELS,
  NO_ACTIVITY_TEXT,
  PURPOSE_DRIFT_LABELS,
} from '../../../../shared/domain/people/people-labels';

/**
 * How the balance view puts the figures into words: shares as whole percents, and each drift
 * signal as a sentence that says where the mix is and where it should be, so that the signal
 * never rests on colour alone.
 */

/** A share as a whole percent ("33%"), or a dash when there was no activity. */
export function percentText(share: Share): string {
  return share.value === undefined ? '—' : `${Math.round(share.value * 100)}%`;
}

/** True when either mix drifts past the tolerance. */
export function isDrifting(balance: ActivityBalance): boolean {
  return (
    balance.direction.drift.startsWith('drifting') || balance.purpose.drift.startsWith('drifting')
  );
}

/** The inbound/outbound signal in a sentence. */
export function directionSentence(balance: ActivityBalance, target: BalanceTarget): string {
  const { direction } = balance;
  if (direction.drift === 'no-activity') return NO_ACTIVITY_TEXT;
  return (
    `${DIRECTION_DRIFT_LABELS[direction.drift]}: ${percentText(direction.inboundShare)} inbound ` +
    `against a target of ${target.inboundPercent}% ± ${target.tolerancePoints} points.`
  );
}

/** The development/sales signal in a sentence. */
export function purposeSentence(balance: ActivityBalance, target: BalanceTarget): string {
  const { purpose } = balance;
  if (purpose.drift === 'no-activity') return NO_ACTIVITY_TEXT;
  return (
    `${PURPOSE_DRIFT_LABELS[purpose.drift]}: ${percentText(purpose.developmentShare)} ` +
    `development against a target of ${target.developmentPercent}% ± ${target.tolerancePoints} points.`
  );
}

/** One partner's balance in a period. */
export interface PartnerBalance {
  partnerId: string;
  balance: ActivityBalance;
}

/** Each partner's balance, the busiest first (ties by id, so the order is stable). */
export function partnerBalances(
  byPartner: ReadonlyMap<string, MixCounts>,
  target: BalanceTarget,
): PartnerBalance[] {
  return [...byPartner]
    .map(([partnerId, counts]) => ({ partnerId, balance: balanceOf(counts, target) }))
    .sort(
      (a, b) =>
        b.balance.total - a.balance.total ||
        (a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : 0),
    );
}
