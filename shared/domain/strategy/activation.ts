import { figure, noFigure, type Figure } from './figure';
import { daysBetween, type IsoDate } from './iso-date';
import type { MetricPoint } from './metric-sums';

/**
 * Activation: the date of a partner's first closed deal, and the days from the start of
 * onboarding to it. A first deal is the earliest entry, on or before today, of deals won above
 * zero or of partner-sourced revenue above zero (revenue closed on the partner's own deal).
 * Influenced revenue does not count: those deals are ours. The onboarding date comes from the
 * partner's stage history, which the caller reads.
 */

/** A partner's activation. */
export interface Activation {
  firstDealOn: Figure<IsoDate, 'no-won-deal'>;
  daysToFirstDeal: Figure<
    number,
    'no-won-deal' | 'no-onboarding-date' | 'first-deal-before-onboarding'
  >;
}

/** The first closed deal of one partner's entries, and the days since onboarding began. */
export function activation(
  points: readonly MetricPoint[],
  onboardingStartedOn: IsoDate | undefined,
  today: IsoDate,
): Activation {
  let first: IsoDate | undefined;
  for (const point of points) {
    const closed =
      (point.metric === 'deals-won' || point.metric === 'sourced-revenue') && point.value > 0;
    if (closed && point.date <= today && (first === undefined || point.date < first)) {
      first = point.date;
    }
  }
  if (first === undefined) {
    return { firstDealOn: noFigure('no-won-deal'), daysToFirstDeal: noFigure('no-won-deal') };
  }
  if (onboardingStartedOn === undefined) {
    return { firstDealOn: figure(first), daysToFirstDeal: noFigure('no-onboarding-date') };
  }
  const days = daysBetween(onboardingStartedOn, first);
  return {
    firstDealOn: figure(first),
    daysToFirstDeal: days < 0 ? noFigure('first-deal-before-onboarding') : figure(days),
  };
}
