import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/domain/activity';
import { healthScore } from '../../../../shared/domain/strategy/health-score';
import { DEFAULT_HEALTH_WEIGHTS } from '../../../../shared/domain/strategy/health-weights';
import { newId } from '../ids';
import { openWorkbook, type Workbook } from '../workbook';

let workbook: Workbook;
let dbName: string;
let partnerId: string;
let otherId: string;

const TODAY = '2026-06-30';

async function partner(name: string): Promise<string> {
  const created = await workbook.partners.create({ name, stage: 'active' });
  if (!created.ok) throw new Error('fixture');
  return created.value.id;
}

async function entry(
  owner: string,
  metric: string,
  date: string,
  value: number,
  currency?: string,
) {
  const added = await workbook.metrics.addEntry({
    partnerId: owner,
    metric,
    date,
    value,
    currency,
  });
  if (!added.ok) throw new Error(JSON.stringify(added.errors));
}

function activity(owner: string, occurredAt: string, direction: Activity['direction']): Activity {
  const at = '2026-01-01T00:00:00.000Z';
  return {
    id: newId(),
    createdAt: at,
    updatedAt: at,
    partnerId: owner,
    occurredAt,
    direction,
    purpose: 'development',
    title: 'Call',
  };
}

beforeEach(async () => {
  dbName = `figures-${crypto.randomUUID()}`;
  workbook = await openWorkbook(dbName);
  partnerId = await partner('Baltic Data');
  otherId = await partner('Other Co');
});

afterEach(async () => {
  workbook.close();
  await Dexie.delete(dbName);
});

describe('the partner figures repository', () => {
  it('assembles one partner’s health input from its own entries, activities and plans', async () => {
    // In the 365-day window (2025-07-01 to 2026-06-30): two sourced entries, one influenced.
    await entry(partnerId, 'sourced-revenue', '2026-02-10', 400_000, 'EUR');
    await entry(partnerId, 'sourced-revenue', '2025-07-01', 100_000, 'EUR');
    await entry(partnerId, 'influenced-revenue', '2026-06-30', 250_000, 'EUR');
    // Outside the window (one day too old, one in the future) and another partner's.
    await entry(partnerId, 'sourced-revenue', '2025-06-30', 999_900, 'EUR');
    await entry(partnerId, 'sourced-revenue', '2026-07-01', 999_900, 'EUR');
    await entry(otherId, 'sourced-revenue', '2026-03-01', 777_700, 'EUR');
    await entry(partnerId, 'certifications', '2026-05-01', 2);
    await workbook.partners.putMany(
      [],
      [],
      [
        activity(partnerId, '2026-06-29T10:00:00.000Z', 'inbound'),
        activity(partnerId, '2026-05-02T10:00:00.000Z', 'outbound'),
        // 2026-04-02 is the first day of the 90 days ending 2026-06-30; 1 April is outside.
        activity(partnerId, '2026-04-02T00:00:00.000Z', 'outbound'),
        activity(partnerId, '2026-04-01T23:59:59.000Z', 'inbound'),
        activity(otherId, '2026-06-01T10:00:00.000Z', 'inbound'),
      ],
    );
    const plan = await workbook.plans.create({
      partnerId,
      period: { start: '2026-01-01', end: '2026-12-31' },
      status: 'in-progress',
      sponsorOurs: 'Ana',
      qbrDates: ['2026-05-15'],
    });
    expect(plan.ok).toBe(true);

    const input = await workbook.figures.healthInputOf(partnerId, TODAY, 'EUR');

    expect(input.today).toBe(TODAY);
    expect(input.currency).toBe('EUR');
    expect(input.metrics.map((point) => [point.metric, point.date, point.value]).sort()).toEqual([
      ['certifications', '2026-05-01', 2],
      ['influenced-revenue', '2026-06-30', 250_000],
      ['sourced-revenue', '2025-07-01', 100_000],
      ['sourced-revenue', '2026-02-10', 400_000],
    ]);
    // The read may reach a day wider than the window; the component counts exactly three.
    expect(input.activities.every((a) => a.occurredAt >= '2026-04-01')).toBe(true);
    expect(input.plans).toEqual([
      expect.objectContaining({ partnerId, status: 'in-progress', qbrDates: ['2026-05-15'] }),
    ]);

    // Hand-checked: revenue 5,000.00 of a 10,000.00 target = 50; engagement 3 of 6 activities
    // = 35 for volume, inbound 1 of 3 (33% ≥ 30%) = 30 → 65; enablement 2 of 3 = 67;
    // relationship 20 (our sponsor) + 30 (in progress) + 30 (QBR on 15 May) = 80; pipeline
    // unscored (no target). Weights 35/20/15/10 of 80: (35·50 + 20·65 + 15·67 + 10·80) ÷ 80 = 60.69 → 61.
    const health = healthScore(input, {
      weights: DEFAULT_HEALTH_WEIGHTS,
      targets: {
        sourcedRevenuePerYear: { amountMinor: 1_000_000, currency: 'EUR' },
        activitiesPer90Days: 6,
        certifiedPeople: 3,
      },
    });
    expect(health.components.revenue).toMatchObject({
      score: { value: 50 },
      sourcedMinor: 500_000,
      influencedMinor: 250_000,
    });
    expect(health.components.engagement).toEqual({ score: 65, activities: 3, inbound: 1 });
    expect(health.components.enablement.score).toBe(67);
    expect(health.components.relationship.score).toBe(80);
    expect(health.scoredWeight).toBe(80);
    expect(health.score.value).toBe(61);
    expect(health.band).toBe('yellow');
  });

  it('gives an empty input for a partner with no records', async () => {
    const input = await workbook.figures.healthInputOf(otherId, TODAY, 'EUR');
    expect(input).toEqual({
      today: TODAY,
      currency: 'EUR',
      metrics: [],
      activities: [],
      plans: [],
    });
  });
});
