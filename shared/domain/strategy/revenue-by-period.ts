import { noFigure, figure, type Figure } from './figure';
import type { IsoDate } from './iso-date';
import type { RevenueMetricKey } from './metric';
import type { MetricPoint } from './metric-sums';
import type { Currency } from './money';
import { monthPeriod, quarterPeriod, yearPeriod, type Period } from './period';

/**
 * Sourced or influenced revenue by calendar month, quarter or year, each bucket with its change
 * against the bucket before. One call reads one revenue metric: the two are charted side by
 * side, never stacked into a total. Buckets with no entries are zero, so a series has no gaps.
 */

/** The bucket sizes a series can use. */
export const GRANULARITIES = ['month', 'quarter', 'year'] as const;

/** A bucket size. */
export type Granularity = (typeof GRANULARITIES)[number];

const pad = (value: number): string => String(value).padStart(2, '0');

/** The key of the bucket holding a date: "2025-06", "2025-Q2" or "2025"; keys sort as strings. */
export function bucketKey(date: IsoDate, granularity: Granularity): string {
  switch (granularity) {
    case 'month':
      return date.slice(0, 7);
    case 'quarter':
      return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
    case 'year':
      return date.slice(0, 4);
  }
}

// A bucket as a count of buckets since year 0, and back: the arithmetic for shifting keys.
function bucketIndex(key: string, granularity: Granularity): number {
  const year = Number(key.slice(0, 4));
  if (granularity === 'year') return year;
  if (granularity === 'quarter') return year * 4 + Number(key.slice(6)) - 1;
  return year * 12 + Number(key.slice(5, 7)) - 1;
}

function keyOfIndex(index: number, granularity: Granularity): string {
  const year = (value: number): string => String(value).padStart(4, '0');
  if (granularity === 'year') return year(index);
  if (granularity === 'quarter') return `${year(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
  return `${year(Math.floor(index / 12))}-${pad((index % 12) + 1)}`;
}

/** The key `by` buckets after `key` (before it when negative). */
export function shiftBucket(key: string, granularity: Granularity, by: number): string {
  return keyOfIndex(bucketIndex(key, granularity) + by, granularity);
}

/** The dates a bucket covers. */
export function bucketPeriod(key: string, granularity: Granularity): Period {
  const year = Number(key.slice(0, 4));
  if (granularity === 'year') return yearPeriod(year);
  if (granularity === 'quarter') return quarterPeriod(year, Number(key.slice(6)));
  return monthPeriod(year, Number(key.slice(5, 7)));
}

/** A change against the previous figure: the difference, and that as a share of the previous. */
export interface Trend {
  absolute: number;
  /** 0.25 means up a quarter; no figure when the previous figure was zero. */
  relative: Figure<number, 'no-previous-value'>;
}

/** The change from `previous` to `current`. */
export function trend(current: number, previous: number): Trend {
  const absolute = current - previous;
  return {
    absolute,
    relative:
      previous === 0 ? noFigure('no-previous-value') : figure(absolute / Math.abs(previous)),
  };
}

/** One bucket of a revenue series. */
export interface RevenueBucket {
  key: string;
  period: Period;
  amountMinor: number;
  /** The bucket before's amount, which the trend compares against. */
  previousMinor: number;
  trend: Trend;
}

/** One revenue metric by bucket, in one currency. */
export interface RevenueSeries {
  metric: RevenueMetricKey;
  currency: Currency;
  granularity: Granularity;
  buckets: RevenueBucket[];
  /** Entries in the range left out because they are in another currency. */
  leftOut: number;
}

/** What a series covers: the buckets holding `from` through the one holding `to`. */
export interface SeriesOptions {
  currency: Currency;
  granularity: Granularity;
  from: IsoDate;
  to: IsoDate;
}

/** One revenue metric summed by bucket from `from` to `to`, each bucket with its trend. */
export function revenueByPeriod(
  points: readonly MetricPoint[],
  metric: RevenueMetricKey,
  options: SeriesOptions,
): RevenueSeries {
  const { currency, granularity } = options;
  const series: RevenueSeries = { metric, currency, granularity, buckets: [], leftOut: 0 };
  if (options.from > options.to) return series;
  const first = bucketKey(options.from, granularity);
  const last = bucketKey(options.to, granularity);
  // One bucket before the first, so that the first bucket has a trend too.
  const before = shiftBucket(first, granularity, -1);
  const sums = new Map<string, number>();
  for (const point of points) {
    if (point.metric !== metric) continue;
    const key = bucketKey(point.date, granularity);
    if (key < before || key > last) continue;
    if (point.currency !== currency) {
      if (key >= first) series.leftOut += 1;
      continue;
    }
    sums.set(key, (sums.get(key) ?? 0) + point.value);
  }
  let previous = sums.get(before) ?? 0;
  const end = bucketIndex(last, granularity);
  for (let index = bucketIndex(first, granularity); index <= end; index += 1) {
    const key = keyOfIndex(index, granularity);
    const amount = sums.get(key) ?? 0;
    series.buckets.push({
      key,
      period: bucketPeriod(key, granularity),
      amountMinor: amount,
      previousMinor: previous,
      trend: trend(amount, previous),
    });
    previous = amount;
  }
  return series;
}
