import { describe, expect, it } from 'vitest';
import type { MetricPoint } from './metric-sums';
import { quarterPeriod } from './period';
import { partnerReturn, type LedgerPoint } from './return-on-investment';

const q1 = quarterPeriod(2025, 1);
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe('partnerReturn', () => {
  it('sets sourced and influenced revenue each against money and hours invested', () => {
    const metrics: MetricPoint[] = [
      { metric: 'sourced-revenue', date: '2025-01-15', value: 1_000_000, currency: 'EUR' },
      { metric: 'sourced-revenue', date: '2025-03-31', value: 500_000, currency: 'EUR' },
      { metric: 'sourced-revenue', date: '2025-04-01', value: 999, currency: 'EUR' }, // Q2
      { metric: 'influenced-revenue', date: '2025-02-01', value: 300_000, currency: 'EUR' },
      { metric: 'influenced-revenue', date: '2025-02-02', value: 700, currency: 'USD' }, // left out
      { metric: 'sourced-pipeline', date: '2025-02-01', value: 9_000_000, currency: 'EUR' },
    ];
    const investments: LedgerPoint[] = [
      { kind: 'money', date: '2025-01-10', amount: eur(250_000) },
      { kind: 'money', date: '2025-02-10', amount: eur(125_000) },
      { kind: 'money', date: '2025-02-11', amount: { amountMinor: 50_000, currency: 'USD' } },
      { kind: 'time', date: '2025-01-20', hours: 10.25 },
      { kind: 'time', date: '2025-03-01', hours: 4.75 },
      { kind: 'time', date: '2025-04-02', hours: 100 }, // Q2
      { kind: 'energy', date: '2025-01-20', rating: 4 },
      { kind: 'energy', date: '2025-03-01', rating: 2 },
    ];
    // Invested €2,500 + €1,250 = 375,000 cents; hours 10.25 + 4.75 = 15.
    // Sourced €15,000 = 1,500,000 cents: 1,500,000 / 375,000 = 4×; 1,500,000 / 15 = 100,000 an hour.
    // Influenced 300,000 cents: 300,000 / 375,000 = 0.8×; 300,000 / 15 = 20,000 an hour.
    // Energy (4 + 2) / 2 = 3.
    expect(partnerReturn({ metrics, investments, period: q1, currency: 'EUR' })).toEqual({
      period: q1,
      currency: 'EUR',
      investedMinor: 375_000,
      hours: 15,
      averageEnergy: { value: 3 },
      sourced: {
        revenueMinor: 1_500_000,
        perMoneyInvested: { value: 4 },
        perHour: { value: 100_000 },
      },
      influenced: {
        revenueMinor: 300_000,
        perMoneyInvested: { value: 0.8 },
        perHour: { value: 20_000 },
      },
      leftOut: { revenueEntries: 1, moneyEntries: 1 },
    });
  });

  it('rounds revenue per hour to the minor unit', () => {
    const metrics: MetricPoint[] = [
      { metric: 'sourced-revenue', date: '2025-01-15', value: 1_000, currency: 'EUR' },
    ];
    // 1,000 / 3 hours = 333.33… → 333 cents an hour.
    const result = partnerReturn({
      metrics,
      investments: [{ kind: 'time', date: '2025-01-15', hours: 3 }],
      period: q1,
      currency: 'EUR',
    });
    expect(result.sourced.perHour).toEqual({ value: 333 });
  });

  it('gives reasons instead of NaN or Infinity when nothing was invested', () => {
    const metrics: MetricPoint[] = [
      { metric: 'sourced-revenue', date: '2025-01-15', value: 1_000, currency: 'EUR' },
    ];
    const result = partnerReturn({ metrics, investments: [], period: q1, currency: 'EUR' });
    expect(result.sourced).toEqual({
      revenueMinor: 1_000,
      perMoneyInvested: { value: undefined, reason: 'no-money-invested' },
      perHour: { value: undefined, reason: 'no-hours-invested' },
    });
    // 0 revenue over 0 invested is no figure either, not 0 and not NaN.
    expect(result.influenced.perMoneyInvested).toEqual({
      value: undefined,
      reason: 'no-money-invested',
    });
    expect(result.averageEnergy).toEqual({ value: undefined, reason: 'no-energy-rated' });
  });

  it('reports a zero return when money went in and no revenue came back', () => {
    const result = partnerReturn({
      metrics: [],
      investments: [{ kind: 'money', date: '2025-01-10', amount: eur(10_000) }],
      period: q1,
      currency: 'EUR',
    });
    expect(result.sourced.perMoneyInvested).toEqual({ value: 0 });
  });
});
