import { describe, expect, it } from 'vitest';
import { tierLabels } from '../../../../shared/domain/strategy/tier-labels';
import { computePortfolio } from '../../../../shared/domain/strategy/portfolio/portfolio';
import { summarisePartner } from '../../../../shared/domain/strategy/partner-figures';
import { DEFAULT_STRATEGY_SETTINGS } from '../../../../shared/domain/strategy/strategy-settings';
import { sheetToCsv } from '../../../../shared/files/export/csv-write';
import {
  healthNote,
  majorUnits,
  returnTable,
  revenueTable,
  stageTable,
  tierTable,
} from './chart-tables';

const TODAY = '2026-11-15';

// One partner whose name a spreadsheet would read as a formula, with revenue and investment.
const portfolio = computePortfolio({
  today: TODAY,
  settings: DEFAULT_STRATEGY_SETTINGS,
  partners: [{ id: 'a', name: '=HYPERLINK("x")', stage: 'active', tier: 'none' }],
  figures: new Map([
    [
      'a',
      summarisePartner(
        'a',
        [
          {
            partnerId: 'a',
            metric: 'sourced-revenue',
            date: '2026-10-02',
            value: 1_234_56,
            currency: 'EUR',
          },
          {
            partnerId: 'a',
            metric: 'influenced-revenue',
            date: '2026-05-02',
            value: 500_00,
            currency: 'EUR',
          },
        ],
        [
          {
            partnerId: 'a',
            kind: 'money',
            date: '2026-03-01',
            amount: { amountMinor: 100_00, currency: 'EUR' },
          },
        ],
      ),
    ],
  ]),
  activities: [],
  plans: [],
});

describe('chart tables', () => {
  it('turn minor units into major units by the currency’s digits', () => {
    expect(majorUnits(1_234_56, 'EUR')).toBe(1234.56);
    expect(majorUnits(1_234, 'JPY')).toBe(1234);
  });

  it('list every stage, and revenue by quarter with sourced and influenced apart', () => {
    expect(stageTable(portfolio).rows[3]).toEqual(['Active', 1]);
    const revenue = revenueTable(portfolio);
    expect(revenue.columns.map((column) => column.header)).toEqual([
      'Quarter',
      'Sourced revenue (EUR)',
      'Influenced revenue (EUR)',
    ]);
    expect(revenue.rows.slice(-3)).toEqual([
      ['2026-Q2', 0, 500],
      ['2026-Q3', 0, 0],
      ['2026-Q4', 1234.56, 0],
    ]);
  });

  it('name each tier as the programme does, and the rest by their standard names', () => {
    const labels = tierLabels([
      { slot: 'gold', name: 'Premier', rank: 3, requirements: [], benefits: [] },
    ]);
    const names = tierTable(portfolio, labels).rows.map((row) => row[0]);
    expect(names).toEqual(['No tier', 'Registered', 'Silver', 'Premier', 'Platinum']);
  });

  it('write the return table as CSV with formula-like names neutralised', () => {
    const csv = sheetToCsv(returnTable(portfolio));
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'Partner,Money invested (EUR),Sourced revenue (EUR),Influenced revenue (EUR),Sourced outlier,Influenced outlier',
    );
    expect(row).toBe(`"'=HYPERLINK(""x"")",100,1234.56,500,,`);
  });
});

describe('healthNote', () => {
  it('says where the bands come from, naming the partners banded by a recorded score', () => {
    expect(healthNote(0)).toBe('Each partner’s health score computed from its data.');
    expect(healthNote(1)).toBe(
      'Each partner’s health score computed from its data; 1 partner with no data yet by the ' +
        'score recorded on them (typed in or imported).',
    );
    expect(healthNote(1200)).toContain('; 1,200 partners with no data yet');
  });
});
