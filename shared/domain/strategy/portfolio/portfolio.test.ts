import { describe, expect, it } from 'vitest';
import type { PartnerPlan } from '../partner-plan';
import { summarisePartner, type FigureEntry, type PartnerFigures } from '../partner-figures';
import { DEFAULT_STRATEGY_SETTINGS, type StrategySettings } from '../strategy-settings';
import { computePortfolio, type PortfolioInput } from './portfolio';

const T = '2026-01-01T00:00:00.000Z';
const TODAY = '2026-11-15';

const settings: StrategySettings = {
  ...DEFAULT_STRATEGY_SETTINGS,
  tiers: [
    { slot: 'registered', name: 'Registered', rank: 1, requirements: [], benefits: [] },
    {
      slot: 'gold',
      name: 'Gold',
      rank: 3,
      requirements: [{ kind: 'health-score', minScore: 80 }],
      benefits: [],
    },
  ],
};

const money = (metric: string, date: string, value: number): FigureEntry => ({
  partnerId: 'a',
  metric,
  date,
  value,
  currency: 'EUR',
});

// Alpha: full marks on every scored component. With no money targets set, revenue and pipeline
// are unscored; engagement (6 activities, 2 inbound: 70 + 30), enablement (3 certified: 100) and
// relationship (both sponsors, in progress, a QBR 45 days ago: 100) score 100, so health is 100.
const alpha: PartnerFigures = summarisePartner(
  'a',
  [
    money('sourced-revenue', '2024-12-31', 10_00), // the bucket before the chart: only a trend
    money('sourced-revenue', '2026-10-01', 5_000_00),
    money('influenced-revenue', '2026-07-10', 40_00),
    { partnerId: 'a', metric: 'certifications', date: '2026-06-01', value: 3 },
  ],
  [
    {
      partnerId: 'a',
      kind: 'money',
      date: '2026-03-01',
      amount: { amountMinor: 1_000_00, currency: 'EUR' },
    },
  ],
);

const plan: PartnerPlan = {
  id: 'p1',
  partnerId: 'a',
  createdAt: T,
  updatedAt: T,
  period: { start: '2026-01-01', end: '2026-12-31' },
  status: 'in-progress',
  sponsorOurs: 'Mari',
  sponsorPartner: 'Jon',
  objectives: [],
  targetAccounts: [],
  qbrDates: ['2026-10-01', '2026-12-15'],
  risks: [],
};

const activity = (direction: 'inbound' | 'outbound', day: number) => ({
  partnerId: 'a',
  direction,
  occurredAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
});

const input: PortfolioInput = {
  today: TODAY,
  settings,
  partners: [
    { id: 'a', name: 'Alpha', stage: 'active', tier: 'registered' },
    // Beta: no data at all and no recorded score, so no health score.
    { id: 'b', name: 'Beta', stage: 'growing', tier: 'gold' },
    { id: 'x', name: 'Exited Co', stage: 'exited', tier: 'gold' },
  ],
  figures: new Map([['a', alpha]]),
  activities: [
    activity('inbound', 1),
    activity('inbound', 2),
    activity('outbound', 3),
    activity('outbound', 4),
    activity('outbound', 5),
    activity('outbound', 6),
  ],
  plans: [plan],
};

describe('the portfolio', () => {
  const portfolio = computePortfolio(input);

  it('counts every partner by stage and tier, exited ones included', () => {
    expect(portfolio.partners).toBe(3);
    expect(portfolio.byStage.find((entry) => entry.key === 'exited')?.count).toBe(1);
    expect(portfolio.byTier.find((entry) => entry.key === 'gold')?.count).toBe(2);
  });

  it('bands the health of managed partners with the settings’ weights', () => {
    expect(portfolio.health).toEqual([
      { key: 'green', count: 1 },
      { key: 'yellow', count: 0 },
      { key: 'red', count: 0 },
      { key: 'unscored', count: 1 },
    ]);
    expect(portfolio.healthRecorded).toBe(0);
  });

  it('bands a partner with no data by its recorded score, and one with data by its data', () => {
    const [alphaRow, ...others] = input.partners;
    if (!alphaRow) throw new Error('fixture');
    const recorded = computePortfolio({
      ...input,
      partners: [
        // Alpha's data (health 100) wins over its recorded 20.
        { ...alphaRow, healthScore: 20 },
        ...others,
        { id: 'g', name: 'Gamma', stage: 'active', tier: 'registered', healthScore: 65 },
      ],
    });
    expect(recorded.health).toEqual([
      { key: 'green', count: 1 },
      { key: 'yellow', count: 1 },
      { key: 'red', count: 0 },
      { key: 'unscored', count: 1 },
    ]);
    expect(recorded.healthRecorded).toBe(1);
  });

  it('charts sourced and influenced revenue by quarter as two series', () => {
    const { sourced, influenced } = portfolio.revenue;
    expect(sourced.buckets.map((bucket) => bucket.key)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(sourced.buckets[0]?.previousMinor).toBe(10_00);
    expect(sourced.buckets.at(-1)?.amountMinor).toBe(5_000_00);
    expect(influenced.buckets.at(-2)?.amountMinor).toBe(40_00);
    expect(influenced.buckets.at(-1)?.amountMinor).toBe(0);
  });

  it('sets money invested against revenue over the last 365 days', () => {
    expect(portfolio.returns).toEqual([
      {
        partnerId: 'a',
        name: 'Alpha',
        investedMinor: 1_000_00,
        sourcedMinor: 5_000_00,
        influencedMinor: 40_00,
        sourcedOutlier: undefined,
        influencedOutlier: undefined,
      },
    ]);
  });

  it('lists tier mismatches both ways, never for exited partners', () => {
    expect(
      portfolio.tierMismatches.map((entry) => [
        entry.name,
        entry.suggested?.name,
        entry.comparison,
      ]),
    ).toEqual([
      ['Alpha', 'Gold', 'suggest-higher'],
      ['Beta', 'Registered', 'suggest-lower'],
    ]);
  });

  it('lists quiet partners and upcoming QBRs of managed partners', () => {
    expect(portfolio.quiet.map((entry) => entry.name)).toEqual(['Beta']);
    expect(portfolio.upcomingQbrs).toEqual([
      { planId: 'p1', partnerId: 'a', name: 'Alpha', date: '2026-12-15' },
    ]);
    expect(portfolio.plansBehind).toEqual([]);
  });

  it('lists no tier mismatch without a tier programme', () => {
    const plain = computePortfolio({ ...input, settings: DEFAULT_STRATEGY_SETTINGS });
    expect(plain.tierMismatches).toEqual([]);
  });
});
