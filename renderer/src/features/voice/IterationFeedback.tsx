import { useId } from 'react';
import { SENTIMENT_LABELS } from '../../../../shared/domain/people/people-labels';
import { useUiActions } from '../../state/ui-selectors';
import { formatDate } from '../../ui/format';
import { quoteText, speakerText } from './feedback-text';
import { useIterationEvidence } from './use-voice';

/** The feedback recorded as evidence for a positioning iteration; each opens in the voice screen. */
export function IterationFeedback({ iterationId }: { iterationId: string }) {
  const titleId = useId();
  const evidence = useIterationEvidence(iterationId);
  const { openView } = useUiActions();
  if (!evidence) return null;
  return (
    <section className="iteration-feedback" aria-labelledby={titleId}>
      <h4 id={titleId}>Feedback as evidence</h4>
      {evidence.length === 0 ? (
        <p className="muted">
          No feedback linked yet. On the Voice screen, a feedback entry can name this iteration.
        </p>
      ) : (
        <ul>
          {evidence.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => openView({ name: 'voice', feedbackId: entry.id })}
              >
                {quoteText(entry.words, 160)}
              </button>{' '}
              <span className="muted">
                {speakerText(entry)} · {formatDate(entry.date)} · {entry.theme} ·{' '}
                {SENTIMENT_LABELS[entry.sentiment]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
