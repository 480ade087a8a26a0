import { describe, expect, it } from 'vitest';
import {
  figuresAreEmpty,
  ledgerPointsOf,
  metricPointsOf,
  PortfolioMetricTotals,
  summariseAll,
  summarisePartner,
  type FigureEntry,
  type FigureInvestment,
} from './partner-figures';

const A = 'a';
const entry = (metric: string, date: string, value: number, currency?: string): FigureEntry => ({
  partnerId: A,
  metric,
  date,
  value,
  ...(currency === undefined ? {} : { currency }),
});

describe('partner figures', () => {
  it('keep one total per metric, day and currency, and only the metrics the dashboard reads', () => {
    const figures = summarisePartner(
      A,
      [
        entry('sourced-revenue', '2026-01-05', 100, 'EUR'),
        entry('sourced-revenue', '2026-01-05', 25, 'EUR'),
        entry('sourced-revenue', '2026-01-05', 7, 'USD'),
        entry('influenced-revenue', '2026-01-05', 40, 'EUR'),
        entry('certifications', '2026-02-01', 2),
        entry('certifications', '2026-02-01', 1),
        entry('leads', '2026-01-05', 9),
        { ...entry('sourced-revenue', '2026-01-05', 999, 'EUR'), partnerId: 'other' },
      ],
      [],
    );
    expect(metricPointsOf(figures, '2026-01-01')).toEqual([
      { metric: 'sourced-revenue', date: '2026-01-05', value: 125, currency: 'EUR' },
      { metric: 'sourced-revenue', date: '2026-01-05', value: 7, currency: 'USD' },
      { metric: 'influenced-revenue', date: '2026-01-05', value: 40, currency: 'EUR' },
      { metric: 'certifications', date: '2026-02-01', value: 3 },
    ]);
    // Points before `since` are left out.
    expect(metricPointsOf(figures, '2026-01-06')).toEqual([
      { metric: 'certifications', date: '2026-02-01', value: 3 },
    ]);
  });

  it('keep money per day and currency, and hours exactly in quarter hours; no energy', () => {
    const ledger: FigureInvestment[] = [
      {
        partnerId: A,
        kind: 'money',
        date: '2026-03-01',
        amount: { amountMinor: 500, currency: 'EUR' },
      },
      {
        partnerId: A,
        kind: 'money',
        date: '2026-03-01',
        amount: { amountMinor: 250, currency: 'EUR' },
      },
      { partnerId: A, kind: 'time', date: '2026-03-02', hours: 1.25 },
      { partnerId: A, kind: 'time', date: '2026-03-02', hours: 0.5 },
      { partnerId: A, kind: 'energy', date: '2026-03-02', rating: 4 },
    ];
    const figures = summarisePartner(A, [], ledger);
    expect(ledgerPointsOf(figures, '2000-01-01')).toEqual([
      { kind: 'money', date: '2026-03-01', amount: { amountMinor: 750, currency: 'EUR' } },
      { kind: 'time', date: '2026-03-02', hours: 1.75 },
    ]);
    expect(figuresAreEmpty(figures)).toBe(false);
    expect(figuresAreEmpty(summarisePartner(A, [entry('leads', '2026-01-01', 1)], []))).toBe(true);
  });

  it('group whole tables by partner', () => {
    const all = summariseAll(
      [
        entry('sourced-revenue', '2026-01-05', 1, 'EUR'),
        { ...entry('certifications', '2026-01-05', 1), partnerId: 'b' },
      ],
      [{ partnerId: 'c', kind: 'time', date: '2026-01-01', hours: 1 }],
    );
    expect(all.map((figures) => figures.id)).toEqual([A, 'b', 'c']);
  });

  it('sum chosen metrics across partners per day in one currency, other currencies kept apart', () => {
    const a = summarisePartner(
      A,
      [
        entry('sourced-revenue', '2026-01-05', 100, 'EUR'),
        entry('sourced-revenue', '2026-01-06', 30, 'EUR'),
        entry('sourced-revenue', '2025-12-31', 5, 'EUR'), // before since: left out
        entry('sourced-pipeline', '2026-01-05', 70, 'EUR'), // not a chosen metric
        entry('influenced-revenue', '2026-01-05', 8, 'USD'),
      ],
      [],
    );
    const b = summarisePartner(
      'b',
      [
        { ...entry('sourced-revenue', '2026-01-05', 11, 'EUR'), partnerId: 'b' },
        { ...entry('influenced-revenue', '2026-01-05', 4, 'EUR'), partnerId: 'b' },
        { ...entry('influenced-revenue', '2026-01-05', 2, 'USD'), partnerId: 'b' },
      ],
      [],
    );
    const totals = new PortfolioMetricTotals(
      'EUR',
      ['sourced-revenue', 'influenced-revenue'],
      '2026-01-01',
    );
    totals.add(a);
    totals.add(b);
    const byKey = (p: { metric: string; date: string; currency?: string | undefined }) =>
      `${p.metric} ${p.date} ${p.currency ?? ''}`;
    expect(totals.points().sort((x, y) => byKey(x).localeCompare(byKey(y)))).toEqual([
      { metric: 'influenced-revenue', date: '2026-01-05', value: 4, currency: 'EUR' },
      // The USD rows stay one point each (partner a's, then b's), as each partner's would be.
      { metric: 'influenced-revenue', date: '2026-01-05', value: 8, currency: 'USD' },
      { metric: 'influenced-revenue', date: '2026-01-05', value: 2, currency: 'USD' },
      // 100 + 11 on the 5th: one point for both partners.
      { metric: 'sourced-revenue', date: '2026-01-05', value: 111, currency: 'EUR' },
      { metric: 'sourced-revenue', date: '2026-01-06', value: 30, currency: 'EUR' },
    ]);
  });
});
