import { describe, expect, it } from 'vitest';
import { quarterPeriod } from '../strategy/period';
import { activityBalance, balanceOf, emptyCounts, type BalanceActivity } from './balance';
import {
  balanceTargetSchema,
  DEFAULT_BALANCE_TARGET,
  readBalanceTarget,
  type BalanceTarget,
} from './balance-target';

const q2 = quarterPeriod(2025, 2); // 2025-04-01 to 2025-06-30
const a = 'partner-a';
const b = 'partner-b';
const act = (
  partnerId: string,
  occurredAt: string,
  direction: BalanceActivity['direction'],
  purpose: BalanceActivity['purpose'],
): BalanceActivity => ({ partnerId, occurredAt, direction, purpose });

// n inbound of total, all development, as counts.
const inboundOf = (inbound: number, total: number) => ({
  ...emptyCounts(),
  inbound,
  outbound: total - inbound,
  development: total,
});
const target = (inboundPercent: number, tolerancePoints: number): BalanceTarget => ({
  inboundPercent,
  developmentPercent: 50,
  tolerancePoints,
});

describe('activityBalance', () => {
  const activities = [
    act(a, '2025-03-31T23:59:59.999Z', 'inbound', 'development'), // before Q2
    act(a, '2025-04-01T00:00:00.000Z', 'inbound', 'development'),
    act(a, '2025-04-15T10:00:00.000Z', 'outbound', 'sales'),
    act(a, '2025-05-20T10:00:00.000Z', 'outbound', 'development'),
    act(a, '2025-06-30T23:59:59.999Z', 'outbound', 'sales'),
    act(a, '2025-07-01T00:00:00.000Z', 'inbound', 'sales'), // after Q2
    act(b, '2025-05-01T09:00:00.000Z', 'inbound', 'sales'),
    act(b, '2025-05-02T09:00:00.000Z', 'inbound', 'sales'),
  ];
  const report = activityBalance(activities, q2, DEFAULT_BALANCE_TARGET);

  it('counts and shares the period overall, with a share exactly at the edge within', () => {
    // In Q2: A has 1 inbound + 3 outbound, 2 development + 2 sales; B has 2 inbound sales.
    // Overall 3 of 6 inbound = 50%, the top of 40 ± 10: within. Development 2 of 6 = 33⅓%,
    // under 50 − 10 = 40: drifting to sales.
    expect(report.overall).toEqual({
      total: 6,
      direction: {
        inbound: 3,
        outbound: 3,
        inboundShare: { value: 0.5 },
        outboundShare: { value: 0.5 },
        drift: 'within',
      },
      purpose: {
        development: 2,
        sales: 4,
        developmentShare: { value: 2 / 6 },
        salesShare: { value: 4 / 6 },
        drift: 'drifting-sales',
      },
    });
  });

  it('balances each partner on its own', () => {
    expect([...report.byPartner.keys()]).toEqual([a, b]);
    // A: 1 of 4 inbound = 25% < 30: drifting outbound; 2 of 4 development = 50%: within.
    const partnerA = report.byPartner.get(a);
    expect(partnerA?.direction.inboundShare).toEqual({ value: 0.25 });
    expect(partnerA?.direction.drift).toBe('drifting-outbound');
    expect(partnerA?.purpose.drift).toBe('within');
    // B: 2 of 2 inbound = 100% > 50: drifting inbound; 0 of 2 development: drifting to sales.
    const partnerB = report.byPartner.get(b);
    expect(partnerB?.direction).toMatchObject({
      inbound: 2,
      outbound: 0,
      drift: 'drifting-inbound',
    });
    expect(partnerB?.purpose).toMatchObject({
      developmentShare: { value: 0 },
      salesShare: { value: 1 },
      drift: 'drifting-sales',
    });
  });

  it('says "no activity" instead of dividing by zero', () => {
    const empty = activityBalance([], q2, DEFAULT_BALANCE_TARGET);
    const none = { value: undefined, reason: 'no-activity' };
    expect(empty.byPartner.size).toBe(0);
    expect(empty.overall).toEqual({
      total: 0,
      direction: {
        inbound: 0,
        outbound: 0,
        inboundShare: none,
        outboundShare: none,
        drift: 'no-activity',
      },
      purpose: {
        development: 0,
        sales: 0,
        developmentShare: none,
        salesShare: none,
        drift: 'no-activity',
      },
    });
    // Activity outside the period is no activity in it.
    expect(activityBalance(activities.slice(5, 6), q2, DEFAULT_BALANCE_TARGET).overall.total).toBe(
      0,
    );
  });
});

describe('drift at the edges of the tolerance', () => {
  const drift = (inbound: number, total: number, t: BalanceTarget) =>
    balanceOf(inboundOf(inbound, total), t).direction.drift;

  it('is within exactly at target ± tolerance and drifts one step past it', () => {
    const t = target(40, 10); // within 30%–50%
    expect(drift(29, 100, t)).toBe('drifting-outbound');
    expect(drift(30, 100, t)).toBe('within');
    expect(drift(40, 100, t)).toBe('within');
    expect(drift(50, 100, t)).toBe('within');
    expect(drift(51, 100, t)).toBe('drifting-inbound');
  });

  it('compares exactly where floating point would not', () => {
    // 11 / 20 × 100 is 55.00000000000001 in floating point, yet exactly 55: the top of 45 ± 10.
    expect(drift(11, 20, target(45, 10))).toBe('within');
    // 29 / 50 × 100 is 57.99999999999999, yet exactly 58: the bottom of 68 ± 10.
    expect(drift(29, 50, target(68, 10))).toBe('within');
  });

  it('allows no slack with a tolerance of zero, and handles 0% and 100% targets', () => {
    expect(drift(2, 4, target(50, 0))).toBe('within');
    expect(drift(3, 5, target(50, 0))).toBe('drifting-inbound'); // 60%
    expect(drift(2, 5, target(50, 0))).toBe('drifting-outbound'); // 40%
    expect(drift(7, 7, target(100, 0))).toBe('within');
    expect(drift(0, 7, target(0, 5))).toBe('within');
    expect(drift(1, 7, target(0, 5))).toBe('drifting-inbound'); // 14.3% > 5%
  });

  it('applies the tolerance to development against sales too', () => {
    const t: BalanceTarget = { inboundPercent: 40, developmentPercent: 60, tolerancePoints: 5 };
    const purpose = (development: number, total: number) =>
      balanceOf({ inbound: 0, outbound: total, development, sales: total - development }, t).purpose
        .drift;
    expect(purpose(13, 20)).toBe('within'); // 65%: the top of 60 ± 5
    expect(purpose(14, 20)).toBe('drifting-development'); // 70%
    expect(purpose(11, 20)).toBe('within'); // 55%: the bottom
    expect(purpose(10, 20)).toBe('drifting-sales'); // 50%
  });
});

describe('the target mix setting', () => {
  it('fills defaults and refuses fractions and out-of-range values', () => {
    expect(balanceTargetSchema.parse({})).toEqual({
      inboundPercent: 40,
      developmentPercent: 50,
      tolerancePoints: 10,
    });
    const bad = balanceTargetSchema.safeParse({ inboundPercent: 40.5, tolerancePoints: 51 });
    expect(bad.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['inboundPercent', 'The inbound share is a whole percent from 0 to 100.'],
      ['tolerancePoints', 'The tolerance is a whole number of points from 0 to 50.'],
    ]);
  });

  it('reads a missing or broken setting as the default', () => {
    expect(readBalanceTarget(undefined)).toEqual(DEFAULT_BALANCE_TARGET);
    expect(readBalanceTarget({ inboundPercent: 'forty' })).toEqual(DEFAULT_BALANCE_TARGET);
    expect(readBalanceTarget({ inboundPercent: 30 })).toEqual({
      inboundPercent: 30,
      developmentPercent: 50,
      tolerancePoints: 10,
    });
  });
});
