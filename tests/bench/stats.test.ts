import { describe, expect, it } from 'vitest';
import { median, pairRatios, percentile, quantile, spread, summarizePairs } from './stats';

describe('median', () => {
  it('takes the middle value of an odd count, in any input order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is the value itself for one value', () => {
    expect(median([7])).toBe(7);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses no values and non-finite values', () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => median([1, Number.NaN])).toThrow(/not a finite number/);
    expect(() => median([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

describe('quantile and percentile', () => {
  const tenToHundred = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

  it('interpolates between ranks (type 7, as NumPy and R)', () => {
    expect(quantile(tenToHundred, 0)).toBe(10);
    expect(quantile(tenToHundred, 1)).toBe(100);
    expect(quantile(tenToHundred, 0.25)).toBeCloseTo(32.5, 10);
    expect(percentile(tenToHundred, 95)).toBeCloseTo(95.5, 10);
    expect(percentile(tenToHundred, 50)).toBe(55);
  });

  it('gives the p95 of frame times without being fooled by order', () => {
    const frames = [16.7, 16.6, 16.7, 16.8, 16.7, 33.4, 16.6, 16.7, 16.7, 16.6];
    expect(percentile(frames, 95)).toBeCloseTo(25.93, 2);
  });

  it('refuses q outside 0..1', () => {
    expect(() => quantile([1, 2], 1.5)).toThrow(RangeError);
    expect(() => quantile([1, 2], -0.1)).toThrow(RangeError);
    expect(() => percentile([1, 2], Number.NaN)).toThrow(RangeError);
  });
});

describe('spread', () => {
  it('gives the quartiles, the IQR and the extremes', () => {
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual({ min: 1, q1: 3, q3: 7, iqr: 4, max: 9 });
  });

  it('is all zero-width for one value', () => {
    expect(spread([2])).toEqual({ min: 2, q1: 2, q3: 2, iqr: 0, max: 2 });
  });
});

describe('pairRatios', () => {
  it('divides pair by pair', () => {
    expect(pairRatios([110, 240, 90], [100, 200, 100])).toEqual([1.1, 1.2, 0.9]);
  });

  it('refuses mismatched pairs and baselines that are not positive', () => {
    expect(() => pairRatios([1, 2], [1])).toThrow(/2 candidate values but 1 baseline/);
    expect(() => pairRatios([1], [0])).toThrow(/not > 0/);
    expect(() => pairRatios([1], [-3])).toThrow(RangeError);
  });
});

describe('summarizePairs', () => {
  it('takes the median of the per-pair ratios, not the ratio of the medians', () => {
    // A slow pair (the machine was busy) slows both sides: the per-pair ratio stays ~1.1.
    const baseline = [100, 100, 300, 100, 100, 100, 100];
    const candidate = [110, 112, 330, 108, 111, 109, 115];
    const summary = summarizePairs(candidate, baseline);
    expect(summary.pairs).toBe(7);
    expect(summary.medianRatio).toBeCloseTo(1.1, 10);
    expect(summary.candidateMedian).toBe(111);
    expect(summary.baselineMedian).toBe(100);
    expect(summary.ratioSpread.min).toBeCloseTo(1.08, 10);
    expect(summary.ratioSpread.max).toBeCloseTo(1.15, 10);
    expect(summary.ratioSpread.q1).toBeCloseTo(1.095, 10);
    expect(summary.ratioSpread.q3).toBeCloseTo(1.115, 10);
    expect(summary.ratioSpread.iqr).toBeCloseTo(0.02, 10);
  });

  it('reports a candidate faster than its baseline as a ratio below 1', () => {
    expect(summarizePairs([50, 60, 55], [100, 100, 100]).medianRatio).toBeCloseTo(0.55, 10);
  });
});
