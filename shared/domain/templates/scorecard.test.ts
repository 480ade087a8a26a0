import { describe, expect, it } from 'vitest';
import type { MetricPoint } from '../strategy/metric-sums';
import { builtInTemplate } from './library';
import { applyScorecard } from './scorecard';
import type { ScorecardBody } from './template';

const Q1 = { start: '2026-01-01', end: '2026-03-31' };
const eur = (metric: string, date: string, value: number): MetricPoint => ({
  metric,
  date,
  value,
  currency: 'EUR',
});
const count = (metric: string, date: string, value: number): MetricPoint => ({
  metric,
  date,
  value,
});

// One partner's quarter, figures chosen so that each row's attainment is easy to check by hand.
const metrics: MetricPoint[] = [
  eur('sourced-revenue', '2026-01-15', 2_000_000), // 20,000.00
  eur('sourced-revenue', '2026-03-31', 1_000_000), // +10,000.00 = 30,000.00 in Q1
  eur('sourced-revenue', '2025-12-31', 9_000_000), // Q4: out of the period
  { metric: 'sourced-revenue', date: '2026-02-01', value: 500_000, currency: 'USD' }, // left out
  eur('influenced-revenue', '2026-02-01', 5_000_000), // 50,000.00, twice the target: capped
  eur('sourced-pipeline', '2026-01-31', 20_000_000), // an earlier level…
  eur('sourced-pipeline', '2026-03-15', 6_000_000), // …the latest: 60,000.00
  count('deals-won', '2026-02-10', 3),
  count('deals-lost', '2026-02-11', 1), // close rate 3 ÷ 4 = 75%
  count('certifications', '2026-03-01', 2),
];
// Activities: two inside the 90 days ending 31 March (from 1 January), one before.
const activities = [
  { occurredAt: '2026-01-01T09:00:00.000Z' },
  { occurredAt: '2026-03-31T17:00:00.000Z' },
  { occurredAt: '2025-12-31T23:00:00.000Z' },
];

describe('applyScorecard', () => {
  it('computes the built-in quarterly scorecard by hand-checked rows and weights', () => {
    const template = builtInTemplate('built-in:quarterly-scorecard');
    if (template?.kind !== 'scorecard') throw new Error('fixture');
    const result = applyScorecard(template.body, { metrics, activities }, Q1, 'EUR');
    const rows = Object.fromEntries(result.rows.map((row) => [row.metric, row]));
    // Sourced revenue 30,000 of 50,000 → 0.6 × 25 = 15 points; one USD entry left out.
    expect(rows['sourced-revenue']).toMatchObject({
      actual: { value: 3_000_000 },
      attainment: 0.6,
      points: 15,
      otherCurrency: 1,
    });
    // Influenced 50,000 of 25,000 → capped at 1 × 10 = 10.
    expect(rows['influenced-revenue']).toMatchObject({ attainment: 1, points: 10 });
    // Pipeline: the latest level, 60,000 of 150,000 → 0.4 × 15 = 6.
    expect(rows['sourced-pipeline']).toMatchObject({ actual: { value: 6_000_000 }, points: 6 });
    // Deals won 3 of 5 → 0.6 × 15 = 9.
    expect(rows['deals-won']).toMatchObject({ actual: { value: 3 }, points: 9 });
    // Close rate 75% of 30% → capped, 10.
    expect(rows['close-rate']).toMatchObject({ actual: { value: 75 }, points: 10 });
    // Certified 2 of 5 → 0.4 × 15 = 6.
    expect(rows.certifications).toMatchObject({ actual: { value: 2 }, points: 6 });
    // Activities 2 of 12 → 1/6 × 10 = 1.67.
    expect(rows['activities-90-days']?.actual).toEqual({ value: 2 });
    expect(rows['activities-90-days']?.points).toBeCloseTo(10 / 6, 10);
    // 15 + 10 + 6 + 9 + 10 + 6 + 1.67 = 57.67 → 58.
    expect(result).toMatchObject({ score: { value: 58 }, scoredWeight: 100, currency: 'EUR' });
  });

  it('drops a row with no figure and lets the other weights carry the score', () => {
    const body: ScorecardBody = {
      currency: undefined,
      rows: [
        { metric: 'close-rate', target: 50, weight: 40 },
        { metric: 'leads', target: 4, weight: 60 },
      ],
    };
    const result = applyScorecard(
      body,
      { metrics: [count('leads', '2026-01-05', 1)], activities: [] },
      Q1,
      'EUR',
    );
    expect(result.rows[0]).toMatchObject({
      actual: { value: undefined, reason: 'no-closed-deals' },
      points: undefined,
    });
    // Only leads count: 1 of 4 → 0.25 × 60 = 15 points of 60 → 25.
    expect(result).toMatchObject({ score: { value: 25 }, scoredWeight: 60 });
  });

  it('has no score when no row could be scored, and counts money in its own currency', () => {
    const none = applyScorecard(
      { currency: undefined, rows: [{ metric: 'close-rate', target: 30, weight: 100 }] },
      { metrics: [], activities: [] },
      Q1,
      'EUR',
    );
    expect(none.score).toEqual({ value: undefined, reason: 'no-scored-rows' });
    const usd = applyScorecard(
      { currency: 'USD', rows: [{ metric: 'sourced-revenue', target: 1_000_000, weight: 100 }] },
      { metrics, activities: [] },
      Q1,
      'EUR',
    );
    // Only the USD entry: 5,000 of 10,000 → 50; the two EUR entries in Q1 are left out.
    expect(usd).toMatchObject({ currency: 'USD', score: { value: 50 } });
    expect(usd.rows[0]?.otherCurrency).toBe(2);
  });
});
