import './performance.css';
import { useState } from 'react';
import { useUiActions } from '../../state/ui-selectors';
import { HealthCard } from './HealthCard';
import { perMoneySentence } from './ReturnCard';
import { closeRateText, firstDealText } from './RevenueCard';
import { TierCard } from './TierCard';
import { todayIso, usePartnerPerformance } from './use-partner-performance';

/**
 * A partner's performance at a glance, in the partner panel: the health score and its
 * components, the close rate, this quarter's return and the tier. Entries are logged in the full
 * view, which the panel is too narrow for.
 */
export function PartnerPerformanceTab({ partnerId }: { partnerId: string }) {
  const [today] = useState(todayIso);
  const performance = usePartnerPerformance(partnerId, today);
  const { openView } = useUiActions();
  if (!performance) return <p className="muted">Loading…</p>;
  const { settings, figures } = performance;
  const currency = settings.currency;
  const [quarter] = figures.returns;
  return (
    <div className="partner-performance">
      <button
        type="button"
        className="primary"
        onClick={() => openView({ name: 'performance', partnerId })}
      >
        Open performance view
      </button>
      <p className="muted">
        Log metric entries and investments, and see revenue and return by quarter, in the
        performance view.
      </p>
      <HealthCard health={figures.health} weights={settings.healthWeights} currency={currency} />
      <section className="perf-card" aria-label="Key figures">
        <dl className="perf-facts">
          <dt>Deal close rate, last 12 months</dt>
          <dd>{closeRateText(figures.closeRate)}</dd>
          <dt>Return this quarter</dt>
          <dd>
            {quarter ? perMoneySentence(quarter.sourced, 'sourced', currency) : null}
            <br />
            {quarter ? perMoneySentence(quarter.influenced, 'influenced', currency) : null}
          </dd>
          <dt>First deal</dt>
          <dd>{firstDealText(figures.activation)}</dd>
        </dl>
      </section>
      <TierCard standing={figures.tier} currency={currency} />
    </div>
  );
}
