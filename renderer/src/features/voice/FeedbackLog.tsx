import { useId, useRef, useState } from 'react';
import { SENTIMENTS, type Feedback, type Sentiment } from '../../../../shared/domain/people/voice';
import {
  SENTIMENT_LABELS,
  SPEAKER_KIND_LABELS,
} from '../../../../shared/domain/people/people-labels';
import type { DecisionListing } from '../../db/repos/decision-repo';
import type { FeedbackFilter } from '../../db/repos/feedback-repo';
import type { PartnerChoice } from '../../db/repos/template-use-repo';
import { useUiActions } from '../../state/ui-selectors';
import { FilterSelect } from '../../ui/FilterSelect';
import { formatDate } from '../../ui/format';
import { useRovingList } from '../../ui/use-roving-list';
import { PartnerLink } from '../intelligence/PartnerLink';
import { quoteText, speakerText } from './feedback-text';
import { useIterationLabels } from './use-voice';

interface FeedbackLogProps {
  entries: readonly Feedback[] | undefined;
  filter: FeedbackFilter;
  onFilter: (filter: FeedbackFilter) => void;
  partners: readonly PartnerChoice[];
  names: ReadonlyMap<string, string>;
  themes: readonly string[];
  /** The decisions each feedback entry informed, by its id. */
  informed: ReadonlyMap<string, DecisionListing[]>;
  focusId: string | undefined;
  onAdd: () => void;
  onEdit: (entry: Feedback) => void;
  onDelete: (entry: Feedback) => void;
  onShowDecision: (decisionId: string) => void;
}

// A page of rows at a time, so that a log of 100,000 entries opens at once.
const PAGE = 100;

/**
 * The feedback log, newest first, with its filters, and what each entry is evidence for; the
 * arrows move between rows, Enter edits one and Delete deletes it.
 */
export function FeedbackLog(props: FeedbackLogProps) {
  const { entries, filter, onFilter, partners, themes } = props;
  const titleId = useId();
  const [limit, setLimit] = useState(PAGE);
  // The focused entry is always shown, however far down the log it is.
  const focusAt = entries?.findIndex((entry) => entry.id === props.focusId) ?? -1;
  const shown = (entries ?? []).slice(0, Math.max(limit, focusAt + 1));
  const labels = useIterationLabels(
    shown.flatMap((e) => (e.positioningIterationId ? [e.positioningIterationId] : [])),
  );
  const { openView } = useUiActions();
  const filtered = filter.partnerId ?? filter.theme ?? filter.sentiment;
  const tableRef = useRef<HTMLTableElement>(null);
  const at = (act: (entry: Feedback) => void) => (index: number) => {
    const entry = shown[index];
    if (entry) act(entry);
  };
  const { rowProps } = useRovingList({
    count: shown.length,
    containerRef: tableRef,
    onOpen: at(props.onEdit),
    onDelete: at(props.onDelete),
  });
  return (
    <section className="voice-section" aria-labelledby={titleId}>
      <div className="screen-toolbar">
        <h3 id={titleId}>Feedback log</h3>
        <div className="spacer" />
        <button type="button" className="primary" onClick={props.onAdd}>
          Record feedback
        </button>
      </div>
      <div className="screen-toolbar voice-filters" role="group" aria-label="Feedback filters">
        <FilterSelect
          label="Partner"
          any="All partners"
          value={filter.partnerId ?? ''}
          options={partners.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(partnerId) => onFilter({ ...filter, partnerId: partnerId || undefined })}
        />
        <FilterSelect
          label="Theme"
          any="All themes"
          value={filter.theme ?? ''}
          options={themes.map((theme) => ({ value: theme, label: theme }))}
          onChange={(theme) => onFilter({ ...filter, theme: theme || undefined })}
        />
        <FilterSelect
          label="Sentiment"
          any="Any sentiment"
          value={filter.sentiment ?? ''}
          options={SENTIMENTS.map((s) => ({ value: s, label: SENTIMENT_LABELS[s] }))}
          onChange={(sentiment) =>
            onFilter({ ...filter, sentiment: (sentiment || undefined) as Sentiment | undefined })
          }
        />
      </div>
      {entries === undefined ? (
        <p className="muted">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="muted">
          {filtered
            ? 'No feedback matches these filters.'
            : 'No feedback yet: record what partners and customers say, in their words.'}
        </p>
      ) : (
        <table className="simple-table voice-table" aria-labelledby={titleId} ref={tableRef}>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Who said it</th>
              <th scope="col">What they said</th>
              <th scope="col">Theme</th>
              <th scope="col">Sentiment</th>
              <th scope="col">Partner</th>
              <th scope="col">Evidence and decisions</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry, index) => {
              const label = entry.positioningIterationId
                ? labels?.get(entry.positioningIterationId)
                : undefined;
              const decisions = props.informed.get(entry.id) ?? [];
              return (
                <tr
                  key={entry.id}
                  id={`feedback-${entry.id}`}
                  {...rowProps(index)}
                  className={props.focusId === entry.id ? 'focused' : undefined}
                >
                  <td className="nowrap">{formatDate(entry.date)}</td>
                  <td>
                    {speakerText(entry)}
                    <br />
                    <span className="muted">{SPEAKER_KIND_LABELS[entry.speakerKind]}</span>
                  </td>
                  <td className="prose">{quoteText(entry.words, 400)}</td>
                  <td>{entry.theme}</td>
                  <td>
                    <span className={`status-badge sentiment-${entry.sentiment}`}>
                      {SENTIMENT_LABELS[entry.sentiment]}
                    </span>
                  </td>
                  <td>
                    {entry.partnerId ? (
                      <PartnerLink
                        partnerId={entry.partnerId}
                        name={props.names.get(entry.partnerId)}
                        tab="details"
                      />
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="evidence">
                    {label ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => openView({ name: 'draft', draftId: label.draftId })}
                      >
                        Evidence for {label.draftTitle}, iteration {label.number}
                      </button>
                    ) : null}
                    {decisions.map(({ decision }) => (
                      <button
                        key={decision.id}
                        type="button"
                        className="link-button"
                        onClick={() => props.onShowDecision(decision.id)}
                      >
                        Informed: {quoteText(decision.decision, 60)}
                      </button>
                    ))}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => props.onEdit(entry)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="link-button danger"
                      onClick={() => props.onDelete(entry)}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {entries && entries.length > shown.length ? (
        <button type="button" onClick={() => setLimit(shown.length + PAGE * 5)}>
          Show more ({(entries.length - shown.length).toLocaleString()} not shown)
        </button>
      ) : null}
    </section>
  );
}
