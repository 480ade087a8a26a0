/**
 * Runs a baseline and a candidate alternately on the same data: warm-up pairs first (not kept),
 * then the measured pairs. The order inside a pair flips every pair (B C, C B, B C, …), so that
 * whatever the first of two runs leaves behind (garbage, a cold cache, a busy neighbour) falls on
 * each side equally often.
 */

/** The samples of the measured pairs: candidate[i] and baseline[i] come from the same pair. */
export interface PairSamples<T> {
  candidate: T[];
  baseline: T[];
}

/** How many pairs to run. */
export interface PairPlan {
  warmups: number;
  pairs: number;
}

/** One side of a pair; `pair` counts from 0 over warm-ups and measured pairs alike. */
export type PairSide<T> = (pair: number) => Promise<T>;

/** Runs the plan's pairs in alternating order and returns the measured samples. */
export async function runPairs<T>(
  plan: PairPlan,
  baseline: PairSide<T>,
  candidate: PairSide<T>,
): Promise<PairSamples<T>> {
  const samples: PairSamples<T> = { candidate: [], baseline: [] };
  for (let pair = 0; pair < plan.warmups + plan.pairs; pair += 1) {
    let base: T;
    let cand: T;
    if (pair % 2 === 0) {
      base = await baseline(pair);
      cand = await candidate(pair);
    } else {
      cand = await candidate(pair);
      base = await baseline(pair);
    }
    if (pair >= plan.warmups) {
      samples.baseline.push(base);
      samples.candidate.push(cand);
    }
  }
  return samples;
}

/** Runs one side only (benchmarks without a baseline): warm-ups, then the measured runs. */
export async function runRepeated<T>(plan: PairPlan, run: PairSide<T>): Promise<T[]> {
  const samples: T[] = [];
  for (let round = 0; round < plan.warmups + plan.pairs; round += 1) {
    const value = await run(round);
    if (round >= plan.warmups) samples.push(value);
  }
  return samples;
}
