import { useId, type ReactNode } from 'react';
import { PARTNER_TYPE_LABELS, STAGE_LABELS } from '../../../../shared/domain/labels';
import { ASK_STATUS_LABELS } from '../../../../shared/domain/people/people-labels';
import { periodLabel } from '../../../../shared/domain/strategy/period';
import {
  FIGURE_REASON_TEXT,
  PLAN_STATUS_LABELS,
} from '../../../../shared/domain/strategy/strategy-labels';
import { AUDIENCE_LABELS } from '../../../../shared/positioning/labels';
import { formatDate } from '../../ui/format';
import { moneyText } from '../performance/figure-text';
import { BAND_TEXT } from '../performance/HealthCard';
import { ReturnCard } from '../performance/ReturnCard';
import { ProgressBar } from '../plans/ProgressBar';
import { FieldsReadout } from '../positioning/FieldsReadout';
import { stalledText } from './ask-rows';
import type { BusinessCase } from './business-case';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="case-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function Value({ bc }: { bc: BusinessCase }) {
  const { partner, figures, currency } = bc;
  const { score, band, components } = figures.health;
  const health =
    score.value === undefined
      ? FIGURE_REASON_TEXT[score.reason]
      : `${score.value} of 100${band === undefined ? '' : ` · ${BAND_TEXT[band]}`}`;
  const facts: [string, string | undefined][] = [
    ['Types', partner.types.map((t) => PARTNER_TYPE_LABELS[t]).join(', ')],
    ['Stage', STAGE_LABELS[partner.stage]],
    ['Tier', bc.tierLabel],
    ['Region', partner.region],
    ['Industry', partner.industry],
    ['Owner', partner.owner],
    ['Health', health],
    ['Sourced revenue, last 12 months', moneyText(components.revenue.sourcedMinor, currency)],
    ['Influenced revenue, last 12 months', moneyText(components.revenue.influencedMinor, currency)],
  ];
  const quarters = figures.sourced.buckets
    .map((bucket, index) => ({ bucket, other: figures.influenced.buckets[index] }))
    .reverse();
  return (
    <Section title="The partnership">
      <dl className="facts-list">
        {facts
          .filter((fact): fact is [string, string] => Boolean(fact[1]))
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <p className="muted">
        Sourced and influenced revenue are counted apart and never added together.
      </p>
      <table className="simple-table" aria-label="Revenue by quarter">
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col">Sourced revenue</th>
            <th scope="col">Influenced revenue</th>
          </tr>
        </thead>
        <tbody>
          {quarters.map(({ bucket, other }) => (
            <tr key={bucket.key}>
              <th scope="row">{bucket.key}</th>
              <td className="num">{moneyText(bucket.amountMinor, currency)}</td>
              <td className="num">{moneyText(other?.amountMinor ?? 0, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function Positioning({ bc }: { bc: BusinessCase }) {
  return (
    <Section title="Approved positioning">
      {bc.positioning.length === 0 ? (
        <p className="muted">No positioning has been approved yet.</p>
      ) : null}
      {bc.positioning.map((p, index) => (
        <div key={index} className="case-positioning">
          <h4>
            {p.title} <span className="muted">· {AUDIENCE_LABELS[p.audience]}</span>
          </h4>
          {p.statement !== undefined ? (
            <blockquote>{p.statement}</blockquote>
          ) : (
            <FieldsReadout fields={p.fields} />
          )}
        </div>
      ))}
    </Section>
  );
}

function Plan({ bc }: { bc: BusinessCase }) {
  const { plan } = bc;
  if (!plan) {
    return (
      <Section title="Plan objectives">
        <p className="muted">No plan in progress or covering today.</p>
      </Section>
    );
  }
  return (
    <Section title="Plan objectives">
      <p>
        <strong>{periodLabel(plan.period)}</strong> · {PLAN_STATUS_LABELS[plan.status]}
      </p>
      {plan.objectives.length === 0 ? (
        <p className="muted">The plan has no objectives yet.</p>
      ) : (
        <ul className="plain-list glance-objectives" aria-label="Plan objectives">
          {plan.objectives.map((o, index) => (
            <li key={index}>
              <span>
                <strong>{o.title}</strong> <span className="muted">· {o.measure}</span>
              </span>
              <ProgressBar progress={o.progress} unit={o.unit} label={o.title} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Asks({ bc }: { bc: BusinessCase }) {
  return (
    <Section title="Asks">
      {bc.asks.length === 0 ? (
        <p className="muted">Nothing has been asked of colleagues yet.</p>
      ) : (
        <table className="simple-table" aria-label="Asks for this partner">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Colleague</th>
              <th scope="col">Status</th>
              <th scope="col">Asked on</th>
              <th scope="col">Why</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {bc.asks.map((row) => (
              <tr key={row.ask.id}>
                <th scope="row">{row.ask.what}</th>
                <td>{row.stakeholderName}</td>
                <td>
                  {ASK_STATUS_LABELS[row.ask.status]}
                  {row.flag === 'stalled' && row.daysWaiting !== undefined ? (
                    <span className="stalled-badge">{stalledText(row.daysWaiting)}</span>
                  ) : null}
                </td>
                <td>{formatDate(row.ask.askedAt)}</td>
                <td className="prose-cell">{row.ask.why}</td>
                <td className="prose-cell">{row.ask.outcome}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

/** The business case's sections, as on the page and in print. */
export function BusinessCaseBody({ bc }: { bc: BusinessCase }) {
  return (
    <>
      <h2 id="business-case-title">{bc.partner.name}: business case</h2>
      <p className="muted">As of {formatDate(bc.today)}</p>
      <Value bc={bc} />
      <Positioning bc={bc} />
      <Plan bc={bc} />
      <ReturnCard returns={bc.figures.returns} />
      <Asks bc={bc} />
    </>
  );
}
