import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STAGES, PARTNER_TIERS } from '../../partner';
import { createRng, nextInt, pick, chance, type Rng } from '../../../util/prng';
import { addDays, earlierDate } from '../iso-date';
import type { MetricPoint } from '../metric-sums';
import {
  ledgerPointsOf,
  metricPointsOf,
  summarisePartner,
  type FigureEntry,
  type PartnerFigures,
} from '../partner-figures';
import type { PartnerPlan } from '../partner-plan';
import { bucketKey, bucketPeriod, revenueByPeriod, shiftBucket } from '../revenue-by-period';
import { DEFAULT_STRATEGY_SETTINGS, type StrategySettings } from '../strategy-settings';
import { assessPartner } from './assess-partner';
import { healthDistribution } from './portfolio-counts';
import { computePortfolio, REVENUE_QUARTERS, type PortfolioInput } from './portfolio';

/**
 * computePortfolio sums the revenue chart across partners from the packed figures and unpacks only
 * the last 365 days for each partner's assessment. This checks it against the plain way on
 * generated workbooks: every partner's points since the chart's trend quarter, charted by
 * revenueByPeriod, and assessed on the year's points.
 */

const TODAY = '2026-11-15';
const METRICS = ['sourced-revenue', 'influenced-revenue', 'sourced-pipeline', 'certifications'];

const settings: StrategySettings = {
  ...DEFAULT_STRATEGY_SETTINGS,
  healthTargets: {
    ...DEFAULT_STRATEGY_SETTINGS.healthTargets,
    sourcedRevenuePerYear: { amountMinor: 50_000_00, currency: 'EUR' },
    openPipeline: { amountMinor: 20_000_00, currency: 'EUR' },
  },
  tiers: [
    { slot: 'registered', name: 'Registered', rank: 1, requirements: [], benefits: [] },
    {
      slot: 'gold',
      name: 'Gold',
      rank: 3,
      requirements: [{ kind: 'health-score', minScore: 60 }],
      benefits: [],
    },
  ],
};

function generatedFigures(rng: Rng, id: string): PartnerFigures {
  const entries: FigureEntry[] = Array.from({ length: nextInt(rng, 0, 40) }, () => {
    const metric = pick(rng, METRICS);
    const money = metric !== 'certifications';
    return {
      partnerId: id,
      metric,
      // Three years back and a few days ahead (an entry dated in the future).
      date: addDays(TODAY, nextInt(rng, -1095, 5)),
      value: money ? nextInt(rng, 0, 900_000) : nextInt(rng, 0, 5),
      currency: money ? (chance(rng, 0.1) ? 'USD' : 'EUR') : undefined,
    };
  });
  const investments = chance(rng, 0.4)
    ? [
        {
          partnerId: id,
          kind: 'money' as const,
          date: addDays(TODAY, nextInt(rng, -500, 0)),
          amount: { amountMinor: nextInt(rng, 1, 90_000), currency: 'EUR' },
        },
      ]
    : [];
  return summarisePartner(id, entries, investments);
}

function generatedInput(seed: number, partners: number): PortfolioInput {
  const rng = createRng(seed);
  const input = {
    today: TODAY,
    settings,
    partners: [] as PortfolioInput['partners'][number][],
    figures: new Map<string, PartnerFigures>(),
    activities: [] as {
      partnerId: string;
      occurredAt: string;
      direction: 'inbound' | 'outbound';
    }[],
    plans: [] as PartnerPlan[],
  };
  for (let n = 0; n < partners; n += 1) {
    const id = `p${n}`;
    input.partners.push({
      id,
      name: `Partner ${n}`,
      stage: pick(rng, LIFECYCLE_STAGES),
      tier: pick(rng, PARTNER_TIERS),
      ...(chance(rng, 0.3) ? { healthScore: nextInt(rng, 0, 100) } : {}),
    });
    if (chance(rng, 0.85)) input.figures.set(id, generatedFigures(rng, id));
    if (chance(rng, 0.3)) {
      input.activities.push({
        partnerId: id,
        occurredAt: `${addDays(TODAY, nextInt(rng, -80, 0))}T10:00:00.000Z`,
        direction: chance(rng, 0.5) ? 'inbound' : 'outbound',
      });
    }
  }
  return input;
}

// The plain computation of the revenue chart and the per-partner figures.
function plainFigures(input: PortfolioInput) {
  const firstQuarter = shiftBucket(bucketKey(TODAY, 'quarter'), 'quarter', 1 - REVENUE_QUARTERS);
  const since = earlierDate(
    bucketPeriod(shiftBucket(firstQuarter, 'quarter', -1), 'quarter').start,
    addDays(TODAY, -364),
  );
  const yearStart = addDays(TODAY, -364);
  const points: MetricPoint[] = [];
  const scores: (number | undefined)[] = [];
  const returns: unknown[] = [];
  const mismatches: unknown[] = [];
  for (const partner of input.partners) {
    const figures = input.figures.get(partner.id);
    const metrics = figures === undefined ? [] : metricPointsOf(figures, since);
    points.push(...metrics);
    if (partner.stage === 'exited') continue;
    const assessment = assessPartner(
      {
        tier: partner.tier,
        metrics: metrics.filter((point) => point.date >= yearStart),
        investments: figures === undefined ? [] : ledgerPointsOf(figures, since),
        activities: input.activities.filter((activity) => activity.partnerId === partner.id),
        plans: [],
        recordedHealth: partner.healthScore,
      },
      TODAY,
      input.settings,
    );
    scores.push(assessment.health.score.value);
    const { investedMinor, sourcedMinor, influencedMinor } = assessment;
    if (investedMinor > 0 || sourcedMinor > 0 || influencedMinor > 0) {
      returns.push({ partnerId: partner.id, investedMinor, sourcedMinor, influencedMinor });
    }
    if (assessment.tier !== undefined && assessment.tier.comparison !== 'matches') {
      mismatches.push([partner.id, assessment.tier.comparison]);
    }
  }
  const series = {
    currency: input.settings.currency,
    granularity: 'quarter',
    from: bucketPeriod(firstQuarter, 'quarter').start,
    to: TODAY,
  } as const;
  return {
    revenue: {
      sourced: revenueByPeriod(points, 'sourced-revenue', series),
      influenced: revenueByPeriod(points, 'influenced-revenue', series),
    },
    health: healthDistribution(scores),
    returns,
    mismatches,
  };
}

describe('the portfolio against the plain computation', () => {
  it.each([1, 2, 3])('agrees on generated workbook %i', (seed) => {
    const input = generatedInput(seed, 150);
    const portfolio = computePortfolio(input);
    const plain = plainFigures(input);
    // The generated data reaches every case: revenue in both currencies, and partners assessed.
    expect(plain.revenue.sourced.leftOut).toBeGreaterThan(0);
    expect(plain.returns.length).toBeGreaterThan(50);
    expect(portfolio.revenue).toEqual(plain.revenue);
    expect(portfolio.health).toEqual(plain.health);
    expect(
      portfolio.returns.map(({ partnerId, investedMinor, sourcedMinor, influencedMinor }) => ({
        partnerId,
        investedMinor,
        sourcedMinor,
        influencedMinor,
      })),
    ).toEqual(plain.returns);
    expect(
      portfolio.tierMismatches
        .map((entry) => [entry.partnerId, entry.comparison])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual(
      plain.mismatches.sort((a, b) =>
        String((a as string[])[0]).localeCompare(String((b as string[])[0])),
      ),
    );
  });
});
