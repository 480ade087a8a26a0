import { STAGE_LABELS, TIER_LABELS } from '../../../../shared/domain/labels';
import type { TierLabels } from '../../../../shared/domain/strategy/tier-labels';
import { minorDigits } from '../../../../shared/domain/strategy/money';
import type { Portfolio } from '../../../../shared/domain/strategy/portfolio/portfolio';
import type { HealthBucket } from '../../../../shared/domain/strategy/portfolio/portfolio-counts';
import type { ExportSheet } from '../../../../shared/files/export/export-sheet';

/**
 * The figures behind each dashboard chart as a table: what "Show data" lists, what the CSV export
 * writes, and what the chart draws, so that the three can never disagree. Money is in major units
 * of the workbook's currency, named in the column header.
 */

/** How each health bucket reads. */
export const HEALTH_LABELS: Record<HealthBucket, string> = {
  green: 'Green (80 and over)',
  yellow: 'Yellow (50–79)',
  red: 'Red (under 50)',
  unscored: 'No score',
};

const text = (header: string, width = 24) => ({ header, type: 'text' as const, width });
const number = (header: string, width = 16) => ({ header, type: 'number' as const, width });

/** Minor units as a number of major units (12345 EUR → 123.45). */
export function majorUnits(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** minorDigits(currency);
}

/** Partners per lifecycle stage. */
export function stageTable(portfolio: Portfolio): ExportSheet {
  return {
    name: 'Partners by stage',
    columns: [text('Stage'), number('Partners')],
    rows: portfolio.byStage.map(({ key, count }) => [STAGE_LABELS[key], count]),
  };
}

/** Partners per tier, each tier by the programme's name for it. */
export function tierTable(portfolio: Portfolio, labels: TierLabels = TIER_LABELS): ExportSheet {
  return {
    name: 'Partners by tier',
    columns: [text('Tier'), number('Partners')],
    rows: portfolio.byTier.map(({ key, count }) => [labels[key], count]),
  };
}

/** Managed partners per health band. */
export function healthTable(portfolio: Portfolio): ExportSheet {
  return {
    name: 'Health distribution',
    columns: [text('Health band'), number('Partners')],
    rows: portfolio.health.map(({ key, count }) => [HEALTH_LABELS[key], count]),
  };
}

/** Where the health bands come from, in a sentence (see shared/domain/strategy/shown-health.ts). */
export function healthNote(recorded: number): string {
  const computed = 'Each partner’s health score computed from its data';
  if (recorded === 0) return `${computed}.`;
  const partners = recorded === 1 ? '1 partner' : `${recorded.toLocaleString('en-US')} partners`;
  return `${computed}; ${partners} with no data yet by the score recorded on them (typed in or imported).`;
}

/** Sourced and influenced revenue by quarter, side by side (never added together). */
export function revenueTable(portfolio: Portfolio): ExportSheet {
  const { sourced, influenced } = portfolio.revenue;
  const { currency } = portfolio;
  return {
    name: 'Revenue by quarter',
    columns: [
      text('Quarter', 10),
      number(`Sourced revenue (${currency})`, 22),
      number(`Influenced revenue (${currency})`, 24),
    ],
    rows: sourced.buckets.map((bucket, index) => [
      bucket.key,
      majorUnits(bucket.amountMinor, currency),
      majorUnits(influenced.buckets[index]?.amountMinor ?? 0, currency),
    ]),
  };
}

const outlierText = (kind: 'high' | 'low' | undefined): string =>
  kind === 'high' ? 'High return' : kind === 'low' ? 'Low return' : '';

/** Money invested against revenue per partner over the last 365 days, outliers marked. */
export function returnTable(portfolio: Portfolio): ExportSheet {
  const { currency } = portfolio;
  return {
    name: 'Investment and return',
    columns: [
      text('Partner', 30),
      number(`Money invested (${currency})`, 22),
      number(`Sourced revenue (${currency})`, 22),
      number(`Influenced revenue (${currency})`, 24),
      text('Sourced outlier', 16),
      text('Influenced outlier', 18),
    ],
    rows: portfolio.returns.map((point) => [
      point.name,
      majorUnits(point.investedMinor, currency),
      majorUnits(point.sourcedMinor, currency),
      majorUnits(point.influencedMinor, currency),
      outlierText(point.sourcedOutlier),
      outlierText(point.influencedOutlier),
    ]),
  };
}
