import { useMemo, useState } from 'react';
import type { Feedback } from '../../../../shared/domain/people/voice';
import { formatDate } from '../../ui/format';
import { quoteText, speakerText } from './feedback-text';

// Enough to choose from at a glance; a search narrows a long log.
const SHOWN = 50;

/**
 * The feedback entries that informed a decision, as checkboxes: those linked first, then the
 * rest of the log newest first, narrowed by what is typed (name, organisation, theme or words).
 */
export function FeedbackPicker({
  log,
  selected,
  onChange,
}: {
  log: readonly Feedback[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const matches = (entry: Feedback) =>
      needle === '' ||
      [entry.speakerName, entry.speakerOrganisation ?? '', entry.theme, entry.words].some((text) =>
        text.toLowerCase().includes(needle),
      );
    const linked = log.filter((entry) => selected.includes(entry.id));
    const others = log.filter((entry) => !selected.includes(entry.id) && matches(entry));
    return [...linked, ...others.slice(0, SHOWN)];
  }, [log, selected, query]);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((other) => other !== id));
  return (
    <fieldset className="feedback-picker">
      <legend>Feedback that informed it</legend>
      {log.length === 0 ? (
        <p className="muted">
          No feedback recorded yet; this decision will be marked as made without it.
        </p>
      ) : (
        <>
          <input
            type="search"
            aria-label="Find feedback"
            placeholder="Find feedback by name, theme or words"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <ul className="picker-list">
            {shown.map((entry) => (
              <li key={entry.id}>
                <label className="check-row">
                  <input
                    type="checkbox"
                    checked={selected.includes(entry.id)}
                    onChange={(e) => toggle(entry.id, e.target.checked)}
                  />
                  <span>
                    {speakerText(entry)} · {formatDate(entry.date)} · {entry.theme}:{' '}
                    {quoteText(entry.words, 90)}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <p className="muted" role="status">
            {selected.length === 0
              ? 'None linked: the decision will be marked as made without partner or customer voice.'
              : `${selected.length} linked.`}
          </p>
        </>
      )}
    </fieldset>
  );
}
