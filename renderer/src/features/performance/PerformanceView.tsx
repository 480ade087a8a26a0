import './performance.css';
import { useMemo, useState } from 'react';
import { useUiActions } from '../../state/ui-selectors';
import { HealthCard } from './HealthCard';
import { InvestmentLedger } from './InvestmentLedger';
import { metricDefinitions } from './metric-definitions';
import { MetricDefinitions } from './MetricDefinitions';
import { MetricEntriesSection } from './MetricEntriesSection';
import { ReturnCard } from './ReturnCard';
import { RevenueCard } from './RevenueCard';
import { TierCard } from './TierCard';
import { useApplyTier } from './use-apply-tier';
import { todayIso, usePartnerPerformance } from './use-partner-performance';

/**
 * One partner's performance, full width: health, tier, results and return, and the metric
 * entries and investment ledger behind them. It replaces the partner panel, whose details form
 * would otherwise keep a stale copy of a tier applied here.
 */
export function PerformanceView({ partnerId }: { partnerId: string }) {
  // Fixed for the life of the view, so the figures do not shift under the user at midnight.
  const [today] = useState(todayIso);
  const performance = usePartnerPerformance(partnerId, today);
  const { openView, openPanel, setPanelTab } = useUiActions();
  const applyTier = useApplyTier(partnerId);
  const definitions = useMemo(
    () => metricDefinitions(performance?.customMetrics ?? []),
    [performance?.customMetrics],
  );
  const back = () => {
    openView({ name: 'partners' });
    if (performance) {
      openPanel({ mode: 'edit', partnerId });
      setPanelTab('performance');
    }
  };
  const toolbar = (title: string) => (
    <div className="screen-toolbar">
      <button type="button" onClick={back}>
        Back to partners
      </button>
      <h2>{title}</h2>
    </div>
  );
  if (performance === undefined) return <p className="muted loading">Loading performance…</p>;
  if (performance === null) {
    return (
      <div className="performance-view">
        {toolbar('Performance')}
        <p>This partner no longer exists; it may have been deleted.</p>
      </div>
    );
  }
  const { partner, settings, figures } = performance;
  const currency = settings.currency;
  return (
    <div className="performance-view">
      {toolbar(`${partner.name}: performance`)}
      <div className="perf-grid">
        <HealthCard health={figures.health} weights={settings.healthWeights} currency={currency} />
        <TierCard standing={figures.tier} currency={currency} onApply={applyTier} />
        <RevenueCard
          activation={figures.activation}
          closeRate={figures.closeRate}
          sourced={figures.sourced}
          influenced={figures.influenced}
        />
        <ReturnCard returns={figures.returns} />
        <MetricEntriesSection
          partnerId={partnerId}
          currency={currency}
          today={today}
          entries={performance.entries}
          definitions={definitions}
        />
        <InvestmentLedger
          partnerId={partnerId}
          currency={currency}
          today={today}
          entries={performance.investments}
        />
        <MetricDefinitions custom={performance.customMetrics} />
      </div>
    </div>
  );
}
