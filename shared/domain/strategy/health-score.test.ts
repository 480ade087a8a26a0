import { describe, expect, it } from 'vitest';
import { healthComponents, type HealthInput } from './health-components';
import { combineHealth, healthScore } from './health-score';
import type { HealthTargets } from './health-targets';
import { DEFAULT_HEALTH_WEIGHTS } from './health-weights';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

// Today is 30 June 2025. Windows ending today: 365 days from 1 July 2024, 90 days from
// 2 April 2025, 120 days from 3 March 2025.
const input: HealthInput = {
  today: '2025-06-30',
  currency: 'EUR',
  metrics: [
    { metric: 'sourced-revenue', date: '2024-06-30', value: 9_000_000, currency: 'EUR' }, // out
    { metric: 'sourced-revenue', date: '2024-07-01', value: 3_000_000, currency: 'EUR' },
    { metric: 'sourced-revenue', date: '2025-06-30', value: 3_000_000, currency: 'EUR' },
    { metric: 'sourced-revenue', date: '2025-05-01', value: 100, currency: 'USD' }, // left out
    { metric: 'influenced-revenue', date: '2025-01-10', value: 16_000_000, currency: 'EUR' },
    { metric: 'sourced-pipeline', date: '2025-04-01', value: 9_000_000, currency: 'EUR' }, // out
    { metric: 'sourced-pipeline', date: '2025-05-15', value: 2_000_000, currency: 'EUR' },
    { metric: 'sourced-pipeline', date: '2025-06-10', value: 1_000_000, currency: 'EUR' },
    { metric: 'sourced-pipeline', date: '2025-06-10', value: 500_000, currency: 'EUR' },
    { metric: 'certifications', date: '2024-09-01', value: 5 },
    { metric: 'certifications', date: '2025-03-01', value: 2 },
  ],
  activities: [
    { occurredAt: '2025-04-01T23:00:00.000Z', direction: 'inbound' }, // out
    { occurredAt: '2025-04-02T08:00:00.000Z', direction: 'inbound' },
    { occurredAt: '2025-05-02T08:00:00.000Z', direction: 'outbound' },
    { occurredAt: '2025-06-02T08:00:00.000Z', direction: 'outbound' },
    { occurredAt: '2025-06-30T20:00:00.000Z', direction: 'outbound' },
    { occurredAt: '2025-07-01T08:00:00.000Z', direction: 'inbound' }, // future
  ],
  plans: [
    {
      id: 'plan-2024',
      partnerId: 'p',
      period: { start: '2024-01-01', end: '2024-12-31' },
      status: 'completed',
      sponsorOurs: 'Dana',
      sponsorPartner: 'Lars',
      qbrDates: ['2024-12-10'],
    },
    {
      id: 'plan-2025',
      partnerId: 'p',
      period: { start: '2025-01-01', end: '2025-12-31' },
      status: 'in-progress',
      sponsorOurs: 'Dana',
      qbrDates: ['2025-03-02', '2025-09-15'],
    },
  ],
};

const targets: HealthTargets = {
  sourcedRevenuePerYear: eur(10_000_000),
  influencedRevenuePerYear: eur(20_000_000),
  openPipeline: eur(5_000_000),
  activitiesPer90Days: 6,
  certifiedPeople: 3,
};

describe('health components', () => {
  it('scores each component by its documented rule', () => {
    expect(healthComponents(input, targets)).toEqual({
      // Sourced 3,000,000 + 3,000,000 = 6,000,000 of 10,000,000 = 0.6; influenced 16,000,000
      // of 20,000,000 = 0.8. The better, 0.8, counts: 80 (their sum would be 22,000,000).
      revenue: { score: { value: 80 }, sourcedMinor: 6_000_000, influencedMinor: 16_000_000 },
      // Latest level 10 June: 1,000,000 + 500,000 = 1,500,000 of 5,000,000 = 0.3: 30.
      pipeline: { score: { value: 30 }, openPipelineMinor: 1_500_000, readOn: '2025-06-10' },
      // 4 activities of 6: 70 × 4/6 = 46.67; 1 of 4 inbound = 25%, 25/30 of 30 points = 25.
      // 46.67 + 25 = 71.67: 72.
      engagement: { score: 72, activities: 4, inbound: 1 },
      // Latest count 2 (1 March) of 3: 66.67: 67.
      enablement: { score: 67, certifiedPeople: 2, readOn: '2025-03-01' },
      // Plan 2025: our sponsor 20, none named by the partner 0, in progress 30; the QBR on
      // 2 March is a day before the window, the one in September yet to come: 0. Total 50.
      relationship: {
        score: 50,
        planId: 'plan-2025',
        sponsorOurs: true,
        sponsorPartner: false,
        planInProgress: true,
        lastQbrOn: undefined,
      },
    });
  });

  it('counts a QBR in the window from any of the partner’s plans', () => {
    const [previous, current] = input.plans;
    if (previous === undefined || current === undefined) throw new Error('fixture');
    const plans = [{ ...previous, qbrDates: ['2025-03-03'] }, current];
    // 20 + 0 + 30 + 30 = 80.
    expect(healthComponents({ ...input, plans }, targets).relationship).toMatchObject({
      score: 80,
      lastQbrOn: '2025-03-03',
    });
  });

  it('scores a partner with no data at 0, and leaves money components unscored without targets', () => {
    const empty: HealthInput = { ...input, metrics: [], activities: [], plans: [] };
    const components = healthComponents(empty, { activitiesPer90Days: 6, certifiedPeople: 3 });
    expect(components.revenue.score).toEqual({ value: undefined, reason: 'no-revenue-target' });
    expect(components.pipeline.score).toEqual({ value: undefined, reason: 'no-pipeline-target' });
    expect(components.engagement.score).toBe(0);
    expect(components.enablement.score).toBe(0);
    expect(components.relationship.score).toBe(0);
  });

  it('treats a target in another currency as unset', () => {
    const usd = { ...targets, sourcedRevenuePerYear: { amountMinor: 1, currency: 'USD' } };
    const { influencedRevenuePerYear: _unused, ...sourcedOnly } = usd;
    expect(healthComponents(input, sourcedOnly).revenue.score).toEqual({
      value: undefined,
      reason: 'no-revenue-target',
    });
  });
});

describe('health score', () => {
  it('weights the components into a score and a band', () => {
    // 35 × 80 + 20 × 30 + 20 × 72 + 15 × 67 + 10 × 50 = 2800 + 600 + 1440 + 1005 + 500 = 6345;
    // 6345 / 100 = 63.45: 63, yellow.
    const health = healthScore(input, { weights: DEFAULT_HEALTH_WEIGHTS, targets });
    expect(health.score).toEqual({ value: 63 });
    expect(health.band).toBe('yellow');
    expect(health.scoredWeight).toBe(100);
    expect(health.components.revenue.score).toEqual({ value: 80 });
  });

  it('lets the scored components carry the score when money targets are unset', () => {
    // Engagement, enablement, relationship: (20 × 72 + 15 × 67 + 10 × 50) / 45 = 2945 / 45
    // = 65.44: 65.
    const health = healthScore(input, {
      weights: DEFAULT_HEALTH_WEIGHTS,
      targets: { activitiesPer90Days: 6, certifiedPeople: 3 },
    });
    expect(health.score).toEqual({ value: 65 });
    expect(health.scoredWeight).toBe(45);
  });

  it('bands at 80 and 50, and gives no score when nothing was scored', () => {
    const weights = { revenue: 50, pipeline: 50, engagement: 0, enablement: 0, relationship: 0 };
    const scores = { engagement: 0, enablement: 0, relationship: 0 };
    // (50 × 100 + 50 × 59) / 100 = 79.5: rounds to 80.
    expect(combineHealth({ ...scores, revenue: 100, pipeline: 59 }, weights).score).toEqual({
      value: 80,
    });
    // (50 × 100 + 50 × 0) / 100 = 50.
    expect(combineHealth({ ...scores, revenue: 100, pipeline: 0 }, weights).score).toEqual({
      value: 50,
    });
    expect(combineHealth({ ...scores, revenue: undefined, pipeline: undefined }, weights)).toEqual({
      score: { value: undefined, reason: 'no-scored-components' },
      scoredWeight: 0,
    });
  });
});
