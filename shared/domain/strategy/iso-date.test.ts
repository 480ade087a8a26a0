import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, daysInMonth } from './iso-date';

const DAY_MS = 86_400_000;

// The calendar through Date, as the arithmetic must agree with it.
function viaDate(date: string, days: number): string {
  const at = new Date(0);
  at.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));
  return new Date(at.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

describe('day arithmetic', () => {
  it('agrees with Date on every day from 1899 to 2101', () => {
    let date = '1899-01-01';
    const disagreements: string[] = [];
    for (let n = 0; n < 74_000; n += 1) {
      const next = addDays(date, 1);
      if (next !== viaDate(date, 1) || daysBetween(date, next) !== 1) disagreements.push(date);
      date = next;
    }
    expect(disagreements).toEqual([]);
    expect(date).toBe('2101-08-10');
  });

  it('keeps leap days, century rules and the ends of the four-digit years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('0001-01-01', -1)).toBe('0000-12-31');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(daysBetween('1970-01-01', '2026-11-29')).toBe(20_786);
    expect(daysBetween('0000-03-01', '9999-12-31')).toBe(viaDays('0000-03-01', '9999-12-31'));
  });

  it('counts the days of each month and adds months within them', () => {
    expect([1, 2, 3, 4, 12].map((month) => daysInMonth(2024, month))).toEqual([31, 29, 31, 30, 31]);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-03-31', -13)).toBe('2024-02-29');
  });
});

function viaDays(from: string, to: string): number {
  const at = (date: string) => {
    const d = new Date(0);
    d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));
    return d.getTime() / DAY_MS;
  };
  return Math.round(at(to) - at(from));
}
