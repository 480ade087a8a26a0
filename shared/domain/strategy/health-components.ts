import { figure, noFigure, type Figure } from './figure';
import { addDays, dateOfTimestamp, type IsoDate } from './iso-date';
import type { HealthTargets } from './health-targets';
import { latestLevel, sumMetric, type MetricPoint } from './metric-sums';
import type { Currency, Money } from './money';
import { periodContains, type Period } from './period';
import { planCovering, type PlanHeader } from './plan-rules';

/**
 * The five health components, each scored 0–100 from one partner's data as of `today`:
 *
 * - revenue: revenue over the 365 days ending today against the yearly target, sourced and
 *   influenced each against its own target; the better attainment counts (never their sum).
 *   100 × min(1, revenue ÷ target). Unscored when no target in the workbook's currency is set.
 * - pipeline: the latest partner-sourced pipeline level in the 90 days ending today (0 if none)
 *   against the pipeline target, 100 × min(1, pipeline ÷ target). Unscored without a target.
 * - engagement: activities in the 90 days ending today. Volume earns up to 70 points,
 *   70 × min(1, activities ÷ target); two-way traffic earns up to 30, full when at least 30% of
 *   them were inbound, 30 × min(1, inbound share ÷ 0.3). No activity scores 0.
 * - enablement: the latest count of certified people in the 365 days ending today (0 if none)
 *   against the target, 100 × min(1, certified ÷ target).
 * - relationship: from the plan covering today (preferring one in progress): 20 points for our
 *   executive sponsor, 20 for the partner's, 30 for the plan being in progress; and 30 for a QBR
 *   dated in the 120 days ending today on any of the partner's plans. No plan, no QBR: 0.
 *
 * Each score is rounded to a whole number. Missing data scores 0; only a missing money target
 * leaves a component unscored, because the number cannot be judged without it.
 */

/** What one partner's health is computed from. */
export interface HealthInput {
  today: IsoDate;
  /** The workbook's currency; money in other currencies is left out. */
  currency: Currency;
  metrics: readonly MetricPoint[];
  activities: readonly { occurredAt: string; direction: 'inbound' | 'outbound' }[];
  plans: readonly (PlanHeader & {
    sponsorOurs?: string | undefined;
    sponsorPartner?: string | undefined;
    qbrDates: readonly IsoDate[];
  })[];
}

/** The revenue component and the figures behind it. */
export interface RevenueComponent {
  score: Figure<number, 'no-revenue-target'>;
  sourcedMinor: number;
  influencedMinor: number;
}

/** The pipeline component and the figures behind it. */
export interface PipelineComponent {
  score: Figure<number, 'no-pipeline-target'>;
  openPipelineMinor: number;
  /** The day the pipeline level was read, if any entry falls in the window. */
  readOn: IsoDate | undefined;
}

/** The engagement component and the figures behind it. */
export interface EngagementComponent {
  score: number;
  activities: number;
  inbound: number;
}

/** The enablement component and the figures behind it. */
export interface EnablementComponent {
  score: number;
  certifiedPeople: number;
  readOn: IsoDate | undefined;
}

/** The relationship component and the facts behind it. */
export interface RelationshipComponent {
  score: number;
  planId: string | undefined;
  sponsorOurs: boolean;
  sponsorPartner: boolean;
  planInProgress: boolean;
  lastQbrOn: IsoDate | undefined;
}

/** All five components. */
export interface HealthComponents {
  revenue: RevenueComponent;
  pipeline: PipelineComponent;
  engagement: EngagementComponent;
  enablement: EnablementComponent;
  relationship: RelationshipComponent;
}

const daysEnding = (today: IsoDate, days: number): Period => ({
  start: addDays(today, -(days - 1)),
  end: today,
});

const attainment = (value: number, target: number): number => Math.min(1, value / target);

const usable = (target: Money | undefined, currency: Currency): number | undefined =>
  target !== undefined && target.currency === currency ? target.amountMinor : undefined;

/** The revenue component: the better of sourced and influenced attainment over 365 days. */
export function revenueComponent(input: HealthInput, targets: HealthTargets): RevenueComponent {
  const year = daysEnding(input.today, 365);
  const sourcedMinor = sumMetric(input.metrics, 'sourced-revenue', year, input.currency).total;
  const influencedMinor = sumMetric(
    input.metrics,
    'influenced-revenue',
    year,
    input.currency,
  ).total;
  const sourcedTarget = usable(targets.sourcedRevenuePerYear, input.currency);
  const influencedTarget = usable(targets.influencedRevenuePerYear, input.currency);
  const attainments = [
    sourcedTarget === undefined ? undefined : attainment(sourcedMinor, sourcedTarget),
    influencedTarget === undefined ? undefined : attainment(influencedMinor, influencedTarget),
  ].filter((value) => value !== undefined);
  const score =
    attainments.length === 0
      ? noFigure('no-revenue-target')
      : figure(Math.round(100 * Math.max(...attainments)));
  return { score, sourcedMinor, influencedMinor };
}

/** The pipeline component: the latest sourced pipeline in 90 days against the target. */
export function pipelineComponent(input: HealthInput, targets: HealthTargets): PipelineComponent {
  const level = latestLevel(
    input.metrics,
    'sourced-pipeline',
    daysEnding(input.today, 90),
    input.currency,
  );
  const openPipelineMinor = level?.value ?? 0;
  const target = usable(targets.openPipeline, input.currency);
  return {
    score:
      target === undefined
        ? noFigure('no-pipeline-target')
        : figure(Math.round(100 * attainment(openPipelineMinor, target))),
    openPipelineMinor,
    readOn: level?.date,
  };
}

/** The engagement component: activity volume and the inbound share over 90 days. */
export function engagementComponent(
  input: HealthInput,
  targets: HealthTargets,
): EngagementComponent {
  const span = daysEnding(input.today, 90);
  let activities = 0;
  let inbound = 0;
  for (const activity of input.activities) {
    if (!periodContains(span, dateOfTimestamp(activity.occurredAt))) continue;
    activities += 1;
    if (activity.direction === 'inbound') inbound += 1;
  }
  const volume = attainment(activities, targets.activitiesPer90Days);
  const twoWay = activities === 0 ? 0 : Math.min(1, inbound / activities / 0.3);
  return { score: Math.round(70 * volume + 30 * twoWay), activities, inbound };
}

/** The enablement component: the latest certified people count in 365 days against the target. */
export function enablementComponent(
  input: HealthInput,
  targets: HealthTargets,
): EnablementComponent {
  const level = latestLevel(input.metrics, 'certifications', daysEnding(input.today, 365));
  const certifiedPeople = level?.value ?? 0;
  return {
    score: Math.round(100 * attainment(certifiedPeople, targets.certifiedPeople)),
    certifiedPeople,
    readOn: level?.date,
  };
}

/** The relationship component: sponsors and status of the current plan, and a recent QBR. */
export function relationshipComponent(input: HealthInput): RelationshipComponent {
  const plan = planCovering(input.plans, input.today);
  const sponsorOurs = plan?.sponsorOurs !== undefined && plan.sponsorOurs.trim() !== '';
  const sponsorPartner = plan?.sponsorPartner !== undefined && plan.sponsorPartner.trim() !== '';
  const planInProgress = plan?.status === 'in-progress';
  const span = daysEnding(input.today, 120);
  let lastQbrOn: IsoDate | undefined;
  for (const other of input.plans) {
    for (const date of other.qbrDates) {
      if (periodContains(span, date) && (lastQbrOn === undefined || date > lastQbrOn)) {
        lastQbrOn = date;
      }
    }
  }
  const score =
    (sponsorOurs ? 20 : 0) +
    (sponsorPartner ? 20 : 0) +
    (planInProgress ? 30 : 0) +
    (lastQbrOn === undefined ? 0 : 30);
  return { score, planId: plan?.id, sponsorOurs, sponsorPartner, planInProgress, lastQbrOn };
}

/** All five components of one partner's health. */
export function healthComponents(input: HealthInput, targets: HealthTargets): HealthComponents {
  return {
    revenue: revenueComponent(input, targets),
    pipeline: pipelineComponent(input, targets),
    engagement: engagementComponent(input, targets),
    enablement: enablementComponent(input, targets),
    relationship: relationshipComponent(input),
  };
}
