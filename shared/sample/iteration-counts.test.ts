import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_ITERATIONS, spreadIterations, TooManyIterationsError } from './iteration-counts';

const sum = (counts: Uint16Array): number => counts.reduce((total, count) => total + count, 0);

describe('spreadIterations', () => {
  it('gives exactly the total, at least one per draft when there are enough', () => {
    for (const [total, drafts] of [
      [1_000_000, 72_626],
      [100, 29],
      [29, 29],
      [30, 29],
    ] as const) {
      const counts = spreadIterations(total, drafts, 1);
      expect(counts).toHaveLength(drafts);
      expect(sum(counts)).toBe(total);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    }
    // As many as drafts: one each; one more: a single draft gets two.
    expect([...spreadIterations(29, 29, 1)]).toEqual(new Array<number>(29).fill(1));
    const oneMore = [...spreadIterations(30, 29, 1)];
    expect(oneMore.filter((count) => count === 2)).toHaveLength(1);
    expect(oneMore.filter((count) => count === 1)).toHaveLength(28);
  });

  it('leaves some drafts without any when there are fewer iterations than drafts', () => {
    const counts = spreadIterations(3, 10, 1);
    expect(sum(counts)).toBe(3);
    expect(counts.filter((count) => count === 0).length).toBeGreaterThanOrEqual(7);
    expect([...spreadIterations(0, 4, 1)]).toEqual([0, 0, 0, 0]);
    expect(spreadIterations(0, 0, 1)).toHaveLength(0);
  });

  it('spreads them like real histories: most short, a few long', () => {
    const counts = [...spreadIterations(1_000_000, 72_626, 1)].sort((a, b) => a - b);
    const mean = 1_000_000 / 72_626; // 13.77
    const median = counts[counts.length >> 1] ?? 0;
    expect(median).toBeLessThan(mean);
    expect(counts.at(-1)).toBeGreaterThan(3 * mean);
    expect(counts.at(-1)).toBeLessThanOrEqual(MAX_DRAFT_ITERATIONS);
  });

  it('never gives a draft more than the most, filling the others instead', () => {
    expect([...spreadIterations(2_000, 2, 1)]).toEqual([1_000, 1_000]);
    expect(sum(spreadIterations(1_999, 2, 1))).toBe(1_999);
    const counts = spreadIterations(9_990, 10, 5);
    expect(sum(counts)).toBe(9_990);
    expect(Math.max(...counts)).toBe(MAX_DRAFT_ITERATIONS);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(990);
  });

  it('refuses more than the drafts hold, saying how many they hold', () => {
    const refused = (): Uint16Array => spreadIterations(2_001, 2, 1);
    expect(refused).toThrow(TooManyIterationsError);
    expect(refused).toThrow('2 drafts hold at most 2,000 iterations (1,000 each), not 2,001.');
    expect(() => spreadIterations(-1, 2, 1)).toThrow(RangeError);
    expect(() => spreadIterations(1.5, 2, 1)).toThrow(RangeError);
  });

  it('depends only on the seed', () => {
    expect(spreadIterations(500, 40, 7)).toEqual(spreadIterations(500, 40, 7));
    expect(spreadIterations(500, 40, 8)).not.toEqual(spreadIterations(500, 40, 7));
  });
});
