import { useCallback } from 'react';
import { STAGE_LABELS } from '../../../../shared/domain/labels';
import { formatMoney } from '../../../../shared/domain/strategy/money';
import type { Portfolio } from '../../../../shared/domain/strategy/portfolio/portfolio';
import { barChart, returnChart, type ReturnDatum } from './chart-configs';
import {
  HEALTH_LABELS,
  healthNote,
  healthTable,
  majorUnits,
  returnTable,
  revenueTable,
  stageTable,
  tierTable,
} from './chart-tables';
import type { ChartTheme } from './chart-theme';
import { useTierLabels } from '../settings/use-tier-labels';
import { ChartCard } from './ChartCard';

const listing = (entries: { label: string; count: number }[]): string =>
  entries
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.label} ${entry.count.toLocaleString()}`)
    .join(', ') || 'none';

/** The dashboard's five charts, each with its summary, data table and exports. */
export function DashboardCharts({ portfolio }: { portfolio: Portfolio }) {
  const { currency } = portfolio;
  const tierLabels = useTierLabels();
  const money = (minor: number) => formatMoney({ amountMinor: minor, currency });

  const stage = useCallback(
    (theme: ChartTheme) =>
      barChart(
        portfolio.byStage.map(({ key }) => STAGE_LABELS[key]),
        [
          {
            label: 'Partners',
            values: portfolio.byStage.map(({ count }) => count),
            color: theme.stage,
          },
        ],
        theme,
      ),
    [portfolio],
  );
  const tier = useCallback(
    (theme: ChartTheme) =>
      barChart(
        portfolio.byTier.map(({ key }) => tierLabels[key]),
        [
          {
            label: 'Partners',
            values: portfolio.byTier.map(({ count }) => count),
            color: theme.stage,
          },
        ],
        theme,
      ),
    [portfolio, tierLabels],
  );
  const health = useCallback(
    (theme: ChartTheme) =>
      barChart(
        portfolio.health.map(({ key }) => HEALTH_LABELS[key]),
        [
          {
            label: 'Partners',
            values: portfolio.health.map(({ count }) => count),
            color: [theme.green, theme.yellow, theme.red, theme.unscored],
          },
        ],
        theme,
      ),
    [portfolio],
  );
  const revenue = useCallback(
    (theme: ChartTheme) => {
      const { sourced, influenced } = portfolio.revenue;
      const values = (series: typeof sourced) =>
        series.buckets.map((bucket) => majorUnits(bucket.amountMinor, currency));
      return barChart(
        sourced.buckets.map((bucket) => bucket.key),
        [
          { label: 'Sourced revenue', values: values(sourced), color: theme.sourced },
          { label: 'Influenced revenue', values: values(influenced), color: theme.influenced },
        ],
        theme,
        { yTitle: currency },
      );
    },
    [portfolio, currency],
  );
  const returns = useCallback(
    (theme: ChartTheme) => {
      const points = (pick: 'sourced' | 'influenced'): ReturnDatum[] =>
        portfolio.returns.map((point) => ({
          x: majorUnits(point.investedMinor, currency),
          y: majorUnits(pick === 'sourced' ? point.sourcedMinor : point.influencedMinor, currency),
          name: point.name,
          outlier:
            (pick === 'sourced' ? point.sourcedOutlier : point.influencedOutlier) !== undefined,
        }));
      return returnChart(points('sourced'), points('influenced'), theme, currency);
    },
    [portfolio, currency],
  );

  const { sourced, influenced } = portfolio.revenue;
  const total = (series: typeof sourced) =>
    money(series.buckets.reduce((sum, bucket) => sum + bucket.amountMinor, 0));
  const outliers = portfolio.returns.filter(
    (point) => point.sourcedOutlier !== undefined || point.influencedOutlier !== undefined,
  );
  return (
    <div className="dash-grid">
      <ChartCard
        title="Partners by stage"
        summary={`Bar chart of partners by stage: ${listing(
          portfolio.byStage.map(({ key, count }) => ({ label: STAGE_LABELS[key], count })),
        )}.`}
        sheet={stageTable(portfolio)}
        build={stage}
      />
      <ChartCard
        title="Partners by tier"
        summary={`Bar chart of partners by tier: ${listing(
          portfolio.byTier.map(({ key, count }) => ({ label: tierLabels[key], count })),
        )}.`}
        sheet={tierTable(portfolio, tierLabels)}
        build={tier}
      />
      <ChartCard
        title="Health distribution"
        summary={`Bar chart of partner health: ${listing(
          portfolio.health.map(({ key, count }) => ({ label: HEALTH_LABELS[key], count })),
        )}.`}
        sheet={healthTable(portfolio)}
        build={health}
        note={healthNote(portfolio.healthRecorded)}
      />
      <ChartCard
        title="Revenue by quarter"
        summary={`Bar chart of sourced and influenced revenue over the last ${sourced.buckets.length} quarters, side by side: sourced ${total(sourced)}, influenced ${total(influenced)} in all.`}
        sheet={revenueTable(portfolio)}
        build={revenue}
      />
      <ChartCard
        title="Investment and return"
        summary={`Scatter chart of money invested against revenue over the last 365 days for ${portfolio.returns.length.toLocaleString()} partners; ${
          outliers.length === 0
            ? 'no outliers'
            : `outliers: ${outliers
                .slice(0, 10)
                .map((point) => point.name)
                .join(', ')}${outliers.length > 10 ? ` and ${outliers.length - 10} more` : ''}`
        }.`}
        sheet={returnTable(portfolio)}
        build={returns}
        tall
      />
    </div>
  );
}
