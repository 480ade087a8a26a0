/**
 * Seeded pseudo-random numbers for sample data, fixtures and benchmarks. The same seed gives the
 * same sequence on every platform and runtime, which Math.random cannot promise. The generator is
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of state, fast in plain
 * 32-bit integer arithmetic, and a reversible state step, so distinct seeds and streams never merge.
 * Not for anything security-related: the output is predictable by design.
 */

/** A seeded generator: each call returns the next unsigned 32-bit integer. */
export type Rng = () => number;

const UINT32_RANGE = 0x1_0000_0000;

/** Scrambles a 32-bit integer (MurmurHash3's finaliser); a bijection, so distinct inputs stay distinct. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85eb_ca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2_ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Creates a generator from a seed and an optional stream number (both taken as 32-bit integers);
 * every (seed, stream) pair gives its own independent sequence, so item i can use stream i.
 */
export function createRng(seed: number, stream = 0): Rng {
  let a = mix32(seed ^ 0x9e37_79b9);
  let b = mix32(stream ^ 0x7f4a_7c15);
  let c = mix32(a ^ b ^ 0x6a09_e667);
  let d = 1;
  const next: Rng = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm-up rounds, as sfc32's author recommends, so that similar seeds diverge at once.
  for (let i = 0; i < 12; i += 1) next();
  return next;
}

/** The next float in [0, 1), with 32 bits of resolution. */
export function nextFloat(rng: Rng): number {
  return rng() / UINT32_RANGE;
}

/** The next integer from min to max, both inclusive (evenly spread for ranges up to 2^32 values). */
export function nextInt(rng: Rng, min: number, max: number): number {
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) {
    throw new RangeError(`nextInt needs integers with min <= max, got ${min} and ${max}.`);
  }
  return min + Math.floor(nextFloat(rng) * (max - min + 1));
}

/** True with the given probability (0 never, 1 always). */
export function chance(rng: Rng, probability: number): boolean {
  return nextFloat(rng) < probability;
}

/** One item of a non-empty list, each equally likely. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(nextFloat(rng) * items.length)];
  if (item === undefined) throw new RangeError('pick needs a non-empty list.');
  return item;
}

/** One value from [value, weight] pairs, in proportion to the (non-negative) weights. */
export function pickWeighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, weight] of entries) {
    if (!(weight >= 0)) throw new RangeError(`pickWeighted needs weights >= 0, got ${weight}.`);
    total += weight;
  }
  if (!(total > 0)) throw new RangeError('pickWeighted needs at least one positive weight.');
  let remaining = nextFloat(rng) * total;
  // If rounding leaves a sliver after the last entry, the last positive-weight value takes it.
  let chosen: T | undefined;
  for (const [value, weight] of entries) {
    if (weight === 0) continue;
    chosen = value;
    remaining -= weight;
    if (remaining < 0) break;
  }
  if (chosen === undefined) throw new RangeError('pickWeighted found no entry.');
  return chosen;
}

/** k distinct items of a list (distinct by position), in random order. */
export function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
  if (!Number.isSafeInteger(k) || k < 0 || k > items.length) {
    throw new RangeError(`sample needs 0 <= k <= ${items.length}, got ${k}.`);
  }
  const pool = items.slice();
  const result: T[] = [];
  // A partial Fisher-Yates shuffle: only the first k places are drawn.
  for (let i = 0; i < k; i += 1) {
    const j = i + Math.floor(nextFloat(rng) * (pool.length - i));
    const chosen = pool[j];
    const displaced = pool[i];
    if (chosen === undefined || displaced === undefined) throw new RangeError('sample ran out.');
    pool[j] = displaced;
    result.push(chosen);
  }
  return result;
}

const HEX_DIGITS = '0123456789abcdef';

// Character codes of the UUID being built, dashes in place. Filling codes and converting once is
// several times faster than concatenating hex strings, and gives a flat string that uses less memory.
const uuidCodes: number[] = Array.from('00000000-0000-0000-0000-000000000000', (char) =>
  char.charCodeAt(0),
);

/** A random UUID shaped like RFC 4122 version 4 (variant 10xx), drawn from the generator. */
export function uuidFrom(rng: Rng): string {
  let position = 0;
  for (let word = 0; word < 4; word += 1) {
    let value = rng();
    if (word === 1) value = (value & 0xffff_0fff) | 0x0000_4000; // version nibble: 4
    if (word === 2) value = (value & 0x3fff_ffff) | 0x8000_0000; // variant bits: 10
    for (let shift = 28; shift >= 0; shift -= 4) {
      if (position === 8 || position === 13 || position === 18 || position === 23) position += 1;
      uuidCodes[position] = HEX_DIGITS.charCodeAt((value >>> shift) & 0xf);
      position += 1;
    }
  }
  return String.fromCharCode(...uuidCodes);
}
