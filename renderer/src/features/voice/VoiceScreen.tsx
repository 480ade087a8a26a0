import './voice.css';
import { useEffect, useMemo, useState } from 'react';
import type { Decision, Feedback } from '../../../../shared/domain/people/voice';
import { useWorkbook } from '../../app/workbook-context';
import type { DecisionFilter, DecisionListing } from '../../db/repos/decision-repo';
import type { FeedbackFilter } from '../../db/repos/feedback-repo';
import { useUiActions } from '../../state/ui-selectors';
import { FormError } from '../../ui/FormError';
import { todayIso } from '../plans/today';
import { usePartnerChoices } from '../templates/use-templates';
import { DecisionDialog } from './DecisionDialog';
import { DecisionList } from './DecisionList';
import { FeedbackDialog } from './FeedbackDialog';
import { FeedbackLog } from './FeedbackLog';
import { quoteText, speakerText } from './feedback-text';
import {
  useDecisionListings,
  useDraftOfIteration,
  useFeedbackLog,
  useFeedbackThemes,
} from './use-voice';
import { undoThisChange } from '../undo/undo-actions';

type Editing =
  { kind: 'feedback'; entry?: Feedback } | { kind: 'decision'; decision?: Decision } | null;

type Focus = { kind: 'feedback' | 'decision'; id: string } | null;

/**
 * The voice of partners and customers: the feedback log and the decision records it informed.
 * Opened with a feedback or decision id (from the search), that record is scrolled to and focused.
 */
export function VoiceScreen(props: {
  feedbackId?: string | undefined;
  decisionId?: string | undefined;
}) {
  const [today] = useState(todayIso);
  const [feedbackFilter, setFeedbackFilter] = useState<FeedbackFilter>({});
  const [decisionFilter, setDecisionFilter] = useState<DecisionFilter>({});
  const [editing, setEditing] = useState<Editing>(null);
  const requested = requestedFocus(props);
  const [focus, setFocus] = useState<Focus>(requested);
  // A search that opens another record while this screen is open: focus that one, unfiltered.
  const [lastRequest, setLastRequest] = useState(requested);
  if (requested?.id !== lastRequest?.id) {
    setLastRequest(requested);
    setFocus(requested);
    if (requested?.kind === 'feedback') setFeedbackFilter({});
    if (requested?.kind === 'decision') setDecisionFilter({});
  }
  const log = useFeedbackLog(feedbackFilter);
  const wholeLog = useFeedbackLog({});
  const themes = useFeedbackThemes();
  const listings = useDecisionListings(decisionFilter);
  const allDecisions = useDecisionListings({});
  const partners = usePartnerChoices();
  const names = useMemo(() => new Map((partners ?? []).map((p) => [p.id, p.name])), [partners]);
  const informed = useMemo(() => {
    const byFeedback = new Map<string, DecisionListing[]>();
    for (const listing of allDecisions ?? []) {
      for (const entry of listing.feedback) {
        byFeedback.set(entry.id, [...(byFeedback.get(entry.id) ?? []), listing]);
      }
    }
    return byFeedback;
  }, [allDecisions]);
  const { remove, error } = useVoiceRemovals();
  const showFeedback = (id: string) => {
    setFeedbackFilter({});
    setFocus({ kind: 'feedback', id });
  };
  const showDecision = (id: string) => {
    setDecisionFilter({});
    setFocus({ kind: 'decision', id });
  };
  useFocusRecord(focus, log !== undefined && listings !== undefined);

  return (
    <section className="voice-screen" aria-labelledby="voice-title">
      <div className="screen-toolbar">
        <h2 id="voice-title">Voice of partners and customers</h2>
      </div>
      <FormError message={error} />
      <div className="voice-scroll">
        <FeedbackLog
          entries={log}
          filter={feedbackFilter}
          onFilter={setFeedbackFilter}
          partners={partners ?? []}
          names={names}
          themes={themes ?? []}
          informed={informed}
          focusId={focus?.kind === 'feedback' ? focus.id : undefined}
          onAdd={() => setEditing({ kind: 'feedback' })}
          onEdit={(entry) => setEditing({ kind: 'feedback', entry })}
          onDelete={(entry) => void remove.feedback(entry)}
          onShowDecision={showDecision}
        />
        <DecisionList
          listings={listings}
          filter={decisionFilter}
          onFilter={setDecisionFilter}
          partners={partners ?? []}
          names={names}
          focusId={focus?.kind === 'decision' ? focus.id : undefined}
          onAdd={() => setEditing({ kind: 'decision' })}
          onEdit={(decision) => setEditing({ kind: 'decision', decision })}
          onDelete={(decision) => void remove.decision(decision)}
          onShowFeedback={showFeedback}
        />
      </div>
      {editing?.kind === 'feedback' ? (
        <FeedbackEditor
          entry={editing.entry}
          today={today}
          partners={partners ?? []}
          themes={themes ?? []}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {editing?.kind === 'decision' && wholeLog ? (
        <DecisionDialog
          decision={editing.decision}
          today={today}
          partners={partners ?? []}
          log={wholeLog}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}

// The feedback dialog, once the draft of the entry's iteration is known (the picker starts there).
function FeedbackEditor(props: Omit<Parameters<typeof FeedbackDialog>[0], 'draftId'>) {
  const draftId = useDraftOfIteration(props.entry?.positioningIterationId);
  if (draftId === undefined) return null;
  return <FeedbackDialog {...props} draftId={draftId} />;
}

function requestedFocus(props: {
  feedbackId?: string | undefined;
  decisionId?: string | undefined;
}): Focus {
  if (props.feedbackId) return { kind: 'feedback', id: props.feedbackId };
  if (props.decisionId) return { kind: 'decision', id: props.decisionId };
  return null;
}

// Scrolls to and focuses the record asked for, once the lists have loaded.
function useFocusRecord(focus: Focus, loaded: boolean): void {
  useEffect(() => {
    if (!focus || !loaded) return;
    const element = document.getElementById(`${focus.kind}-${focus.id}`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [focus, loaded]);
}

// Deletes with an undo in the toast, as every list in the app does.
function useVoiceRemovals() {
  const { feedback, decisions } = useWorkbook();
  const { offerUndo } = useUiActions();
  const [error, setError] = useState<string | null>(null);
  const remove = {
    feedback: async (entry: Feedback) => {
      try {
        const removed = await feedback.remove(entry.id);
        setError(null);
        if (removed) {
          offerUndo({
            message: `Deleted the feedback from ${speakerText(removed)}.`,
            undo: undoThisChange(),
          });
        }
      } catch {
        setError('The feedback could not be deleted. Nothing was changed.');
      }
    },
    decision: async (decision: Decision) => {
      try {
        const removed = await decisions.remove(decision.id);
        setError(null);
        if (removed) {
          offerUndo({
            message: `Deleted the decision ${quoteText(removed.decision, 60)}.`,
            undo: undoThisChange(),
          });
        }
      } catch {
        setError('The decision could not be deleted. Nothing was changed.');
      }
    },
  };
  return { remove, error };
}
