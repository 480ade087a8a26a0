/**
 * How many times the upgrade reliability tests kill an upgrade: a few in the normal suites, the
 * full counts when RELIABILITY_FULL=1 is set (npm run test:reliability).
 */
import { RELIABILITY_FULL } from './full-run';

/** Kill points per image in the fake-indexeddb test (the full run reaches every write). */
export const KILLS_PER_IMAGE = RELIABILITY_FULL ? 50 : 1;

/** Which images the fake-indexeddb test kills upgrades of. */
export function imagesToKill(all: readonly number[]): number[] {
  // The quick run keeps the oldest (every upgrade runs) and one middle image.
  return RELIABILITY_FULL ? [...all] : all.filter((v) => v === 1 || v === 8);
}

/** SIGKILLs of the browser during an upgrade in the Chromium test. */
export const BROWSER_KILLS = RELIABILITY_FULL ? 20 : 2;

/** Positions in [0, size) spread over the range, the same on every run. */
export function killPoints(size: number, count: number, seed: number): number[] {
  let state = seed | 0;
  const points = new Set<number>();
  for (let i = 0; i < count * 4 && points.size < Math.min(count, size); i += 1) {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    points.add(Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * size));
  }
  return [...points].sort((a, b) => a - b);
}
