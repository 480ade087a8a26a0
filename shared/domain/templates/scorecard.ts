import { closeRate } from '../strategy/close-rate';
import { figure, noFigure, type Figure } from '../strategy/figure';
import { addDays, dateOfTimestamp } from '../strategy/iso-date';
import { latestLevel, sumMetric, type MetricPoint } from '../strategy/metric-sums';
import type { Currency } from '../strategy/money';
import { periodContains, type Period } from '../strategy/period';
import { SCORECARD_METRIC_INFO, type ScorecardMetric } from './scorecard-metrics';
import type { ScorecardBody } from './template';

/**
 * A scorecard applied to one partner and one period. Each row's actual is read from the
 * partner's metric entries and activities (sums for revenue, deals and leads; the latest level
 * for pipeline and certified people; won ÷ (won + lost) for the close rate; activities in the 90
 * days ending on the period's last day). A row's attainment is actual ÷ target, capped at 1 so
 * that one outstanding row cannot hide a weak one, and earns attainment × weight points. A row
 * with no figure (a close rate with no closed deals) drops out and the other weights carry the
 * score, as the health score does; `scoredWeight` says how much weight was scored.
 */

/** A partner's data the scorecard reads. */
export interface ScorecardData {
  metrics: readonly MetricPoint[];
  activities: readonly { occurredAt: string }[];
}

/** Why a row has no actual. */
export type RowGap = 'no-closed-deals';

/** One row, computed. */
export interface ScoredRow {
  metric: ScorecardMetric;
  target: number;
  weight: number;
  /** Money in minor units, a count, or a percentage for the close rate. */
  actual: Figure<number, RowGap>;
  /** actual ÷ target, from 0 to 1; undefined without an actual. */
  attainment: number | undefined;
  /** attainment × weight; undefined without an actual. */
  points: number | undefined;
  /** Money entries in the period left out because they are in another currency. */
  otherCurrency: number;
}

/** A scorecard applied to a partner and a period. */
export interface ScorecardResult {
  period: Period;
  currency: Currency;
  rows: ScoredRow[];
  /** The weighted score from 0 to 100, rounded; no figure when no row could be scored. */
  score: Figure<number, 'no-scored-rows'>;
  /** The weight (of 100) of the rows that were scored. */
  scoredWeight: number;
}

// A row's actual and how many money entries were left out for their currency.
function actualOf(
  metric: ScorecardMetric,
  data: ScorecardData,
  period: Period,
  currency: Currency,
): { actual: Figure<number, RowGap>; otherCurrency: number } {
  const money = SCORECARD_METRIC_INFO[metric].unit === 'money' ? currency : undefined;
  switch (metric) {
    case 'sourced-revenue':
    case 'influenced-revenue':
    case 'deals-won':
    case 'leads':
    case 'integration-installs': {
      const sum = sumMetric(data.metrics, metric, period, money);
      return { actual: figure(sum.total), otherCurrency: sum.otherCurrency };
    }
    case 'sourced-pipeline':
    case 'certifications': {
      const level = latestLevel(data.metrics, metric, period, money);
      const otherCurrency =
        money === undefined ? 0 : sumMetric(data.metrics, metric, period, money).otherCurrency;
      return { actual: figure(level?.value ?? 0), otherCurrency };
    }
    case 'close-rate': {
      const rate = closeRate(data.metrics, period).rate;
      const actual = rate.value === undefined ? noFigure(rate.reason) : figure(rate.value * 100);
      return { actual, otherCurrency: 0 };
    }
    case 'activities-90-days': {
      const window: Period = { start: addDays(period.end, -89), end: period.end };
      const count = data.activities.filter((activity) =>
        periodContains(window, dateOfTimestamp(activity.occurredAt)),
      ).length;
      return { actual: figure(count), otherCurrency: 0 };
    }
  }
}

/**
 * Applies a scorecard to a partner's data for a period. `workbookCurrency` counts money when
 * the scorecard names no currency of its own.
 */
export function applyScorecard(
  scorecard: ScorecardBody,
  data: ScorecardData,
  period: Period,
  workbookCurrency: Currency,
): ScorecardResult {
  const currency = scorecard.currency ?? workbookCurrency;
  let points = 0;
  let scoredWeight = 0;
  const rows = scorecard.rows.map((row): ScoredRow => {
    const { actual, otherCurrency } = actualOf(row.metric, data, period, currency);
    if (actual.value === undefined) {
      return { ...row, actual, attainment: undefined, points: undefined, otherCurrency };
    }
    const attainment = Math.min(1, Math.max(0, actual.value / row.target));
    points += attainment * row.weight;
    scoredWeight += row.weight;
    return { ...row, actual, attainment, points: attainment * row.weight, otherCurrency };
  });
  const score =
    scoredWeight === 0
      ? noFigure('no-scored-rows')
      : figure(Math.round((points / scoredWeight) * 100));
  return { period, currency, rows, score, scoredWeight };
}
