/**
 * Which partners' return stands out from the portfolio's. Return is revenue per unit of money
 * invested; ratios spread over orders of magnitude, so they are compared as logarithms. A partner
 * is an outlier when its log return lies beyond Tukey's fences (1.5 interquartile ranges outside
 * the middle half). Only partners with money invested have a return; with fewer than four of
 * them there is no "usual" to stand out from, so none is flagged.
 */

/** Far above the usual return, or far below it. */
export type OutlierKind = 'high' | 'low';

/** A partner's money invested and the revenue set against it, in minor units. */
export interface ReturnSample {
  partnerId: string;
  investedMinor: number;
  revenueMinor: number;
}

const MIN_SAMPLES = 4;

// The value at a fraction of sorted values, interpolating between neighbours.
function quantile(sorted: readonly number[], fraction: number): number {
  const at = (sorted.length - 1) * fraction;
  const low = Math.floor(at);
  const lower = sorted[low] ?? 0;
  const upper = sorted[Math.min(low + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (at - low);
}

/** The outliers among the samples, by partner id; partners with nothing invested are never. */
export function returnOutliers(samples: readonly ReturnSample[]): Map<string, OutlierKind> {
  const logs = samples
    .filter((sample) => sample.investedMinor > 0)
    .map((sample) => ({
      id: sample.partnerId,
      // One minor unit added keeps a partner with no revenue on the scale instead of at −∞.
      log: Math.log10((sample.revenueMinor + 1) / sample.investedMinor),
    }));
  const outliers = new Map<string, OutlierKind>();
  if (logs.length < MIN_SAMPLES) return outliers;
  const sorted = logs.map((entry) => entry.log).sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const reach = 1.5 * (q3 - q1);
  for (const { id, log } of logs) {
    if (log > q3 + reach) outliers.set(id, 'high');
    else if (log < q1 - reach) outliers.set(id, 'low');
  }
  return outliers;
}
