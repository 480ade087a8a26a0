import { describe, expect, it } from 'vitest';
import { emptyInvestmentForm, investmentToForm, readInvestmentForm } from './investment-form';

const PARTNER = 'p1';
const TODAY = '2026-03-31';

describe('reading an investment form', () => {
  it('reads time as hours by a person', () => {
    const form = { ...emptyInvestmentForm('time', TODAY), hours: '1.5', person: 'Maya' };
    expect(readInvestmentForm(form, PARTNER, 'EUR')).toEqual({
      ok: true,
      value: {
        partnerId: PARTNER,
        date: TODAY,
        tag: 'enablement',
        kind: 'time',
        hours: 1.5,
        person: 'Maya',
      },
    });
    expect(readInvestmentForm({ ...form, hours: '1,5' }, PARTNER, 'EUR')).toEqual({
      ok: false,
      errors: { hours: 'Enter the hours as a number, like 1.5.' },
    });
  });

  it('reads money in minor units of the workbook currency, with its fund type', () => {
    const form = {
      ...emptyInvestmentForm('money', TODAY),
      amount: '2,000.50',
      fundType: 'co-marketing' as const,
      tag: 'co-marketing' as const,
      note: ' Joint webinar ',
      // Fields of the other kinds are kept in the form but not read.
      hours: 'not read',
    };
    expect(readInvestmentForm(form, PARTNER, 'EUR')).toEqual({
      ok: true,
      value: {
        partnerId: PARTNER,
        date: TODAY,
        tag: 'co-marketing',
        note: 'Joint webinar',
        kind: 'money',
        amount: { amountMinor: 200_050, currency: 'EUR' },
        fundType: 'co-marketing',
      },
    });
    expect(readInvestmentForm({ ...form, amount: '' }, PARTNER, 'EUR')).toEqual({
      ok: false,
      errors: { amount: 'Enter an amount.' },
    });
  });

  it('reads energy as a rating and round-trips a stored entry', () => {
    const form = { ...emptyInvestmentForm('energy', TODAY), rating: '4', note: 'Long week' };
    const read = readInvestmentForm(form, PARTNER, 'EUR');
    expect(read).toMatchObject({ ok: true, value: { kind: 'energy', rating: 4 } });
    const stored = {
      id: 'i1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      partnerId: PARTNER,
      date: TODAY,
      tag: 'other' as const,
      kind: 'money' as const,
      amount: { amountMinor: 123_456, currency: 'EUR' },
      fundType: 'mdf' as const,
    };
    expect(investmentToForm(stored)).toMatchObject({
      kind: 'money',
      amount: '1234.56',
      fundType: 'mdf',
      tag: 'other',
      note: '',
    });
  });
});
