import { useId, useRef } from 'react';
import type { Decision } from '../../../../shared/domain/people/voice';
import {
  DECISION_SCOPE_LABELS,
  DECISION_VOICE_LABELS,
} from '../../../../shared/domain/people/people-labels';
import type { DecisionFilter, DecisionListing } from '../../db/repos/decision-repo';
import type { PartnerChoice } from '../../db/repos/template-use-repo';
import { FilterSelect } from '../../ui/FilterSelect';
import { countOf, formatDate } from '../../ui/format';
import { useRovingList, type RovingRowProps } from '../../ui/use-roving-list';
import { PartnerLink } from '../intelligence/PartnerLink';
import { quoteText, speakerText } from './feedback-text';

/** How a decision without voice is marked. */
export const WITHOUT_VOICE_TEXT = 'Made without partner or customer voice';

interface DecisionListProps {
  listings: readonly DecisionListing[] | undefined;
  filter: DecisionFilter;
  onFilter: (filter: DecisionFilter) => void;
  partners: readonly PartnerChoice[];
  names: ReadonlyMap<string, string>;
  focusId: string | undefined;
  onAdd: () => void;
  onEdit: (decision: Decision) => void;
  onDelete: (decision: Decision) => void;
  onShowFeedback: (feedbackId: string) => void;
}

/**
 * Decision records, newest first, each with the feedback that informed it or a plain mark; the
 * arrows move between them, Enter edits one and Delete deletes it.
 */
export function DecisionList(props: DecisionListProps) {
  const { listings, filter, onFilter } = props;
  const titleId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const at = (act: (decision: Decision) => void) => (index: number) => {
    const listing = listings?.[index];
    if (listing) act(listing.decision);
  };
  const { rowProps } = useRovingList({
    count: listings?.length ?? 0,
    containerRef: listRef,
    onOpen: at(props.onEdit),
    onDelete: at(props.onDelete),
  });
  return (
    <section className="voice-section" aria-labelledby={titleId}>
      <div className="screen-toolbar">
        <h3 id={titleId}>Decisions</h3>
        <div className="spacer" />
        <button type="button" className="primary" onClick={props.onAdd}>
          Record decision
        </button>
      </div>
      <div className="screen-toolbar voice-filters" role="group" aria-label="Decision filters">
        <FilterSelect
          label="Partner"
          any="All partners"
          value={filter.partnerId ?? ''}
          options={props.partners.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(partnerId) => onFilter({ ...filter, partnerId: partnerId || undefined })}
        />
        <label className="check-row">
          <input
            type="checkbox"
            checked={filter.withoutVoice === true}
            onChange={(e) => onFilter({ ...filter, withoutVoice: e.target.checked })}
          />
          Only decisions made without voice
        </label>
      </div>
      {listings === undefined ? (
        <p className="muted">Loading…</p>
      ) : listings.length === 0 ? (
        <p className="muted">
          {filter.withoutVoice || filter.partnerId
            ? 'No decisions match these filters.'
            : 'No decisions yet: record what was decided, and the feedback that informed it.'}
        </p>
      ) : (
        <ul className="decision-list" aria-labelledby={titleId} ref={listRef}>
          {listings.map((listing, index) => (
            <DecisionCard
              key={listing.decision.id}
              listing={listing}
              rowProps={rowProps(index)}
              {...props}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function DecisionCard({
  listing,
  names,
  focusId,
  onEdit,
  onDelete,
  onShowFeedback,
  rowProps,
}: DecisionListProps & { listing: DecisionListing; rowProps: RovingRowProps }) {
  const headingId = useId();
  const { decision, feedback, voice } = listing;
  const without = voice.voice === 'without-voice';
  return (
    <li
      id={`decision-${decision.id}`}
      {...rowProps}
      aria-labelledby={headingId}
      className={[
        'decision-card',
        without ? 'without-voice' : '',
        focusId === decision.id ? 'focused' : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <div className="decision-head">
        <h4 id={headingId}>{decision.decision}</h4>
        <span className="row-actions">
          <button type="button" className="link-button" onClick={() => onEdit(decision)}>
            Edit
          </button>
          <button type="button" className="link-button danger" onClick={() => onDelete(decision)}>
            Delete
          </button>
        </span>
      </div>
      <p className="muted">
        {DECISION_SCOPE_LABELS[decision.scope]} · {formatDate(decision.date)} · decided by{' '}
        {decision.decidedBy}
        {decision.partnerId ? ' · ' : ''}
        {decision.partnerId ? (
          <PartnerLink
            partnerId={decision.partnerId}
            name={names.get(decision.partnerId)}
            tab="details"
          />
        ) : null}
      </p>
      <dl className="facts">
        <dt>Context</dt>
        <dd className="prose">{decision.context}</dd>
        {decision.optionsConsidered.length > 0 ? (
          <>
            <dt>Options considered</dt>
            <dd>
              <ul>
                {decision.optionsConsidered.map((option, index) => (
                  <li key={index}>{option}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {without ? (
        <p className="voice-mark without">
          <strong>{WITHOUT_VOICE_TEXT}</strong>
          {voice.missing > 0
            ? ` (${countOf(voice.missing, 'linked feedback entry', 'linked feedback entries')} deleted since)`
            : null}
        </p>
      ) : (
        <div className="voice-mark with">
          <p>
            {DECISION_VOICE_LABELS['with-voice']}:{' '}
            {countOf(voice.count, 'feedback entry', 'feedback entries')}
            {voice.missing > 0 ? ` (${voice.missing} deleted since)` : ''}
          </p>
          <ul aria-label="Linked feedback">
            {feedback.map((entry) => (
              <li key={entry.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onShowFeedback(entry.id)}
                >
                  {quoteText(entry.words, 120)}
                </button>{' '}
                <span className="muted">
                  {speakerText(entry)}, {formatDate(entry.date)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
