import { useLiveQuery } from 'dexie-react-hooks';
import type { Feedback } from '../../../../shared/domain/people/voice';
import type { DraftSummary } from '../../../../shared/domain/positioning';
import { useWorkbook } from '../../app/workbook-context';
import type { DecisionFilter, DecisionListing } from '../../db/repos/decision-repo';
import type { FeedbackFilter } from '../../db/repos/feedback-repo';

/** The feedback log narrowed by the filter, newest first, live; undefined while loading. */
export function useFeedbackLog(filter: FeedbackFilter): Feedback[] | undefined {
  const { feedback } = useWorkbook();
  const { partnerId, theme, sentiment } = filter;
  return useLiveQuery(
    () => feedback.list({ partnerId, theme, sentiment }),
    [feedback, partnerId, theme, sentiment],
  );
}

/** Every theme in use, live. */
export function useFeedbackThemes(): string[] | undefined {
  const { feedback } = useWorkbook();
  return useLiveQuery(() => feedback.themes(), [feedback]);
}

/** Decisions with their linked feedback, narrowed by the filter, live. */
export function useDecisionListings(filter: DecisionFilter): DecisionListing[] | undefined {
  const { decisions } = useWorkbook();
  const { partnerId, scope, withoutVoice } = filter;
  return useLiveQuery(
    () => decisions.list({ partnerId, scope, withoutVoice }),
    [decisions, partnerId, scope, withoutVoice],
  );
}

/** Every positioning draft (without fields), to choose an iteration from; live. */
export function useDraftChoices(): DraftSummary[] | undefined {
  const { positioning } = useWorkbook();
  return useLiveQuery(() => positioning.listDrafts(), [positioning]);
}

/** The draft an iteration belongs to; '' for none, undefined while loading. */
export function useDraftOfIteration(iterationId: string | undefined): string | undefined {
  const { positioning } = useWorkbook();
  return useLiveQuery(
    async () => (iterationId ? ((await positioning.iteration(iterationId))?.draftId ?? '') : ''),
    [positioning, iterationId],
  );
}

/** The feedback that is evidence for an iteration, newest first, live. */
export function useIterationEvidence(iterationId: string): Feedback[] | undefined {
  const { feedback } = useWorkbook();
  return useLiveQuery(() => feedback.evidenceFor(iterationId), [feedback, iterationId]);
}

/** Where an iteration sits: its draft and number, for a feedback entry's evidence link. */
export interface IterationLabel {
  draftId: string;
  draftTitle: string;
  number: number;
}

/** Labels for the given iterations by id (a missing one is left out), live. */
export function useIterationLabels(
  ids: readonly string[],
): ReadonlyMap<string, IterationLabel> | undefined {
  const { positioning } = useWorkbook();
  const key = [...new Set(ids)].sort().join(',');
  return useLiveQuery(async () => {
    const labels = new Map<string, IterationLabel>();
    for (const id of key === '' ? [] : key.split(',')) {
      const iteration = await positioning.iteration(id);
      if (!iteration) continue;
      const draft = await positioning.getDraft(iteration.draftId);
      labels.set(id, {
        draftId: iteration.draftId,
        draftTitle: draft?.title ?? iteration.title,
        number: iteration.number,
      });
    }
    return labels;
  }, [positioning, key]);
}
