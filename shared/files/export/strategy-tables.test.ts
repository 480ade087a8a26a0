import { describe, expect, it } from 'vitest';
import { fixtureSnapshot } from '../partnerbook/decode-fixture';
import { majorUnits, strategySheets } from './strategy-tables';

describe('strategySheets', () => {
  const { tables } = fixtureSnapshot();
  const names = new Map(tables.partners.map((partner) => [partner.id, partner.name]));
  const sheets = strategySheets(tables, (id) => names.get(id) ?? null);
  const row = (name: string): Record<string, unknown> => {
    const sheet = sheets.find((item) => item.name === name);
    if (!sheet) throw new Error(name);
    const [first = []] = sheet.rows;
    return Object.fromEntries(sheet.columns.map((column, index) => [column.header, first[index]]));
  };

  it('writes money in major units beside its currency, and dates as dates', () => {
    expect(majorUnits(123450, 'EUR')).toBe(1234.5);
    expect(majorUnits(1234, 'JPY')).toBe(1234);
    expect(row('Company goals')).toMatchObject({
      Title: 'Grow new ARR',
      Target: 400_000,
      Unit: 'EUR',
      'Period start': new Date('2026-01-01T00:00:00.000Z'),
    });
    expect(row('Investments')).toMatchObject({
      Partner: 'Baltic Data',
      Kind: 'Money',
      Amount: 5000,
      Currency: 'EUR',
      Hours: null,
    });
  });

  it('writes one plan row per objective, naming its company goal, and metrics by name', () => {
    expect(row('Partner plans')).toMatchObject({
      Partner: 'Baltic Data',
      Objective: 'Sourced ARR',
      'Company goal': 'Grow new ARR',
      'Target (all quarters)': 50_000,
      'Actual (all quarters)': 42_000,
      'QBR dates': '2026-03-31',
    });
    expect(row('Metrics')).toMatchObject({ Metric: 'Joint webinars', Value: 12, Currency: null });
  });
});
