import { describe, expect, it } from 'vitest';
import { activation } from './activation';
import { closeRate } from './close-rate';
import type { MetricPoint } from './metric-sums';
import { quarterPeriod } from './period';

describe('activation', () => {
  const points: MetricPoint[] = [
    { metric: 'deals-won', date: '2025-05-10', value: 0 }, // no deal
    { metric: 'influenced-revenue', date: '2025-03-01', value: 500, currency: 'EUR' }, // our deal
    { metric: 'deals-won', date: '2025-06-20', value: 1 },
    { metric: 'sourced-revenue', date: '2025-06-02', value: 100, currency: 'EUR' },
    { metric: 'sourced-revenue', date: '2025-05-01', value: 0, currency: 'EUR' },
  ];

  it('dates the first closed deal and counts the days from onboarding', () => {
    // Onboarding 1 April → 2 June: 30 days of April + 31 of May + 1 = 62.
    expect(activation(points, '2025-04-01', '2025-07-01')).toEqual({
      firstDealOn: { value: '2025-06-02' },
      daysToFirstDeal: { value: 62 },
    });
  });

  it('ignores deals dated after today', () => {
    expect(activation(points, '2025-04-01', '2025-06-01').firstDealOn).toEqual({
      value: undefined,
      reason: 'no-won-deal',
    });
  });

  it('says why there is no time to first deal', () => {
    expect(activation([], '2025-04-01', '2025-07-01')).toEqual({
      firstDealOn: { value: undefined, reason: 'no-won-deal' },
      daysToFirstDeal: { value: undefined, reason: 'no-won-deal' },
    });
    expect(activation(points, undefined, '2025-07-01').daysToFirstDeal).toEqual({
      value: undefined,
      reason: 'no-onboarding-date',
    });
    expect(activation(points, '2025-06-03', '2025-07-01').daysToFirstDeal).toEqual({
      value: undefined,
      reason: 'first-deal-before-onboarding',
    });
    // A deal on the first day of onboarding is 0 days.
    expect(activation(points, '2025-06-02', '2025-07-01').daysToFirstDeal).toEqual({ value: 0 });
  });
});

describe('closeRate', () => {
  const q2 = quarterPeriod(2025, 2);

  it('divides won by won plus lost within the period', () => {
    const points: MetricPoint[] = [
      { metric: 'deals-won', date: '2025-04-02', value: 3 },
      { metric: 'deals-won', date: '2025-06-30', value: 2 },
      { metric: 'deals-won', date: '2025-07-01', value: 4 }, // Q3
      { metric: 'deals-lost', date: '2025-05-05', value: 5 },
    ];
    // Won 3 + 2 = 5, lost 5: 5 / (5 + 5) = 0.5.
    expect(closeRate(points, q2)).toEqual({ won: 5, lost: 5, rate: { value: 0.5 } });
  });

  it('is 0 with only losses and no figure with no closed deal', () => {
    const lost: MetricPoint[] = [{ metric: 'deals-lost', date: '2025-05-05', value: 2 }];
    expect(closeRate(lost, q2).rate).toEqual({ value: 0 });
    expect(closeRate([], q2)).toEqual({
      won: 0,
      lost: 0,
      rate: { value: undefined, reason: 'no-closed-deals' },
    });
  });
});
