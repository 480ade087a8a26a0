import { ratio, type Figure } from './figure';
import { sumMetric, type MetricPoint } from './metric-sums';
import type { Period } from './period';

/** Deals won and lost in a period, and the close rate won ÷ (won + lost). */
export interface CloseRate {
  won: number;
  lost: number;
  /** A fraction from 0 to 1; no figure when no deal closed either way. */
  rate: Figure<number, 'no-closed-deals'>;
}

/** The close rate on partner-initiated deals, from deals-won and deals-lost entries in a period. */
export function closeRate(points: readonly MetricPoint[], period: Period): CloseRate {
  const won = sumMetric(points, 'deals-won', period).total;
  const lost = sumMetric(points, 'deals-lost', period).total;
  return { won, lost, rate: ratio(won, won + lost, 'no-closed-deals') };
}
