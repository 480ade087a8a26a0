import { describe, expect, it } from 'vitest';
import {
  balanceDates,
  balancePeriodLabel,
  balancePeriodOf,
  monthsOf,
  shiftBalancePeriod,
} from './balance-period';

describe('balance periods', () => {
  it('find the month, quarter or year holding a date', () => {
    expect(balancePeriodOf('month', '2026-11-29')).toEqual({
      kind: 'month',
      year: 2026,
      index: 11,
    });
    expect(balancePeriodOf('quarter', '2026-11-29')).toEqual({
      kind: 'quarter',
      year: 2026,
      index: 4,
    });
    expect(balancePeriodOf('year', '2026-11-29')).toEqual({ kind: 'year', year: 2026, index: 1 });
  });

  it('cover whole months and read as dates and labels', () => {
    const q2 = { kind: 'quarter', year: 2026, index: 2 } as const;
    expect(monthsOf(q2)).toEqual({ first: 4, last: 6 });
    expect(balanceDates(q2)).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(balancePeriodLabel(q2)).toBe('Q2 2026');
    expect(balancePeriodLabel({ kind: 'month', year: 2026, index: 3 })).toBe('March 2026');
    expect(balancePeriodLabel({ kind: 'year', year: 2026, index: 1 })).toBe('2026');
  });

  it('step across year ends both ways', () => {
    const jan = { kind: 'month', year: 2026, index: 1 } as const;
    expect(shiftBalancePeriod(jan, -1)).toEqual({ kind: 'month', year: 2025, index: 12 });
    expect(shiftBalancePeriod(jan, 13)).toEqual({ kind: 'month', year: 2027, index: 2 });
    const q4 = { kind: 'quarter', year: 2026, index: 4 } as const;
    expect(shiftBalancePeriod(q4, 1)).toEqual({ kind: 'quarter', year: 2027, index: 1 });
    expect(shiftBalancePeriod({ kind: 'year', year: 2026, index: 1 }, -2)).toEqual({
      kind: 'year',
      year: 2024,
      index: 1,
    });
  });
});
