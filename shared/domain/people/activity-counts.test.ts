import { describe, expect, it } from 'vitest';
import { countActivities, type BalanceActivity } from './balance';
import { balanceDates, type BalancePeriod } from './balance-period';
import {
  countActivityYears,
  countsAreEmpty,
  countsKeyOf,
  emptyActivityCounts,
  periodMixCounts,
} from './activity-counts';

const a = 'partner-a';
const b = 'partner-b';
const act = (
  partnerId: string,
  occurredAt: string,
  direction: BalanceActivity['direction'],
  purpose: BalanceActivity['purpose'],
): BalanceActivity => ({ partnerId, occurredAt, direction, purpose });

const activities = [
  act(a, '2025-12-31T23:59:59.999Z', 'inbound', 'development'), // the year before
  act(a, '2026-01-01T00:00:00.000Z', 'inbound', 'development'),
  act(a, '2026-02-10T12:00:00.000Z', 'outbound', 'sales'),
  act(a, '2026-03-31T23:59:59.999Z', 'outbound', 'development'),
  act(a, '2026-04-01T00:00:00.000Z', 'inbound', 'sales'), // Q2
  act(b, '2026-02-01T09:00:00.000Z', 'outbound', 'sales'),
  act(b, '2026-02-02T09:00:00.000Z', 'outbound', 'sales'),
];

describe('countActivityYears', () => {
  it('keeps one record per partner and year, each month in four slots', () => {
    const records = countActivityYears(activities);
    expect(records.map((r) => r.id).sort()).toEqual([
      'partner-a:2025',
      'partner-a:2026',
      'partner-b:2026',
    ]);
    const a2026 = records.find((r) => r.id === 'partner-a:2026');
    // January: inbound development (slot 0); February: outbound sales (slot 4 + 3);
    // March: outbound development (slot 8 + 2); April: inbound sales (slot 12 + 1).
    expect([...(a2026?.counts ?? [])].slice(0, 16)).toEqual([
      1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0,
    ]);
    const b2026 = records.find((r) => r.id === 'partner-b:2026');
    expect(b2026?.counts[7]).toBe(2);
    expect(countsAreEmpty(emptyActivityCounts(a, 2026))).toBe(true);
    expect(countsKeyOf(activities[0] as BalanceActivity)).toEqual({ partnerId: a, year: 2025 });
  });
});

describe('periodMixCounts', () => {
  const records = countActivityYears(activities);
  const q1: BalancePeriod = { kind: 'quarter', year: 2026, index: 1 };

  it('adds the months of a quarter, overall and per partner', () => {
    const mix = periodMixCounts(records, q1);
    // Q1 2026: A has 1 inbound + 2 outbound, 2 development + 1 sales; B has 2 outbound sales.
    expect(mix.byPartner.get(a)).toEqual({ inbound: 1, outbound: 2, development: 2, sales: 1 });
    expect(mix.byPartner.get(b)).toEqual({ inbound: 0, outbound: 2, development: 0, sales: 2 });
    expect(mix.overall).toEqual({ inbound: 1, outbound: 4, development: 2, sales: 3 });
  });

  it('leaves out partners with nothing in the period and agrees with counting the log', () => {
    const april: BalancePeriod = { kind: 'month', year: 2026, index: 4 };
    expect([...periodMixCounts(records, april).byPartner.keys()]).toEqual([a]);
    for (const period of [
      q1,
      april,
      { kind: 'year', year: 2026, index: 1 },
      { kind: 'year', year: 2025, index: 1 },
    ] satisfies BalancePeriod[]) {
      const fromCounts = periodMixCounts(records, period);
      const fromLog = countActivities(activities, balanceDates(period));
      expect(fromCounts.overall).toEqual(fromLog.overall);
      expect(fromCounts.byPartner).toEqual(fromLog.byPartner);
    }
  });
});
