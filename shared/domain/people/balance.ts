import type { Activity } from '../activity';
import { figure, noFigure, type Figure } from '../strategy/figure';
import { dateOfTimestamp } from '../strategy/iso-date';
import { periodContains, type Period } from '../strategy/period';
import type { BalanceTarget } from './balance-target';

/**
 * The inbound/outbound and development/sales balance of activities in a period, overall and per
 * partner, against the target mix. An activity counts in the period when its UTC day falls in it.
 * The drift test compares whole numbers (count × 100 against percent × total), so a share exactly
 * at the edge of the tolerance is within it, free of floating-point noise. With no activity there
 * are no shares and no drift: the signal says "no activity" instead of dividing by zero.
 */

/** The fields of an activity the balance reads. */
export type BalanceActivity = Pick<Activity, 'partnerId' | 'occurredAt' | 'direction' | 'purpose'>;

/** Activity counts by direction and by purpose. */
export interface MixCounts {
  inbound: number;
  outbound: number;
  development: number;
  sales: number;
}

/** A share of activities, or no figure when there were none. */
export type Share = Figure<number, 'no-activity'>;

/** How the inbound/outbound mix sits against its target. */
export type DirectionDrift = 'no-activity' | 'within' | 'drifting-inbound' | 'drifting-outbound';

/** How the development/sales mix sits against its target. */
export type PurposeDrift = 'no-activity' | 'within' | 'drifting-development' | 'drifting-sales';

/** Inbound against outbound: counts, shares (0–1) and the drift signal. */
export interface DirectionBalance {
  inbound: number;
  outbound: number;
  inboundShare: Share;
  outboundShare: Share;
  drift: DirectionDrift;
}

/** Development against sales: counts, shares (0–1) and the drift signal. */
export interface PurposeBalance {
  development: number;
  sales: number;
  developmentShare: Share;
  salesShare: Share;
  drift: PurposeDrift;
}

/** The balance of one set of activities. */
export interface ActivityBalance {
  total: number;
  direction: DirectionBalance;
  purpose: PurposeBalance;
}

/** The balance for a period: overall, and for each partner with activity in it. */
export interface BalanceReport {
  overall: ActivityBalance;
  byPartner: Map<string, ActivityBalance>;
}

/** Counts with nothing in them. */
export const emptyCounts = (): MixCounts => ({ inbound: 0, outbound: 0, development: 0, sales: 0 });

function add(counts: MixCounts, activity: BalanceActivity): void {
  if (activity.direction === 'inbound') counts.inbound += 1;
  else counts.outbound += 1;
  if (activity.purpose === 'development') counts.development += 1;
  else counts.sales += 1;
}

/** Counts the activities in a period, overall and per partner, in one pass. */
export function countActivities(
  activities: Iterable<BalanceActivity>,
  period: Period,
): { overall: MixCounts; byPartner: Map<string, MixCounts> } {
  const overall = emptyCounts();
  const byPartner = new Map<string, MixCounts>();
  for (const activity of activities) {
    if (!periodContains(period, dateOfTimestamp(activity.occurredAt))) continue;
    add(overall, activity);
    let counts = byPartner.get(activity.partnerId);
    if (counts === undefined) {
      counts = emptyCounts();
      byPartner.set(activity.partnerId, counts);
    }
    add(counts, activity);
  }
  return { overall, byPartner };
}

type Side = 'no-activity' | 'within' | 'over' | 'under';

// Over when count / total > (target + tolerance) / 100, under when below target − tolerance;
// multiplied out so that only whole numbers are compared.
function side(count: number, total: number, targetPercent: number, tolerance: number): Side {
  if (total === 0) return 'no-activity';
  if (count * 100 > (targetPercent + tolerance) * total) return 'over';
  if (count * 100 < (targetPercent - tolerance) * total) return 'under';
  return 'within';
}

const share = (count: number, total: number): Share =>
  total === 0 ? noFigure('no-activity') : figure(count / total);

/** The shares and drift signals of a set of counts against the target mix. */
export function balanceOf(counts: MixCounts, target: BalanceTarget): ActivityBalance {
  const total = counts.inbound + counts.outbound;
  const tolerance = target.tolerancePoints;
  const directionSide = side(counts.inbound, total, target.inboundPercent, tolerance);
  const purposeSide = side(counts.development, total, target.developmentPercent, tolerance);
  return {
    total,
    direction: {
      inbound: counts.inbound,
      outbound: counts.outbound,
      inboundShare: share(counts.inbound, total),
      outboundShare: share(counts.outbound, total),
      drift:
        directionSide === 'over'
          ? 'drifting-inbound'
          : directionSide === 'under'
            ? 'drifting-outbound'
            : directionSide,
    },
    purpose: {
      development: counts.development,
      sales: counts.sales,
      developmentShare: share(counts.development, total),
      salesShare: share(counts.sales, total),
      drift:
        purposeSide === 'over'
          ? 'drifting-development'
          : purposeSide === 'under'
            ? 'drifting-sales'
            : purposeSide,
    },
  };
}

/** The balance of the activities in a period against the target mix, overall and per partner. */
export function activityBalance(
  activities: Iterable<BalanceActivity>,
  period: Period,
  target: BalanceTarget,
): BalanceReport {
  const counts = countActivities(activities, period);
  const byPartner = new Map<string, ActivityBalance>();
  for (const [partnerId, partnerCounts] of counts.byPartner) {
    byPartner.set(partnerId, balanceOf(partnerCounts, target));
  }
  return { overall: balanceOf(counts.overall, target), byPartner };
}
