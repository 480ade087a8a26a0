import { describe, expect, it } from 'vitest';
import type { MetricPoint } from './metric-sums';
import { quarterPeriod } from './period';
import { bucketKey, bucketPeriod, revenueByPeriod, shiftBucket, trend } from './revenue-by-period';

describe('buckets', () => {
  it('keys dates by month, quarter and year, and shifts keys', () => {
    expect(bucketKey('2025-08-15', 'month')).toBe('2025-08');
    expect(bucketKey('2025-08-15', 'quarter')).toBe('2025-Q3');
    expect(bucketKey('2025-08-15', 'year')).toBe('2025');
    expect(shiftBucket('2025-Q1', 'quarter', -1)).toBe('2024-Q4');
    expect(shiftBucket('2025-12', 'month', 1)).toBe('2026-01');
    expect(shiftBucket('2025', 'year', -10)).toBe('2015');
    expect(bucketPeriod('2024-Q1', 'quarter')).toEqual(quarterPeriod(2024, 1));
    expect(bucketPeriod('2024-02', 'month')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });
});

describe('trend', () => {
  it('gives the change and the change as a share of the previous figure', () => {
    expect(trend(150, 100)).toEqual({ absolute: 50, relative: { value: 0.5 } });
    expect(trend(50, 100)).toEqual({ absolute: -50, relative: { value: -0.5 } });
    expect(trend(0, 0)).toEqual({
      absolute: 0,
      relative: { value: undefined, reason: 'no-previous-value' },
    });
  });
});

describe('revenueByPeriod', () => {
  const points: MetricPoint[] = [
    { metric: 'sourced-revenue', date: '2024-06-01', value: 7, currency: 'EUR' }, // too early
    { metric: 'sourced-revenue', date: '2024-11-20', value: 400, currency: 'EUR' }, // 2024-Q4
    { metric: 'sourced-revenue', date: '2025-02-01', value: 500, currency: 'EUR' },
    { metric: 'sourced-revenue', date: '2025-03-31', value: 100, currency: 'EUR' },
    { metric: 'influenced-revenue', date: '2025-02-01', value: 9_999, currency: 'EUR' },
    { metric: 'sourced-revenue', date: '2025-07-04', value: 300, currency: 'EUR' },
    { metric: 'sourced-revenue', date: '2025-08-01', value: 50, currency: 'USD' }, // left out
    { metric: 'sourced-revenue', date: '2025-10-01', value: 1_000, currency: 'EUR' }, // too late
  ];

  it('sums one revenue metric by quarter, with zero buckets and each bucket’s trend', () => {
    const series = revenueByPeriod(points, 'sourced-revenue', {
      currency: 'EUR',
      granularity: 'quarter',
      from: '2025-01-01',
      to: '2025-09-30',
    });
    // Q1: 500 + 100 = 600 against 2024-Q4's 400: +200, +50%.
    // Q2: nothing, 0 against 600: −600, −100%. Q3: 300 against 0: +300, no share.
    expect(series).toEqual({
      metric: 'sourced-revenue',
      currency: 'EUR',
      granularity: 'quarter',
      leftOut: 1,
      buckets: [
        {
          key: '2025-Q1',
          period: quarterPeriod(2025, 1),
          amountMinor: 600,
          previousMinor: 400,
          trend: { absolute: 200, relative: { value: 0.5 } },
        },
        {
          key: '2025-Q2',
          period: quarterPeriod(2025, 2),
          amountMinor: 0,
          previousMinor: 600,
          trend: { absolute: -600, relative: { value: -1 } },
        },
        {
          key: '2025-Q3',
          period: quarterPeriod(2025, 3),
          amountMinor: 300,
          previousMinor: 0,
          trend: {
            absolute: 300,
            relative: { value: undefined, reason: 'no-previous-value' },
          },
        },
      ],
    });
  });

  it('reads influenced revenue alone, never adding sourced to it', () => {
    const series = revenueByPeriod(points, 'influenced-revenue', {
      currency: 'EUR',
      granularity: 'year',
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(series.buckets.map((bucket) => bucket.amountMinor)).toEqual([9_999]);
  });

  it('runs monthly across a year boundary, and is empty when from is after to', () => {
    const options = { currency: 'EUR', granularity: 'month' } as const;
    const months = revenueByPeriod(points, 'sourced-revenue', {
      ...options,
      from: '2024-12-05',
      to: '2025-02-20',
    });
    expect(months.buckets.map((bucket) => [bucket.key, bucket.amountMinor])).toEqual([
      ['2024-12', 0],
      ['2025-01', 0],
      ['2025-02', 500],
    ]);
    expect(
      revenueByPeriod(points, 'sourced-revenue', {
        ...options,
        from: '2025-02-01',
        to: '2025-01-01',
      }).buckets,
    ).toEqual([]);
  });

  it('stops at the last four-digit year', () => {
    const series = revenueByPeriod([], 'sourced-revenue', {
      currency: 'EUR',
      granularity: 'year',
      from: '9998-01-01',
      to: '9999-12-31',
    });
    expect(series.buckets.map((bucket) => bucket.key)).toEqual(['9998', '9999']);
  });
});
