/**
 * The benchmark statistics: medians, percentiles and the per-pair ratios that goals are judged
 * on. Pure functions over plain numbers, so that they are tested with fixed inputs.
 */

/** How widely values are spread: the quartiles and the extremes. */
export interface Spread {
  min: number;
  q1: number;
  q3: number;
  /** q3 - q1. */
  iqr: number;
  max: number;
}

/** What a run of baseline/candidate pairs comes to. */
export interface PairSummary {
  pairs: number;
  /** The median of candidate / baseline, pair by pair. */
  medianRatio: number;
  ratioSpread: Spread;
  candidateMedian: number;
  baselineMedian: number;
}

function checked(values: readonly number[], what: string): number[] {
  if (values.length === 0) throw new RangeError(`${what}: no values.`);
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`${what}: ${value} is not a finite number.`);
  }
  return [...values].sort((a, b) => a - b);
}

function quantileOfSorted(sorted: readonly number[], q: number): number {
  // Linear interpolation between the closest ranks (Hyndman and Fan's type 7, as in R and NumPy).
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? Number.NaN;
  const high = sorted[upper] ?? Number.NaN;
  return low + (high - low) * (position - lower);
}

/** The q-quantile (0 ≤ q ≤ 1) of the values, interpolating between ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q must be from 0 to 1, got ${q}.`);
  return quantileOfSorted(checked(values, 'quantile'), q);
}

/** The p-th percentile (0 ≤ p ≤ 100) of the values. */
export function percentile(values: readonly number[], p: number): number {
  return quantile(values, p / 100);
}

/** The median of the values. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Quartiles and extremes of the values. */
export function spread(values: readonly number[]): Spread {
  const sorted = checked(values, 'spread');
  const q1 = quantileOfSorted(sorted, 0.25);
  const q3 = quantileOfSorted(sorted, 0.75);
  return {
    min: sorted[0] ?? Number.NaN,
    q1,
    q3,
    iqr: q3 - q1,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** candidate[i] / baseline[i] for each pair. */
export function pairRatios(candidate: readonly number[], baseline: readonly number[]): number[] {
  if (candidate.length !== baseline.length) {
    throw new RangeError(
      `pairRatios: ${candidate.length} candidate values but ${baseline.length} baseline values.`,
    );
  }
  checked(candidate, 'pairRatios candidate');
  checked(baseline, 'pairRatios baseline');
  return candidate.map((value, index) => {
    const base = baseline[index] ?? Number.NaN;
    if (!(base > 0)) throw new RangeError(`pairRatios: baseline ${index} is ${base}, not > 0.`);
    return value / base;
  });
}

/**
 * Summarises pairs measured on the same data in the same run. The ratio is taken pair by pair,
 * then its median, so that the machine's drift between pairs cancels out.
 */
export function summarizePairs(
  candidate: readonly number[],
  baseline: readonly number[],
): PairSummary {
  const ratios = pairRatios(candidate, baseline);
  return {
    pairs: ratios.length,
    medianRatio: median(ratios),
    ratioSpread: spread(ratios),
    candidateMedian: median(candidate),
    baselineMedian: median(baseline),
  };
}
