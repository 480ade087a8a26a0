import { z } from 'zod';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  isoDateSchema,
  type IsoDate,
} from './iso-date';

/**
 * A period is an explicit, inclusive range of ISO dates. Plans and goals often follow a fiscal
 * year that does not start in January, so a label such as "2025-Q3" cannot say which days it
 * holds; start and end dates can. Labels are derived for display, and helpers build the common
 * calendar periods. Quarters of a period count three months from its start, so a plan for a
 * fiscal year starting 1 February has Q1 = February to April.
 */

/** An inclusive range of calendar dates, end on or after start. */
export const periodSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema })
  .refine((period) => period.end >= period.start, {
    error: 'The period must end on or after the day it starts.',
    path: ['end'],
  });

/** An inclusive range of calendar dates. */
export type Period = z.infer<typeof periodSchema>;

const pad = (value: number): string => String(value).padStart(2, '0');
const yyyy = (year: number): string => String(year).padStart(4, '0');

/** The calendar year as a period (2025 → 2025-01-01 to 2025-12-31). */
export function yearPeriod(year: number): Period {
  return { start: `${yyyy(year)}-01-01`, end: `${yyyy(year)}-12-31` };
}

/** A calendar quarter (1–4) as a period (2025, 2 → 2025-04-01 to 2025-06-30). */
export function quarterPeriod(year: number, quarter: number): Period {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  return {
    start: `${yyyy(year)}-${pad(firstMonth)}-01`,
    end: `${yyyy(year)}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

/** A calendar month (1–12) as a period. */
export function monthPeriod(year: number, month: number): Period {
  return {
    start: `${yyyy(year)}-${pad(month)}-01`,
    end: `${yyyy(year)}-${pad(month)}-${pad(daysInMonth(year, month))}`,
  };
}

/** A short label: "2025", "2025-Q2" or "2025-06" for calendar periods, else "start – end". */
export function periodLabel(period: Period): string {
  const year = Number(period.start.slice(0, 4));
  const month = Number(period.start.slice(5, 7));
  const same = (other: Period): boolean => other.start === period.start && other.end === period.end;
  if (same(yearPeriod(year))) return period.start.slice(0, 4);
  if ((month - 1) % 3 === 0 && same(quarterPeriod(year, (month - 1) / 3 + 1))) {
    return `${period.start.slice(0, 4)}-Q${(month - 1) / 3 + 1}`;
  }
  if (same(monthPeriod(year, month))) return period.start.slice(0, 7);
  return `${period.start} – ${period.end}`;
}

/** Whether a date falls within a period, ends included. */
export function periodContains(period: Period, date: IsoDate): boolean {
  return date >= period.start && date <= period.end;
}

/** Whether two periods share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The number of days in a period, ends included. */
export function periodDays(period: Period): number {
  return daysBetween(period.start, period.end) + 1;
}

/**
 * The period's quarters: three-month slices from its start, the last cut at its end (none for a
 * period whose start is not a date).
 */
export function periodQuarters(period: Period): Period[] {
  const key = `${period.start}/${period.end}`;
  const known = quarterCache.get(key);
  if (known !== undefined) return known.map((quarter) => ({ ...quarter }));
  const quarters = computeQuarters(period);
  if (quarterCache.size >= QUARTER_CACHE_SIZE) quarterCache.clear();
  quarterCache.set(
    key,
    quarters.map((quarter) => ({ ...quarter })),
  );
  return quarters;
}

// Working the quarters out takes a dozen date conversions, and the dashboard asks for the same
// period's thousands of times (every plan of the year): recent answers are kept, and handed out
// as copies so that no caller can change another's.
const QUARTER_CACHE_SIZE = 64;
const quarterCache = new Map<string, readonly Readonly<Period>[]>();

// What a real start date looks like: an invalid one ("0NaN-NaN-NaN" from a date that is not one)
// compares below every end, and the loop would never stop.
const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function computeQuarters(period: Period): Period[] {
  const quarters: Period[] = [];
  for (let index = 0; ; index += 1) {
    const start = addMonths(period.start, index * 3);
    if (start > period.end || !ISO_DATE_SHAPE.test(start)) break;
    const nextStart = addMonths(period.start, (index + 1) * 3);
    const end = addDays(nextStart, -1);
    quarters.push({ start, end: end < period.end ? end : period.end });
  }
  return quarters;
}

/** The share of a period that has passed by the end of `today`: 0 before it starts, 1 after it. */
export function elapsedShare(period: Period, today: IsoDate): number {
  if (today < period.start) return 0;
  if (today >= period.end) return 1;
  return (daysBetween(period.start, today) + 1) / periodDays(period);
}
