import { usePaintMark, PERF_MARKS } from '../../ui/perf-marks';
import { DashboardCharts } from './DashboardCharts';
import { DashboardLists } from './DashboardLists';
import { usePortfolio } from './use-portfolio';
import './dashboard.css';

const day = (date: string) =>
  new Date(`${date}T00:00:00.000Z`).toLocaleDateString(undefined, {
    timeZone: 'UTC',
    dateStyle: 'medium',
  });

/** The portfolio dashboard: charts of the whole portfolio and the partners needing attention. */
export function DashboardScreen() {
  const { portfolio, step } = usePortfolio();
  usePaintMark(PERF_MARKS.dashboardPainted, portfolio !== undefined);
  if (portfolio === undefined) {
    return (
      <p className="muted loading" role="status" aria-live="polite">
        {step}
      </p>
    );
  }
  return (
    <div className="dashboard">
      <header className="dash-header">
        <h2>Portfolio dashboard</h2>
        <p className="muted">
          {portfolio.partners.toLocaleString()} partners as of {day(portfolio.today)}. Money in{' '}
          {portfolio.currency}; health, tiers and return over the last 365 days. Exited partners
          count by stage and tier only.
        </p>
      </header>
      <DashboardCharts portfolio={portfolio} />
      <DashboardLists portfolio={portfolio} />
    </div>
  );
}
