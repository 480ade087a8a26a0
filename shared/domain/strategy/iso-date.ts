import { z } from 'zod';

/**
 * Calendar dates as ISO strings ("2025-06-30"), and the day arithmetic the strategy figures need.
 * Dates carry no time zone: a date is the day the user means. Timestamps (activities) are read as
 * their UTC day. ISO dates compare correctly as strings, which keeps filters over large tables cheap.
 */

const DAY_MS = 86_400_000;

/** A calendar date, "YYYY-MM-DD", that exists (no 30 February). */
export const isoDateSchema = z.iso.date({ error: 'Enter a date like 2025-06-30.' });

/** A calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

// Days since 1970-01-01 of a calendar date; setUTCFullYear, unlike Date.UTC, reads years 0–99
// as they are rather than as 1900–1999.
function dayNumber(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return Math.round(date.getTime() / DAY_MS);
}

function toDayNumber(date: IsoDate): number {
  return dayNumber(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

function fromDayNumber(days: number): IsoDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month, 1) - dayNumber(year, month - 1, 1);
}

/** The date `months` calendar months later, kept within the month (31 Jan + 1 month = 28 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const monthIndex = Number(date.slice(5, 7)) - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (((monthIndex % 12) + 12) % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(targetYear, targetMonth));
  return fromDayNumber(dayNumber(targetYear, targetMonth - 1, day));
}

/** The UTC calendar day of an ISO timestamp ("2025-06-30T23:10:00.000Z" → "2025-06-30"). */
export function dateOfTimestamp(timestamp: string): IsoDate {
  return timestamp.slice(0, 10);
}

/** The later of two dates. */
export function laterDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** The earlier of two dates. */
export function earlierDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
