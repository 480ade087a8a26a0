/**
 * How a generated workbook's positioning iterations are spread over its drafts when the caller
 * asks for a number of them in all (a workbook of the issue's own shape: 100,000 partners and
 * 1,000,000 iterations). Each draft gets a weight drawn from the shape of the default histories
 * (most drafts short, a few long), and the iterations are shared out in proportion: the counts add
 * up to exactly the number asked for, every draft gets at least one when there are enough, and
 * none gets more than {@link MAX_DRAFT_ITERATIONS}.
 */
import { createRng, mix32, nextFloat, pickWeighted } from '../util/prng';
import { ITERATION_COUNT_WEIGHTS } from './seeded-positioning';

/**
 * The most iterations one generated draft gets. Each revision of a claims field adds a line of
 * proof (about 45 characters), so 1,000 keep every field far below the 100,000 characters a field
 * may hold; a history that long is already far beyond any real one.
 */
export const MAX_DRAFT_ITERATIONS = 1_000;

const SALT = 0x5e1a_c0de;

/** Thrown when more iterations are asked for than a sample's drafts hold. */
export class TooManyIterationsError extends RangeError {
  constructor(
    readonly total: number,
    readonly drafts: number,
  ) {
    const most = drafts * MAX_DRAFT_ITERATIONS;
    super(
      `${drafts.toLocaleString('en-US')} drafts hold at most ${most.toLocaleString('en-US')} iterations (${MAX_DRAFT_ITERATIONS.toLocaleString('en-US')} each), not ${total.toLocaleString('en-US')}.`,
    );
    this.name = 'TooManyIterationsError';
  }

  /** The most iterations the drafts hold. */
  get most(): number {
    return this.drafts * MAX_DRAFT_ITERATIONS;
  }
}

function weightsFor(drafts: number, seed: number): Float64Array {
  const rng = createRng(mix32(seed ^ SALT));
  const weights = new Float64Array(drafts);
  // The default histories' shape, jittered so that drafts of one weight class do not all get the same count.
  for (let i = 0; i < drafts; i += 1) {
    weights[i] = pickWeighted(rng, ITERATION_COUNT_WEIGHTS) * (0.75 + nextFloat(rng) / 2);
  }
  return weights;
}

/**
 * Shares `amount` out over the `open` drafts in proportion to their weights, each share rounded
 * so that the shares add up to exactly `amount` (the running total is rounded, not each share).
 */
function shares(amount: number, open: readonly number[], weights: Float64Array): number[] {
  let whole = 0;
  for (const draft of open) whole += weights[draft] ?? 0;
  const result: number[] = [];
  let running = 0;
  let given = 0;
  for (const draft of open) {
    running += weights[draft] ?? 0;
    // The last running total is `whole` itself, so the last rounding gives `amount` exactly.
    const upTo = Math.round(amount * (running / whole));
    result.push(upTo - given);
    given = upTo;
  }
  return result;
}

/**
 * How many iterations each of `drafts` drafts gets, `total` in all, for `seed`: at least one
 * each when `total` ≥ `drafts` (else some get none), at most {@link MAX_DRAFT_ITERATIONS}.
 * Throws a {@link TooManyIterationsError} when they hold fewer than `total`.
 */
export function spreadIterations(total: number, drafts: number, seed: number): Uint16Array {
  if (!Number.isSafeInteger(drafts) || drafts < 0) {
    throw new RangeError(`drafts must be a whole number >= 0, got ${drafts}.`);
  }
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`total must be a whole number >= 0, got ${total}.`);
  }
  if (total > drafts * MAX_DRAFT_ITERATIONS) throw new TooManyIterationsError(total, drafts);
  const counts = new Uint16Array(drafts);
  const base = total >= drafts ? 1 : 0;
  counts.fill(base);
  let left = total - base * drafts;
  const weights = weightsFor(drafts, seed);
  let open = Array.from({ length: drafts }, (_, draft) => draft);
  // Drafts whose share would pass the cap get the cap, and the rest is shared out again among the
  // others; each round closes at least one draft, so this ends.
  while (left > 0) {
    const given = shares(left, open, weights);
    const full = open.filter(
      (draft, at) => (counts[draft] ?? 0) + (given[at] ?? 0) > MAX_DRAFT_ITERATIONS,
    );
    if (full.length === 0) {
      open.forEach((draft, at) => {
        counts[draft] = (counts[draft] ?? 0) + (given[at] ?? 0);
      });
      break;
    }
    for (const draft of full) {
      left -= MAX_DRAFT_ITERATIONS - (counts[draft] ?? 0);
      counts[draft] = MAX_DRAFT_ITERATIONS;
    }
    const closed = new Set(full);
    open = open.filter((draft) => !closed.has(draft));
  }
  return counts;
}
