import { describe, expect, it } from 'vitest';
import type { HealthInput } from './health-components';
import { healthScore } from './health-score';
import { DEFAULT_STRATEGY_SETTINGS } from './strategy-settings';
import { hasHealthData, shownHealth } from './shown-health';

const TODAY = '2026-11-15';
const settings = {
  weights: DEFAULT_STRATEGY_SETTINGS.healthWeights,
  targets: DEFAULT_STRATEGY_SETTINGS.healthTargets,
};
const empty: HealthInput = {
  today: TODAY,
  currency: 'EUR',
  metrics: [],
  activities: [],
  plans: [],
};
const point = (metric: string, date: string, value = 1) => ({
  metric,
  date,
  value,
  currency: 'EUR',
});
const plan = {
  period: { start: '2026-01-01', end: '2026-12-31' },
  status: 'draft' as const,
  id: 'p',
  partnerId: 'a',
  qbrDates: [],
};

describe('hasHealthData', () => {
  it('is false with nothing, or only with data outside the score’s windows or metrics', () => {
    expect(hasHealthData(empty)).toBe(false);
    // A year and a day back, a metric the score does not read, an activity 90 days back.
    expect(
      hasHealthData({
        ...empty,
        metrics: [point('sourced-revenue', '2025-11-15'), point('leads', '2026-11-01')],
        activities: [{ occurredAt: '2026-08-17T09:00:00.000Z', direction: 'inbound' }],
      }),
    ).toBe(false);
  });

  it('is true with a scored metric in the last 365 days, an activity in 90 days, or a plan', () => {
    expect(hasHealthData({ ...empty, metrics: [point('certifications', '2025-11-16')] })).toBe(
      true,
    );
    expect(
      hasHealthData({
        ...empty,
        activities: [{ occurredAt: '2026-08-18T09:00:00.000Z', direction: 'outbound' }],
      }),
    ).toBe(true);
    expect(hasHealthData({ ...empty, plans: [plan] })).toBe(true);
  });
});

describe('shownHealth', () => {
  // Enablement only (3 of the 3 certified target), 15 of the 45% scored without money targets:
  // round(100 × 15 / 45) = 33, red.
  const withData: HealthInput = { ...empty, metrics: [point('certifications', '2026-06-01', 3)] };
  const computed = healthScore(withData, settings);

  it('shows the computed score when there is data, keeping the recorded one aside', () => {
    const shown = shownHealth(computed, true, 90);
    expect(shown.score.value).toBe(33);
    expect(shown.band).toBe('red');
    expect(shown.source).toBe('computed');
    expect(shown.recorded).toBe(90);
    expect(shown.scoredWeight).toBe(45);
  });

  it('shows the recorded score, with its band, when there is no data', () => {
    const shown = shownHealth(healthScore(empty, settings), false, 72);
    expect(shown.score).toEqual({ value: 72 });
    expect(shown.band).toBe('yellow');
    expect(shown.source).toBe('recorded');
  });

  it('shows no score with neither data nor a recorded score (not a computed 0)', () => {
    const shown = shownHealth(healthScore(empty, settings), false, undefined);
    expect(shown.score).toEqual({ value: undefined, reason: 'no-health-data' });
    expect(shown.band).toBeUndefined();
    expect(shown.source).toBeUndefined();
  });
});
