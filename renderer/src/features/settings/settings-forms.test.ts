import { describe, expect, it } from 'vitest';
import { readAmount, readNumber } from './form-numbers';
import { readTargets, targetsForm, type TargetsForm } from './targets-form';
import { defaultWeightsForm, typedTotal, weightsFromForm } from './weights-form';

describe('readNumber', () => {
  it('reads digits as numbers and hands anything else on as typed', () => {
    expect(readNumber(' 35 ')).toBe(35);
    expect(readNumber('7.5')).toBe(7.5);
    expect(readNumber('-3')).toBe(-3);
    expect(readNumber('')).toBe('');
    expect(readNumber('35%')).toBe('35%');
  });
});

describe('readAmount', () => {
  it('reads grouped and plain amounts into minor units of the currency', () => {
    expect(readAmount('250,000', 'EUR')).toEqual({
      ok: true,
      money: { amountMinor: 25_000_000, currency: 'EUR' },
    });
    expect(readAmount('250000.50', 'EUR')).toEqual({
      ok: true,
      money: { amountMinor: 25_000_050, currency: 'EUR' },
    });
    expect(readAmount('1,234', 'JPY')).toEqual({
      ok: true,
      money: { amountMinor: 1234, currency: 'JPY' },
    });
  });

  it('reads an empty field as not set and says why other text is wrong', () => {
    expect(readAmount('  ', 'EUR')).toEqual({ ok: true, money: undefined });
    expect(readAmount('12.345', 'EUR')).toEqual({
      ok: false,
      error: 'EUR has 2 decimal places; enter at most 2.',
    });
  });
});

describe('weights form', () => {
  it('starts from the defaults, which make 100', () => {
    const form = defaultWeightsForm();
    expect(form).toEqual({
      revenue: '35',
      pipeline: '20',
      engagement: '20',
      enablement: '15',
      relationship: '10',
    });
    expect(typedTotal(form)).toBe(100);
  });

  it('totals only what reads as a number and leaves the rest for the schema to reject', () => {
    const form = { ...defaultWeightsForm(), revenue: '30', relationship: 'ten' };
    // 30 + 20 + 20 + 15 = 85: "ten" is not counted.
    expect(typedTotal(form)).toBe(85);
    expect(weightsFromForm(form)).toEqual({
      revenue: 30,
      pipeline: 20,
      engagement: 20,
      enablement: 15,
      relationship: 'ten',
    });
  });
});

const targets = (patch: Partial<TargetsForm>): TargetsForm => ({
  sourcedRevenuePerYear: '',
  influencedRevenuePerYear: '',
  openPipeline: '',
  activitiesPer90Days: '6',
  certifiedPeople: '3',
  ...patch,
});

describe('targets form', () => {
  it('reads money in the workbook currency and leaves empty targets unset', () => {
    const read = readTargets(
      targets({ sourcedRevenuePerYear: '250,000', openPipeline: '80000.5', certifiedPeople: '4' }),
      'EUR',
    );
    expect(read).toEqual({
      ok: true,
      value: {
        sourcedRevenuePerYear: { amountMinor: 25_000_000, currency: 'EUR' },
        openPipeline: { amountMinor: 8_000_050, currency: 'EUR' },
        activitiesPer90Days: 6,
        certifiedPeople: 4,
      },
    });
  });

  it('keys every message by its field, from the money parser and from the schema', () => {
    const read = readTargets(
      targets({ influencedRevenuePerYear: 'lots', openPipeline: '0', activitiesPer90Days: '0' }),
      'EUR',
    );
    expect(read).toEqual({
      ok: false,
      errors: {
        influencedRevenuePerYear: 'Enter an amount like 1,234.50, with digits only.',
        openPipeline: 'An amount must be more than zero.',
        activitiesPer90Days: 'Expect at least one activity.',
      },
    });
  });

  it('shows stored money as plain text in its own digits', () => {
    const form = targetsForm({
      influencedRevenuePerYear: { amountMinor: 25_000_050, currency: 'EUR' },
      activitiesPer90Days: 8,
      certifiedPeople: 2,
    });
    expect(form).toEqual(
      targets({
        influencedRevenuePerYear: '250000.50',
        activitiesPer90Days: '8',
        certifiedPeople: '2',
      }),
    );
  });
});
