import { describe, expect, it } from 'vitest';
import { validate } from '../validation';
import { companyGoalInputSchema } from './company-goal';
import { DEFAULT_HEALTH_WEIGHTS, healthWeightsSchema } from './health-weights';
import { healthTargetsSchema } from './health-targets';
import { investmentInputSchema, investmentSchema } from './investment';
import {
  BUILT_IN_METRICS,
  checkMetricValue,
  customMetricSchema,
  findMetricDefinition,
  isBuiltInMetric,
  metricEntrySchema,
} from './metric';
import { tierProgrammeSchema } from './tier';

const partnerId = '3f8a2b1c-4d5e-4f60-8a9b-0c1d2e3f4a5b';
const customId = '9b2c1d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e';
const base = {
  id: '11111111-2222-4333-8444-555555555555',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('company goals', () => {
  it('accepts a money goal and refuses a fractional count', () => {
    const goal = {
      title: ' Grow new ARR ',
      measure: 'New ARR',
      target: 400_000_000,
      unit: { kind: 'money', currency: 'eur' },
      period: { start: '2025-02-01', end: '2026-01-31' },
    };
    const result = validate(companyGoalInputSchema, goal);
    expect(result.ok && result.value.title).toBe('Grow new ARR');
    expect(result.ok && result.value.unit).toEqual({ kind: 'money', currency: 'EUR' });
    expect(
      validate(companyGoalInputSchema, { ...goal, target: 2.5, unit: { kind: 'count' } }),
    ).toEqual({ ok: false, errors: { target: 'A count is a whole number.' } });
  });
});

describe('investments', () => {
  const common = { partnerId, date: '2025-03-01', tag: 'enablement' };

  it('accepts each kind', () => {
    const time = { ...common, kind: 'time', hours: 2.25, person: 'Dana' };
    const money = {
      ...common,
      kind: 'money',
      amount: { amountMinor: 250_000, currency: 'EUR' },
      fundType: 'mdf',
    };
    const energy = { ...common, kind: 'energy', rating: 4, note: 'Three late calls' };
    expect(validate(investmentInputSchema, time).ok).toBe(true);
    expect(validate(investmentInputSchema, money).ok).toBe(true);
    expect(validate(investmentSchema, { ...base, ...energy }).ok).toBe(true);
  });

  it('refuses odd hours, spends of zero and ratings outside 1–5', () => {
    expect(
      validate(investmentInputSchema, { ...common, kind: 'time', hours: 1.3, person: 'Dana' }),
    ).toEqual({ ok: false, errors: { hours: 'Use quarter hours at the finest.' } });
    expect(
      validate(investmentInputSchema, {
        ...common,
        kind: 'money',
        amount: { amountMinor: 0, currency: 'EUR' },
        fundType: 'other',
      }),
    ).toEqual({ ok: false, errors: { 'amount.amountMinor': 'An amount must be more than zero.' } });
    expect(validate(investmentInputSchema, { ...common, kind: 'energy', rating: 6 })).toEqual({
      ok: false,
      errors: { rating: 'Rate the effort from 1 to 5.' },
    });
  });
});

describe('metrics', () => {
  const entry = { ...base, partnerId, date: '2025-03-31' };

  it('keeps sourced and influenced revenue as separate money metrics with definitions', () => {
    expect(BUILT_IN_METRICS['sourced-revenue'].unit).toBe('money');
    expect(BUILT_IN_METRICS['influenced-revenue'].unit).toBe('money');
    expect(BUILT_IN_METRICS['sourced-revenue'].definition).toContain('created or registered');
    expect(BUILT_IN_METRICS['sourced-pipeline'].aggregation).toBe('latest');
    expect(isBuiltInMetric('deals-won')).toBe(true);
    expect(isBuiltInMetric('toString')).toBe(false);
  });

  it('checks built-in values against their units', () => {
    const revenue = { ...entry, metric: 'sourced-revenue', value: 1_000_000, currency: 'EUR' };
    expect(validate(metricEntrySchema, revenue).ok).toBe(true);
    expect(validate(metricEntrySchema, { ...revenue, currency: undefined })).toEqual({
      ok: false,
      errors: { value: 'Choose the currency of the amount.' },
    });
    expect(validate(metricEntrySchema, { ...entry, metric: 'deals-won', value: 1.5 })).toEqual({
      ok: false,
      errors: { value: 'A count is a whole number, zero or more.' },
    });
    expect(validate(metricEntrySchema, { ...entry, metric: 'bogus', value: 1 })).toEqual({
      ok: false,
      errors: { metric: 'Choose a metric.' },
    });
  });

  it('accepts custom metrics by id and finds their definitions', () => {
    const custom = customMetricSchema.parse({
      ...base,
      id: customId,
      name: 'Joint webinars',
      unit: 'count',
      indicator: 'leading',
    });
    expect(validate(metricEntrySchema, { ...entry, metric: customId, value: 2 }).ok).toBe(true);
    expect(findMetricDefinition(customId, [custom])).toMatchObject({
      key: customId,
      name: 'Joint webinars',
      aggregation: 'sum',
      builtIn: false,
    });
    expect(findMetricDefinition('leads', [])?.builtIn).toBe(true);
    expect(findMetricDefinition(partnerId, [custom])).toBeUndefined();
    expect(checkMetricValue({ value: 2, currency: 'EUR' }, { unit: 'count' })).toBe(
      'A count has no currency.',
    );
  });
});

describe('health weights and targets', () => {
  it('defaults to weights inside the usual ranges that sum to 100', () => {
    expect(validate(healthWeightsSchema, DEFAULT_HEALTH_WEIGHTS).ok).toBe(true);
    expect(DEFAULT_HEALTH_WEIGHTS).toEqual({
      revenue: 35,
      pipeline: 20,
      engagement: 20,
      enablement: 15,
      relationship: 10,
    });
  });

  it('refuses weights that do not sum to 100, saying what they sum to', () => {
    expect(validate(healthWeightsSchema, { ...DEFAULT_HEALTH_WEIGHTS, revenue: 25 })).toEqual({
      ok: false,
      errors: { _: 'The weights add up to 90%; make them add up to 100%.' },
    });
  });

  it('fills target defaults and leaves money targets unset', () => {
    expect(healthTargetsSchema.parse({})).toEqual({ activitiesPer90Days: 6, certifiedPeople: 3 });
  });
});

describe('tier programme', () => {
  const tier = (slot: string, name: string, rank: number) => ({
    slot,
    name,
    rank,
    requirements: [],
  });

  it('refuses repeated names and slots', () => {
    const result = validate(tierProgrammeSchema, [
      tier('silver', 'Gold', 2),
      tier('silver', 'gold', 2),
    ]);
    expect(result).toEqual({
      ok: false,
      errors: {
        '1.name': 'Two tiers are named “gold”.',
        '1.rank': 'Two tiers have rank 2; give each its own.',
      },
    });
  });

  it('keeps each slot at its place on the ladder', () => {
    const result = validate(tierProgrammeSchema, [tier('gold', 'Premier', 2)]);
    expect(result).toEqual({ ok: false, errors: { '0.rank': 'The gold tier has rank 3.' } });
    expect(validate(tierProgrammeSchema, [tier('gold', 'Premier', 3)]).ok).toBe(true);
  });
});
