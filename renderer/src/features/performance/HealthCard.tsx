import { useId, type ReactNode } from 'react';
import type { HealthBand } from '../../../../shared/domain/labels';
import type { HealthComponents } from '../../../../shared/domain/strategy/health-components';
import type { ShownHealth } from '../../../../shared/domain/strategy/shown-health';
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
export const BAND_TEXT: Record<HealthBand, string> = {
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

// A component's score, or why it was left out (only the money components can be: no target).
function componentScore(
  component: HealthComponent,
  c: HealthComponents,
): { score: number } | { leftOut: string } {
  if (component !== 'revenue' && component !== 'pipeline') return { score: c[component].score };
  const figure = c[component].score;
  return figure.value === undefined
    ? { leftOut: FIGURE_REASON_TEXT[figure.reason] }
    : { score: figure.value };
}

function ComponentRow({
  component,
  components,
  weight,
  currency,
}: {
  component: HealthComponent;
  components: HealthComponents;
  weight: number;
  currency: string;
}) {
  const scored = componentScore(component, components);
  return (
    <tr>
      <th scope="row">{HEALTH_COMPONENT_LABELS[component]}</th>
      <td className="num">{'score' in scored ? scored.score : 'Left out'}</td>
      <td className="num">{weight}%</td>
      <td>
        {'leftOut' in scored ? <p className="left-out">{scored.leftOut}</p> : null}
        {behind(component, components, currency)}
      </td>
    </tr>
  );
}

// Where the score comes from, when the partner also has a recorded one or shows only that.
function sourceNote(health: ShownHealth): string | undefined {
  if (health.source === 'recorded') {
    return (
      'This is the score recorded on the partner (typed in or imported). There is no data yet ' +
      'to compute one: no revenue, pipeline or certification entries in the last 12 months, no ' +
      'activity in the last 90 days and no plan. The components below show what it would read.'
    );
  }
  if (health.source === 'computed' && health.recorded !== undefined) {
    return (
      `Computed from the partner’s data. The recorded score of ${health.recorded} (typed in or ` +
      'imported) is not used now that there is data; the partners table still lists it.'
    );
  }
  return undefined;
}

/** The health score with its band in words, and each component with its weight and figures. */
export function HealthCard({
  health,
  weights,
  currency,
}: {
  health: ShownHealth;
  weights: HealthWeights;
  currency: string;
}) {
  const { score, band } = health;
  const note = sourceNote(health);
  const titleId = useId();
  return (
    <section className="perf-card" aria-labelledby={titleId}>
      <h3 id={titleId}>Health</h3>
      <p className="health-headline">
        {score.value === undefined || band === undefined ? (
          <span className="muted">
            {FIGURE_REASON_TEXT[score.reason ?? 'no-scored-components']}
          </span>
        ) : (
          <>
            <span className={`health-score health-${band}`}>
              Health score {score.value}
              {health.source === 'recorded' ? ' (recorded)' : ''}
            </span>{' '}
            <span>{BAND_TEXT[band]}</span>
          </>
        )}
      </p>
      {note === undefined ? null : <p className="muted">{note}</p>}
      {health.scoredWeight < 100 && health.source === 'computed' ? (
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
            <ComponentRow
              key={component}
              component={component}
              components={health.components}
              weight={weights[component]}
              currency={currency}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
