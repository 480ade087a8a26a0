import type { Currency } from './money';
import { periodContains, type Period } from './period';

/**
 * The two ways metric entries combine (see metric.ts): a sum over a period, and the latest level
 * in a window. Money sums keep to one currency; entries in another currency are counted, not
 * converted, so the UI can say how many were left out.
 */

/** The fields of a metric entry the figures read. */
export interface MetricPoint {
  metric: string;
  date: string;
  value: number;
  currency?: string | undefined;
}

/** A total, with how many entries made it and how many were left out for their currency. */
export interface MetricTotal {
  total: number;
  entries: number;
  otherCurrency: number;
}

/** The sum of one metric's entries dated within `period`; with `currency`, only that currency's. */
export function sumMetric(
  points: readonly MetricPoint[],
  metric: string,
  period: Period,
  currency?: Currency,
): MetricTotal {
  const result: MetricTotal = { total: 0, entries: 0, otherCurrency: 0 };
  for (const point of points) {
    if (point.metric !== metric || !periodContains(period, point.date)) continue;
    if (currency !== undefined && point.currency !== currency) {
      result.otherCurrency += 1;
      continue;
    }
    result.total += point.value;
    result.entries += 1;
  }
  return result;
}

/** A level read on a day. */
export interface MetricLevel {
  value: number;
  date: string;
}

/**
 * The latest level of a metric within `window` (entries on that latest day add up), or undefined
 * when the window holds none; with `currency`, only that currency's entries count.
 */
export function latestLevel(
  points: readonly MetricPoint[],
  metric: string,
  window: Period,
  currency?: Currency,
): MetricLevel | undefined {
  let latest: MetricLevel | undefined;
  for (const point of points) {
    if (point.metric !== metric || !periodContains(window, point.date)) continue;
    if (currency !== undefined && point.currency !== currency) continue;
    if (latest === undefined || point.date > latest.date) {
      latest = { value: point.value, date: point.date };
    } else if (point.date === latest.date) {
      latest = { value: latest.value + point.value, date: latest.date };
    }
  }
  return latest;
}
