import { describe, expect, it } from 'vitest';
import type { Investment } from '../../../../shared/domain/strategy/investment';
import { ledgerTotals } from './ledger-totals';

const base = {
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  partnerId: 'p1',
  date: '2026-02-01',
  tag: 'enablement' as const,
};

describe('ledger totals', () => {
  it('adds hours exactly, money in the workbook currency only, and averages effort', () => {
    const entries: Investment[] = [
      { ...base, id: 'a', kind: 'time', hours: 0.25, person: 'Ana' },
      { ...base, id: 'b', kind: 'time', hours: 1.5, person: 'Ben' },
      {
        ...base,
        id: 'c',
        kind: 'money',
        amount: { amountMinor: 150_000, currency: 'EUR' },
        fundType: 'mdf',
      },
      {
        ...base,
        id: 'd',
        kind: 'money',
        amount: { amountMinor: 99_900, currency: 'USD' },
        fundType: 'mdf',
      },
      { ...base, id: 'e', kind: 'energy', rating: 4 },
      { ...base, id: 'f', kind: 'energy', rating: 1 },
    ];
    expect(ledgerTotals(entries, 'EUR')).toEqual({
      hours: 1.75,
      moneyMinor: 150_000,
      otherCurrency: 1,
      averageEffort: 2.5,
    });
    expect(ledgerTotals([], 'EUR')).toEqual({
      hours: 0,
      moneyMinor: 0,
      otherCurrency: 0,
      averageEffort: undefined,
    });
  });
});
