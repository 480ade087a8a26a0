import { describe, expect, it } from 'vitest';
import { validate } from '../validation';
import { addDays, addMonths, dateOfTimestamp, daysBetween, daysInMonth } from './iso-date';
import {
  elapsedShare,
  monthPeriod,
  periodContains,
  periodDays,
  periodLabel,
  periodQuarters,
  periodSchema,
  periodsOverlap,
  quarterPeriod,
  yearPeriod,
} from './period';

describe('a period that is not one', () => {
  it('has no quarters, rather than looping for ever (a workbook file with such a plan hung)', () => {
    const start = '<img src=x onerror=alert(1)>';
    expect(periodQuarters({ start, end: '2026-12-31' })).toEqual([]);
    expect(periodSchema.safeParse({ start, end: '2026-12-31' }).success).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    // 30 June 2025 less 364 days: the 365-day window ending that day starts 1 July 2024.
    expect(addDays('2025-06-30', -364)).toBe('2024-07-01');
  });

  it('counts days between dates', () => {
    // January (31) + February 2025 (28) = 59.
    expect(daysBetween('2025-01-01', '2025-03-01')).toBe(59);
    expect(daysBetween('2025-03-01', '2025-01-01')).toBe(-59);
    expect(daysBetween('2025-03-01', '2025-03-01')).toBe(0);
  });

  it('adds months, keeping the day within the month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-01-15', -13)).toBe('2023-12-15');
  });

  it('knows month lengths, also for years below 100', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 12)).toBe(31);
    // Year 0 is a leap year (divisible by 400); Date.UTC would read it as 1900, which is not.
    expect(daysInMonth(0, 2)).toBe(29);
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('takes the UTC day of a timestamp', () => {
    expect(dateOfTimestamp('2025-06-30T23:10:00.000Z')).toBe('2025-06-30');
  });
});

describe('periods', () => {
  it('builds calendar periods and labels them', () => {
    expect(yearPeriod(2025)).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(quarterPeriod(2024, 1)).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(quarterPeriod(2025, 4)).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(monthPeriod(2024, 2)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodLabel(yearPeriod(2025))).toBe('2025');
    expect(periodLabel(quarterPeriod(2025, 2))).toBe('2025-Q2');
    expect(periodLabel(monthPeriod(2025, 6))).toBe('2025-06');
    expect(periodLabel({ start: '2025-02-01', end: '2026-01-31' })).toBe('2025-02-01 – 2026-01-31');
  });

  it('refuses a period that ends before it starts', () => {
    expect(validate(periodSchema, { start: '2025-06-30', end: '2025-06-01' })).toEqual({
      ok: false,
      errors: { end: 'The period must end on or after the day it starts.' },
    });
    expect(validate(periodSchema, { start: '2025-02-30', end: '2025-06-01' })).toEqual({
      ok: false,
      errors: { start: 'Enter a date like 2025-06-30.' },
    });
  });

  it('tests containment and overlap with both ends included', () => {
    const q2 = quarterPeriod(2025, 2);
    expect(periodContains(q2, '2025-04-01')).toBe(true);
    expect(periodContains(q2, '2025-06-30')).toBe(true);
    expect(periodContains(q2, '2025-07-01')).toBe(false);
    expect(periodsOverlap(q2, { start: '2025-06-30', end: '2025-08-01' })).toBe(true);
    expect(periodsOverlap(q2, quarterPeriod(2025, 3))).toBe(false);
    expect(periodDays(q2)).toBe(91);
  });

  it('splits a fiscal year into quarters from its start', () => {
    expect(periodQuarters({ start: '2025-02-01', end: '2026-01-31' })).toEqual([
      { start: '2025-02-01', end: '2025-04-30' },
      { start: '2025-05-01', end: '2025-07-31' },
      { start: '2025-08-01', end: '2025-10-31' },
      { start: '2025-11-01', end: '2026-01-31' },
    ]);
  });

  it('cuts the last quarter at the period’s end', () => {
    expect(periodQuarters({ start: '2025-01-01', end: '2025-08-15' })).toEqual([
      quarterPeriod(2025, 1),
      quarterPeriod(2025, 2),
      { start: '2025-07-01', end: '2025-08-15' },
    ]);
    expect(periodQuarters({ start: '2025-05-05', end: '2025-05-05' })).toEqual([
      { start: '2025-05-05', end: '2025-05-05' },
    ]);
  });

  it('gives the same quarters when asked again, as copies a caller may change', () => {
    const period = { start: '2027-03-01', end: '2027-08-31' };
    const first = periodQuarters(period);
    const [q1] = first;
    if (!q1) throw new Error('no quarter');
    q1.end = 'changed';
    first.pop();
    expect(periodQuarters(period)).toEqual([
      { start: '2027-03-01', end: '2027-05-31' },
      { start: '2027-06-01', end: '2027-08-31' },
    ]);
  });

  it('gives the share of a period gone by the end of a day', () => {
    const q1 = quarterPeriod(2025, 1);
    // 14 February is day 45 of Q1 2025's 90 days: 45 / 90 = 0.5.
    expect(elapsedShare(q1, '2025-02-14')).toBe(0.5);
    expect(elapsedShare(q1, '2024-12-31')).toBe(0);
    expect(elapsedShare(q1, '2025-03-31')).toBe(1);
    expect(elapsedShare(q1, '2025-09-01')).toBe(1);
  });
});
