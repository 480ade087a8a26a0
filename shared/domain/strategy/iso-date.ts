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

// Days since 1970-01-01 of a calendar date in the proleptic Gregorian calendar (month index
// 0–11, and 12 for the next January), by plain arithmetic (H. Hinnant's days_from_civil): the
// dashboard does this some hundred thousand times, and a Date object for each was most of its
// cost. Years 0–99 read as they are, as they must for ISO dates.
function dayNumber(year: number, monthIndex: number, day: number): number {
  const y = year + Math.floor(monthIndex / 12) - (((monthIndex % 12) + 12) % 12 < 2 ? 1 : 0);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function toDayNumber(date: IsoDate): number {
  return dayNumber(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value));

// The calendar date of a day number (civil_from_days); outside years 0–9999, Date's own form.
function fromDayNumber(days: number): IsoDate {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return new Date(days * DAY_MS).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
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
