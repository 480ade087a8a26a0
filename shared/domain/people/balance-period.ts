import { monthPeriod, quarterPeriod, yearPeriod, type Period } from '../strategy/period';

/**
 * The calendar periods the balance view steps through: a month, a quarter or a year. They always
 * cover whole months, which is what lets the view add up monthly counts (activity-counts.ts)
 * instead of reading every activity.
 */

/** How long a balance period is. */
export const BALANCE_PERIOD_KINDS = ['month', 'quarter', 'year'] as const;

/** One kind of balance period. */
export type BalancePeriodKind = (typeof BALANCE_PERIOD_KINDS)[number];

/** A calendar month (index 1–12), quarter (index 1–4) or year (index 1). */
export interface BalancePeriod {
  kind: BalancePeriodKind;
  year: number;
  index: number;
}

/** The period of the given kind that holds a date (yyyy-mm-dd). */
export function balancePeriodOf(kind: BalancePeriodKind, date: string): BalancePeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (kind === 'month') return { kind, year, index: month };
  if (kind === 'quarter') return { kind, year, index: Math.floor((month - 1) / 3) + 1 };
  return { kind, year, index: 1 };
}

/** The first and last month (1–12) the period covers, within its year. */
export function monthsOf(period: BalancePeriod): { first: number; last: number } {
  if (period.kind === 'month') return { first: period.index, last: period.index };
  if (period.kind === 'quarter') {
    const first = (period.index - 1) * 3 + 1;
    return { first, last: first + 2 };
  }
  return { first: 1, last: 12 };
}

/** The period as dates, for labels and for filtering timestamps. */
export function balanceDates(period: BalancePeriod): Period {
  if (period.kind === 'month') return monthPeriod(period.year, period.index);
  if (period.kind === 'quarter') return quarterPeriod(period.year, period.index);
  return yearPeriod(period.year);
}

const PER_YEAR: Record<BalancePeriodKind, number> = { month: 12, quarter: 4, year: 1 };

/** The period `steps` periods later (earlier when negative), across year ends. */
export function shiftBalancePeriod(period: BalancePeriod, steps: number): BalancePeriod {
  const perYear = PER_YEAR[period.kind];
  const position = period.year * perYear + (period.index - 1) + steps;
  return {
    kind: period.kind,
    year: Math.floor(position / perYear),
    index: (((position % perYear) + perYear) % perYear) + 1,
  };
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How the period reads: "March 2026", "Q1 2026", "2026". */
export function balancePeriodLabel(period: BalancePeriod): string {
  if (period.kind === 'month') return `${MONTH_NAMES[period.index - 1] ?? ''} ${period.year}`;
  if (period.kind === 'quarter') return `Q${period.index} ${period.year}`;
  return String(period.year);
}
