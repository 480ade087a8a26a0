import type { LifecycleStage, PartnerTier } from '../../partner';
import type { HealthInput } from '../health-components';
import { addDays, earlierDate, type IsoDate } from '../iso-date';
import type { PartnerPlan } from '../partner-plan';
import {
  ledgerPointsOf,
  metricPointsOf,
  PortfolioMetricTotals,
  type PartnerFigures,
} from '../partner-figures';
import {
  bucketKey,
  bucketPeriod,
  revenueByPeriod,
  shiftBucket,
  type RevenueSeries,
} from '../revenue-by-period';
import type { StrategySettings } from '../strategy-settings';
import type { TierDefinition } from '../tier';
import type { TierComparison } from '../tier-suggestion';
import { assessPartner, returnWindow } from './assess-partner';
import {
  countByStage,
  countByTier,
  healthDistribution,
  type HealthBucket,
  type KeyCount,
} from './portfolio-counts';
import {
  latestActivities,
  plansBehind,
  quietPartners,
  upcomingQbrs,
  type PlanBehind,
  type QuietPartner,
  type UpcomingQbr,
} from './portfolio-lists';
import { returnOutliers, type OutlierKind } from './return-outliers';

/**
 * The portfolio dashboard's figures, computed in one pass over the partners from their derived
 * figures (partner-figures.ts), their recent activities and the plans. Exited partners count in
 * the stage and tier totals but are left out of health, tiers, return and the quiet list: they
 * are no longer managed.
 */

/** The quarters the revenue chart shows, the current one last. */
export const REVENUE_QUARTERS = 8;

/** A partner as the dashboard reads it (a row of the partners table). */
export interface PortfolioPartner {
  id: string;
  name: string;
  stage: LifecycleStage;
  tier: PartnerTier;
  lastActivityAt?: string | undefined;
  /** The recorded health score (typed or imported), shown while there is no data to compute one. */
  healthScore?: number | undefined;
}

/** What the dashboard is computed from. */
export interface PortfolioInput {
  today: IsoDate;
  settings: StrategySettings;
  partners: readonly PortfolioPartner[];
  figures: ReadonlyMap<string, PartnerFigures>;
  /** Activities in the 90 days ending today at least (older ones are ignored by the score). */
  activities: readonly (HealthInput['activities'][number] & { partnerId: string })[];
  plans: readonly PartnerPlan[];
}

/** One partner on the investment-against-return chart, in minor units. */
export interface ReturnPoint {
  partnerId: string;
  name: string;
  investedMinor: number;
  sourcedMinor: number;
  influencedMinor: number;
  sourcedOutlier: OutlierKind | undefined;
  influencedOutlier: OutlierKind | undefined;
}

/** A partner whose tier differs from the one its figures suggest. */
export interface TierMismatch {
  partnerId: string;
  name: string;
  current: TierDefinition | undefined;
  suggested: TierDefinition | undefined;
  comparison: Exclude<TierComparison, 'matches'>;
}

/** Everything the dashboard shows. */
export interface Portfolio {
  today: IsoDate;
  currency: string;
  partners: number;
  byStage: KeyCount<LifecycleStage>[];
  byTier: KeyCount<PartnerTier>[];
  health: KeyCount<HealthBucket>[];
  /** How many of the scored partners are banded by their recorded score, having no data yet. */
  healthRecorded: number;
  /** Sourced and influenced revenue by quarter: two series, never added together. */
  revenue: { sourced: RevenueSeries; influenced: RevenueSeries };
  returns: ReturnPoint[];
  tierMismatches: TierMismatch[];
  plansBehind: PlanBehind[];
  quiet: QuietPartner[];
  upcomingQbrs: UpcomingQbr[];
}

function groupBy<T extends { partnerId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.partnerId);
    if (group === undefined) groups.set(record.partnerId, [record]);
    else group.push(record);
  }
  return groups;
}

/** The dashboard's figures as of `input.today`. */
export function computePortfolio(input: PortfolioInput): Portfolio {
  const { today, settings } = input;
  const lastQuarter = bucketKey(today, 'quarter');
  const firstQuarter = shiftBucket(lastQuarter, 'quarter', -(REVENUE_QUARTERS - 1));
  const chartFrom = bucketPeriod(firstQuarter, 'quarter').start;
  // From the quarter before the chart's first (its trend) or a year back, whichever is earlier.
  const since = earlierDate(
    bucketPeriod(shiftBucket(firstQuarter, 'quarter', -1), 'quarter').start,
    addDays(today, -364),
  );
  const yearStart = returnWindow(today).start;
  const activities = groupBy(input.activities);
  const plans = groupBy(input.plans);
  const managed = input.partners.filter((partner) => partner.stage !== 'exited');
  const revenueTotals = new PortfolioMetricTotals(
    settings.currency,
    ['sourced-revenue', 'influenced-revenue'],
    since,
  );
  const scores: (number | undefined)[] = [];
  let healthRecorded = 0;
  const returns: ReturnPoint[] = [];
  const tierMismatches: TierMismatch[] = [];
  for (const partner of input.partners) {
    const figures = input.figures.get(partner.id);
    if (figures !== undefined) revenueTotals.add(figures);
    if (partner.stage === 'exited') continue;
    const assessment = assessPartner(
      {
        tier: partner.tier,
        // Every window of the assessment lies in the last 365 days: unpacking only those rows
        // keeps the points (a third of the chart's) few.
        metrics: figures === undefined ? [] : metricPointsOf(figures, yearStart),
        investments: figures === undefined ? [] : ledgerPointsOf(figures, yearStart),
        activities: activities.get(partner.id) ?? [],
        plans: plans.get(partner.id) ?? [],
        recordedHealth: partner.healthScore,
      },
      today,
      settings,
    );
    scores.push(assessment.health.score.value);
    if (assessment.health.source === 'recorded') healthRecorded += 1;
    const { investedMinor, sourcedMinor, influencedMinor } = assessment;
    if (investedMinor > 0 || sourcedMinor > 0 || influencedMinor > 0) {
      returns.push({
        partnerId: partner.id,
        name: partner.name,
        investedMinor,
        sourcedMinor,
        influencedMinor,
        sourcedOutlier: undefined,
        influencedOutlier: undefined,
      });
    }
    const tier = assessment.tier;
    if (tier !== undefined && tier.comparison !== 'matches') {
      const { current, suggested, comparison } = tier;
      tierMismatches.push({
        partnerId: partner.id,
        name: partner.name,
        current,
        suggested,
        comparison,
      });
    }
  }
  const sourcedOutliers = returnOutliers(
    returns.map((point) => ({ ...point, revenueMinor: point.sourcedMinor })),
  );
  const influencedOutliers = returnOutliers(
    returns.map((point) => ({ ...point, revenueMinor: point.influencedMinor })),
  );
  for (const point of returns) {
    point.sourcedOutlier = sourcedOutliers.get(point.partnerId);
    point.influencedOutlier = influencedOutliers.get(point.partnerId);
  }
  const series = {
    currency: settings.currency,
    granularity: 'quarter',
    from: chartFrom,
    to: today,
  } as const;
  const names = new Map(managed.map((partner) => [partner.id, partner.name]));
  const revenuePoints = revenueTotals.points();
  return {
    today,
    currency: settings.currency,
    partners: input.partners.length,
    byStage: countByStage(input.partners),
    byTier: countByTier(input.partners),
    health: healthDistribution(scores),
    healthRecorded,
    revenue: {
      sourced: revenueByPeriod(revenuePoints, 'sourced-revenue', series),
      influenced: revenueByPeriod(revenuePoints, 'influenced-revenue', series),
    },
    returns,
    tierMismatches: tierMismatches.sort((a, b) => a.name.localeCompare(b.name)),
    plansBehind: plansBehind(input.plans, names, today),
    quiet: quietPartners(managed, latestActivities(managed, input.activities), today),
    upcomingQbrs: upcomingQbrs(input.plans, names, today),
  };
}
