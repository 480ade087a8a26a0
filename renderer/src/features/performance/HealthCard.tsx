import { useId, type ReactNode } from 'react';
import type { HealthBand } from '../../../../shared/domain/labels';
import type { HealthComponents } from '../../../../shared/domain/strategy/health-components';
import type { HealthScore } from '../../../../shared/domain/strategy/health-score';
import {
  HEALTH_COMPONENTS,
  type HealthComponent,
  type HealthWeights,
} from '../../../../shared/domain/strategy/health-weights';
import {
  FIGURE_REASON_TEXT,
  HEALTH_COMPONENT_LABELS,
} from '../../../../shared/domain/strategy/strategy-labels';
import { formatDate } from '../../ui/format';
import { moneyText } from './figure-text';

/** The band in words, so that the colour is never the only signal. */
const BAND_TEXT: Record<HealthBand, string> = {
  green: 'Green: healthy (80 and over)',
  yellow: 'Yellow: needs attention (50–79)',
  red: 'Red: at risk (under 50)',
};

const yesNo = (value: boolean, yes: string, no: string) => (value ? yes : no);

// The figures behind each component, in a sentence or two.
function behind(component: HealthComponent, c: HealthComponents, currency: string): ReactNode {
  switch (component) {
    case 'revenue':
      return (
        <>
          Last 12 months: sourced {moneyText(c.revenue.sourcedMinor, currency)} · influenced{' '}
          {moneyText(c.revenue.influencedMinor, currency)} (each against its own target)
        </>
      );
    case 'pipeline':
      return c.pipeline.readOn === undefined
        ? 'No sourced pipeline recorded in the last 90 days'
        : `Open sourced pipeline ${moneyText(c.pipeline.openPipelineMinor, currency)} on ${formatDate(c.pipeline.readOn)}`;
    case 'engagement':
      return `${c.engagement.activities} activities in the last 90 days, ${c.engagement.inbound} inbound`;
    case 'enablement':
      return c.enablement.readOn === undefined
        ? 'No certified people recorded in the last 12 months'
        : `${c.enablement.certifiedPeople} certified people on ${formatDate(c.enablement.readOn)}`;
    case 'relationship': {
      const r = c.relationship;
      if (r.planId === undefined && r.lastQbrOn === undefined) return 'No current plan and no QBR';
      return [
        yesNo(r.sponsorOurs, 'our sponsor named', 'no sponsor of ours'),
        yesNo(r.sponsorPartner, 'their sponsor named', 'no sponsor of theirs'),
        yesNo(r.planInProgress, 'plan in progress', 'plan not in progress'),
        r.lastQbrOn === undefined ? 'no QBR in 120 days' : `QBR on ${formatDate(r.lastQbrOn)}`,
      ].join(' · ');
    }
  }
}

function componentScore(component: HealthComponent, c: HealthComponents): ReactNode {
  // Only the money components can be left out (no target); the others always score.
  if (component !== 'revenue' && component !== 'pipeline') return c[component].score;
  const figure = c[component].score;
  if (figure.value !== undefined) return figure.value;
  return <span className="muted">Left out: {FIGURE_REASON_TEXT[figure.reason]}</span>;
}

/** The health score with its band in words, and each component with its weight and figures. */
export function HealthCard({
  health,
  weights,
  currency,
}: {
  health: HealthScore;
  weights: HealthWeights;
  currency: string;
}) {
  const { score, band } = health;
  const titleId = useId();
  return (
    <section className="perf-card" aria-labelledby={titleId}>
      <h3 id={titleId}>Health</h3>
      <p className="health-headline">
        {score.value === undefined || band === undefined ? (
          <span className="muted">{FIGURE_REASON_TEXT['no-scored-components']}</span>
        ) : (
          <>
            <span className={`health-score health-${band}`}>Health score {score.value}</span>{' '}
            <span>{BAND_TEXT[band]}</span>
          </>
        )}
      </p>
      {health.scoredWeight < 100 && score.value !== undefined ? (
        <p className="muted">
          Scored on {health.scoredWeight}% of the weight; the components left out are not counted.
        </p>
      ) : null}
      <table className="simple-table" aria-label="Health components">
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col">Score</th>
            <th scope="col">Weight</th>
            <th scope="col">Behind it</th>
          </tr>
        </thead>
        <tbody>
          {HEALTH_COMPONENTS.map((component) => (
            <tr key={component}>
              <th scope="row">{HEALTH_COMPONENT_LABELS[component]}</th>
              <td className="num">{componentScore(component, health.components)}</td>
              <td className="num">{weights[component]}%</td>
              <td>{behind(component, health.components, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
