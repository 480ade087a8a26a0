import { useId } from 'react';
import { TREND_IMPACTS, type MarketWatch } from '../../../../shared/domain/people/intelligence';
import {
  COMPETITION_KIND_LABELS,
  TREND_IMPACT_LABELS,
} from '../../../../shared/domain/people/people-labels';
import { formatDate } from '../../ui/format';
import { PartnerLink } from './PartnerLink';
import { SourceView } from './SourceView';
import { StaleFlag } from './StaleFlag';

interface TableProps {
  watch: MarketWatch;
  names: ReadonlyMap<string, string>;
  today: string;
}

/** Each competitor once, with the partners it is seen at and when it was last seen. */
export function CompetitionTable({ watch, names, today }: TableProps) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>Competition</h3>
      {watch.competitors.length === 0 ? (
        <p className="muted">No competition matches these filters.</p>
      ) : (
        <table className="simple-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">Competitor</th>
              <th scope="col">Kind</th>
              <th scope="col">Seen at</th>
              <th scope="col">Last observed</th>
            </tr>
          </thead>
          <tbody>
            {watch.competitors.map((competitor) => (
              <tr key={competitor.name}>
                <th scope="row">{competitor.name}</th>
                <td>{competitor.kinds.map((kind) => COMPETITION_KIND_LABELS[kind]).join('; ')}</td>
                <td>
                  <span className="partner-links">
                    {competitor.partnerIds.map((id) => (
                      <PartnerLink
                        key={id}
                        partnerId={id}
                        name={names.get(id)}
                        tab="intelligence"
                      />
                    ))}
                  </span>
                </td>
                <td>
                  {formatDate(competitor.lastObservedAt)}{' '}
                  <StaleFlag observedAt={competitor.lastObservedAt} today={today} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Trends across partners, grouped by impact (high first), newest first within each. */
export function TrendsByImpact({ watch, names, today }: TableProps) {
  const titleId = useId();
  const groups = TREND_IMPACTS.map((impact) => ({
    impact,
    rows: watch.trends.filter((row) => row.entry.impact === impact),
  })).filter((group) => group.rows.length > 0);
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>Trends</h3>
      {groups.length === 0 ? <p className="muted">No trends match these filters.</p> : null}
      {groups.map(({ impact, rows }) => (
        <section key={impact} aria-label={TREND_IMPACT_LABELS[impact]}>
          <h4>
            {TREND_IMPACT_LABELS[impact]} ({rows.length})
          </h4>
          <table className="simple-table" aria-label={`${TREND_IMPACT_LABELS[impact]} trends`}>
            <thead>
              <tr>
                <th scope="col">Trend</th>
                <th scope="col">Partner</th>
                <th scope="col">Observed</th>
                <th scope="col">Source and notes</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ entry }) => (
                <tr key={entry.id}>
                  <th scope="row">{entry.trend}</th>
                  <td>
                    <PartnerLink
                      partnerId={entry.partnerId}
                      name={names.get(entry.partnerId)}
                      tab="intelligence"
                    />
                  </td>
                  <td>
                    {formatDate(entry.observedAt)}{' '}
                    <StaleFlag observedAt={entry.observedAt} today={today} />
                  </td>
                  <td>
                    {entry.source ? <SourceView source={entry.source} /> : null}
                    {entry.notes ? <span className="prose">{entry.notes}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
