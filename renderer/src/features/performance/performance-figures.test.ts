import { describe, expect, it } from 'vitest';
import { DEFAULT_STRATEGY_SETTINGS } from '../../../../shared/domain/strategy/strategy-settings';
import type { TierDefinition } from '../../../../shared/domain/strategy/tier';
import { performanceFigures, type PerformanceSources } from './performance-figures';

const TODAY = '2026-05-15';
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const metrics = [
  { metric: 'sourced-revenue', date: '2026-02-01', value: 210_000, currency: 'EUR' },
  { metric: 'sourced-revenue', date: '2026-04-10', value: 420_000, currency: 'EUR' },
  { metric: 'influenced-revenue', date: '2026-05-01', value: 100_000, currency: 'EUR' },
  { metric: 'deals-won', date: '2026-04-10', value: 3 },
  { metric: 'deals-lost', date: '2025-06-01', value: 1 },
  // A year and a day before today: outside the twelve-month close rate.
  { metric: 'deals-lost', date: '2025-05-15', value: 5 },
];
const tiers: TierDefinition[] = [
  { slot: 'registered', name: 'Registered', rank: 1, requirements: [], benefits: [] },
  {
    slot: 'silver',
    name: 'Silver',
    rank: 2,
    requirements: [{ kind: 'revenue', basis: 'sourced-revenue', minAnnual: eur(500_000) }],
    benefits: [],
  },
  {
    slot: 'gold',
    name: 'Gold',
    rank: 3,
    requirements: [{ kind: 'health-score', minScore: 80 }],
    benefits: [],
  },
];

const sources: PerformanceSources = {
  today: TODAY,
  settings: { ...DEFAULT_STRATEGY_SETTINGS, tiers },
  partnerTier: 'registered',
  health: { today: TODAY, currency: 'EUR', metrics, activities: [], plans: [] },
  metrics,
  investments: [
    { kind: 'money', date: '2026-04-02', amount: eur(100_000) },
    { kind: 'time', date: '2026-05-02', hours: 12 },
    { kind: 'energy', date: '2026-05-02', rating: 4 },
    { kind: 'money', date: '2026-01-20', amount: eur(50_000) },
  ],
};
const figures = performanceFigures(sources);

describe('a partner’s performance figures', () => {
  it('gives the return of each quarter, newest first', () => {
    const [q2, q1] = figures.returns;
    // Q2: €4,200 sourced on €1,000 invested = 4.2 per euro; over 12 hours = €350.00 an hour.
    expect(q2).toMatchObject({
      period: { start: '2026-04-01', end: '2026-06-30' },
      investedMinor: 100_000,
      hours: 12,
      averageEnergy: { value: 4 },
      sourced: {
        revenueMinor: 420_000,
        perMoneyInvested: { value: 4.2 },
        perHour: { value: 35_000 },
      },
      influenced: { revenueMinor: 100_000, perMoneyInvested: { value: 1 } },
    });
    // Q1: €2,100 on €500 = 4.2 again, and no hours logged.
    expect(q1).toMatchObject({
      period: { start: '2026-01-01', end: '2026-03-31' },
      sourced: { perMoneyInvested: { value: 4.2 }, perHour: { reason: 'no-hours-invested' } },
    });
    expect(figures.returns.map((r) => r.period.start)).toEqual([
      '2026-04-01',
      '2026-01-01',
      '2025-10-01',
      '2025-07-01',
    ]);
  });

  it('keeps sourced and influenced revenue apart by quarter, each with its trend', () => {
    expect(figures.sourced.buckets.map((b) => [b.key, b.amountMinor])).toEqual([
      ['2025-Q3', 0],
      ['2025-Q4', 0],
      ['2026-Q1', 210_000],
      ['2026-Q2', 420_000],
    ]);
    expect(figures.sourced.buckets[3]?.trend.relative.value).toBe(1);
    expect(figures.influenced.buckets[3]).toMatchObject({
      amountMinor: 100_000,
      trend: { absolute: 100_000, relative: { reason: 'no-previous-value' } },
    });
  });

  it('gives the close rate over twelve months and the first deal', () => {
    expect(figures.closeRate).toEqual({ won: 3, lost: 1, rate: { value: 0.75 } });
    expect(figures.activation).toEqual({
      firstDealOn: { value: '2026-02-01' },
      daysToFirstDeal: { value: undefined, reason: 'no-onboarding-date' },
    });
    // With onboarding recorded from 10 January: 10 Jan to 1 Feb is 22 days.
    const recorded = performanceFigures({ ...sources, onboardingStartedOn: '2026-01-10' });
    expect(recorded.activation.daysToFirstDeal).toEqual({ value: 22 });
  });

  it('suggests Silver for a Registered partner with €6,300 sourced and a health score of 0', () => {
    expect(figures.health.score.value).toBe(0);
    expect(figures.tier?.current?.name).toBe('Registered');
    expect(figures.tier?.suggestion.suggested?.name).toBe('Silver');
    expect(figures.tier?.comparison).toBe('suggest-higher');
    const gold = figures.tier?.suggestion.checks.find((check) => check.tier.slot === 'gold');
    expect(gold?.requirements).toEqual([
      { requirement: { kind: 'health-score', minScore: 80 }, met: false, actual: 0 },
    ]);
  });

  it('uses a recorded score only while there is no data, for the card and the tier alike', () => {
    // Revenue entries in the last 365 days are data: the computed 0 stands, the recorded 85 not.
    const withData = performanceFigures({ ...sources, recordedHealth: 85 });
    expect(withData.health).toMatchObject({
      score: { value: 0 },
      source: 'computed',
      recorded: 85,
    });
    // No data: the recorded 85 (green) is shown and the tier rule reads it, so Gold is met.
    const noData = performanceFigures({
      ...sources,
      recordedHealth: 85,
      health: { ...sources.health, metrics: [] },
    });
    expect(noData.health).toMatchObject({
      score: { value: 85 },
      band: 'green',
      source: 'recorded',
    });
    const gold = noData.tier?.suggestion.checks.find((check) => check.tier.slot === 'gold');
    expect(gold?.requirements[0]).toMatchObject({ met: true, actual: 85 });
  });

  it('has no tier standing without a programme', () => {
    const bare = performanceFigures({
      today: TODAY,
      settings: DEFAULT_STRATEGY_SETTINGS,
      partnerTier: 'gold',
      health: { today: TODAY, currency: 'EUR', metrics: [], activities: [], plans: [] },
      metrics: [],
      investments: [],
    });
    expect(bare.tier).toBeUndefined();
    expect(bare.closeRate.rate).toEqual({ value: undefined, reason: 'no-closed-deals' });
  });
});
