import type {
  PositioningDraft,
  PositioningIteration,
  StatusChange,
} from '../../domain/positioning';
import type { HistoryChanges } from './merge-types';
import type { SideIndex } from './record-index';

/**
 * Iterations and status changes are append-only and never change, so a merge keeps both sides'
 * (by id) for every draft that stays, and drops a deleted draft's. Iteration numbers never
 * change either: when both sides committed, say, iteration 4 of one draft, both are kept as
 * iteration 4 (each with its own id, author and time), and the draft's head is the one with the
 * highest number, the later commit time and then the greater id breaking a tie; its count is that
 * number, so the next commit is 5. Timelines list both, by number and time.
 */

/** Whether a draft is in the merged workbook: yes, no, or as a conflict's answer says. */
export type DraftFate = 'live' | 'deleted' | 'pending';

const after = (a: PositioningIteration, b: PositioningIteration): boolean =>
  a.number !== b.number
    ? a.number > b.number
    : a.committedAt !== b.committedAt
      ? a.committedAt > b.committedAt
      : a.id > b.id;

/** The head and count a draft takes from its merged iterations. */
export function mergedHead(
  iterations: Iterable<PositioningIteration>,
): Pick<PositioningDraft, 'headIterationId' | 'iterationCount'> {
  let head: PositioningIteration | undefined;
  for (const iteration of iterations) if (!head || after(iteration, head)) head = iteration;
  return head ? { headIterationId: head.id, iterationCount: head.number } : { iterationCount: 0 };
}

/** A draft's iterations on both sides, each once. */
export function bothSidesIterations(
  draftId: string,
  mine: SideIndex,
  theirs: SideIndex,
): PositioningIteration[] {
  const own = mine.iterationsOf.get(draftId) ?? [];
  const more = (theirs.iterationsOf.get(draftId) ?? []).filter(
    (iteration) => !mine.iterations.has(iteration.id),
  );
  return [...own, ...more];
}

/** The draft with the head and count of `derived`, without a head when there is none. */
export function withHead(
  draft: PositioningDraft,
  derived: Pick<PositioningDraft, 'headIterationId' | 'iterationCount'>,
): PositioningDraft {
  const { headIterationId, ...rest } = { ...draft, ...derived };
  return headIterationId === undefined ? rest : { ...rest, headIterationId };
}

/**
 * The iterations and status changes to add to my workbook (theirs, of drafts that stay) and to
 * remove from it (mine, of drafts that go). Drafts whose fate is pending are left to their
 * conflict's answer.
 */
export function historyChanges(
  mine: SideIndex,
  theirs: SideIndex,
  fate: (draftId: string) => DraftFate,
): HistoryChanges {
  const added = <T extends { id: string; draftId: string }>(
    records: Map<string, T>,
    known: Map<string, T>,
  ): T[] =>
    [...records.values()].filter((item) => !known.has(item.id) && fate(item.draftId) === 'live');
  const removed = <T extends { id: string; draftId: string }>(records: Map<string, T>): string[] =>
    [...records.values()].filter((item) => fate(item.draftId) === 'deleted').map((item) => item.id);
  return {
    addIterations: added<PositioningIteration>(theirs.iterations, mine.iterations),
    removeIterations: removed<PositioningIteration>(mine.iterations),
    addStatusChanges: added<StatusChange>(theirs.statusChanges, mine.statusChanges),
    removeStatusChanges: removed<StatusChange>(mine.statusChanges),
  };
}
