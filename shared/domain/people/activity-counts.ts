import { emptyCounts, type BalanceActivity, type MixCounts } from './balance';
import { monthsOf, type BalancePeriod } from './balance-period';

/**
 * Activity counts derived from the log and stored beside it, so that the balance view for a year
 * reads one small record per partner instead of hundreds of thousands of activities. One record
 * holds one partner's year: for each month, four counts (inbound development, inbound sales,
 * outbound development, outbound sales), packed into a typed array, which IndexedDB stores and
 * reads back far faster than as many small objects. An activity counts in the UTC month of its
 * timestamp, as balance.ts counts it in the UTC day. Records are derived data: never in files,
 * merges or exports, rebuilt whenever the activities arrive by another road.
 */

/** Counts per month: inbound development, inbound sales, outbound development, outbound sales. */
export const SLOTS_PER_MONTH = 4;

/** One partner's activity counts for one calendar year. */
export interface ActivityCounts {
  /** `${partnerId}:${year}`, which keys the record. */
  id: string;
  partnerId: string;
  year: number;
  /** 12 months × {@link SLOTS_PER_MONTH} counts, January first. */
  counts: Int32Array;
}

/** A partner and year whose counts a write touches. */
export interface CountsKey {
  partnerId: string;
  year: number;
}

/** The id of a partner's counts for a year. */
export const countsId = (partnerId: string, year: number): string => `${partnerId}:${year}`;

/** The partner and year an activity counts in. */
export function countsKeyOf(activity: BalanceActivity): CountsKey {
  return { partnerId: activity.partnerId, year: Number(activity.occurredAt.slice(0, 4)) };
}

/** A year with no activity counted. */
export function emptyActivityCounts(partnerId: string, year: number): ActivityCounts {
  return {
    id: countsId(partnerId, year),
    partnerId,
    year,
    counts: new Int32Array(12 * SLOTS_PER_MONTH),
  };
}

function slotOf(activity: BalanceActivity): number {
  const month = Number(activity.occurredAt.slice(5, 7));
  const direction = activity.direction === 'inbound' ? 0 : 2;
  const purpose = activity.purpose === 'development' ? 0 : 1;
  return (month - 1) * SLOTS_PER_MONTH + direction + purpose;
}

/** True when a record counts nothing (and so need not be stored). */
export function countsAreEmpty(record: ActivityCounts): boolean {
  return record.counts.every((count) => count === 0);
}

/**
 * Counts activities into one record per partner and year that has any. Activities of other
 * years or partners than a record's never mix into it.
 */
export function countActivityYears(activities: Iterable<BalanceActivity>): ActivityCounts[] {
  const records = new Map<string, ActivityCounts>();
  for (const activity of activities) {
    const { partnerId, year } = countsKeyOf(activity);
    const id = countsId(partnerId, year);
    let record = records.get(id);
    if (record === undefined) {
      record = emptyActivityCounts(partnerId, year);
      records.set(id, record);
    }
    const slot = slotOf(activity);
    record.counts[slot] = (record.counts[slot] ?? 0) + 1;
  }
  return [...records.values()];
}

// Adds one record's months within the period into the mix.
function addMonths(mix: MixCounts, record: ActivityCounts, first: number, last: number): void {
  for (let month = first; month <= last; month += 1) {
    const at = (month - 1) * SLOTS_PER_MONTH;
    const inDev = record.counts[at] ?? 0;
    const inSales = record.counts[at + 1] ?? 0;
    const outDev = record.counts[at + 2] ?? 0;
    const outSales = record.counts[at + 3] ?? 0;
    mix.inbound += inDev + inSales;
    mix.outbound += outDev + outSales;
    mix.development += inDev + outDev;
    mix.sales += inSales + outSales;
  }
}

/**
 * The mix of a calendar period from stored counts, overall and per partner with activity in it:
 * the same figures countActivities (balance.ts) gives from the activities themselves.
 */
export function periodMixCounts(
  records: Iterable<ActivityCounts>,
  period: BalancePeriod,
): { overall: MixCounts; byPartner: Map<string, MixCounts> } {
  const { first, last } = monthsOf(period);
  const overall = emptyCounts();
  const byPartner = new Map<string, MixCounts>();
  for (const record of records) {
    if (record.year !== period.year) continue;
    const mix = byPartner.get(record.partnerId) ?? emptyCounts();
    addMonths(mix, record, first, last);
    if (mix.inbound + mix.outbound === 0) continue;
    byPartner.set(record.partnerId, mix);
  }
  for (const mix of byPartner.values()) {
    overall.inbound += mix.inbound;
    overall.outbound += mix.outbound;
    overall.development += mix.development;
    overall.sales += mix.sales;
  }
  return { overall, byPartner };
}
