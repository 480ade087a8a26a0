import { useLiveQuery } from 'dexie-react-hooks';
import type { DraftField } from '../../../../shared/domain/positioning';
import { useWorkbook } from '../../app/workbook-context';
import type { WorkingCopy } from './DraftEditor';

/** One side of a comparison. */
export type CompareSource =
  | { kind: 'working'; draftId: string }
  | { kind: 'iteration'; iterationId: string }
  | { kind: 'number'; draftId: string; number: number }
  /** Another draft: its latest iteration, or its working copy when it has none. */
  | { kind: 'draft'; draftId: string };

/** The content on one side of a comparison. */
export interface CompareContent {
  title: string;
  fields: readonly DraftField[];
}

/** A source as a picker option value. */
export function sourceValue(source: CompareSource): string {
  switch (source.kind) {
    case 'working':
      return `working:${source.draftId}`;
    case 'iteration':
      return `iteration:${source.iterationId}`;
    case 'number':
      return `number:${source.draftId}:${source.number}`;
    case 'draft':
      return `draft:${source.draftId}`;
  }
}

/** The source a picker option value stands for. */
export function parseSourceValue(value: string): CompareSource | undefined {
  const [kind, id, number] = value.split(':');
  if (id === undefined) return undefined;
  if (kind === 'working') return { kind, draftId: id };
  if (kind === 'iteration') return { kind, iterationId: id };
  if (kind === 'draft') return { kind, draftId: id };
  if (kind === 'number' && number !== undefined)
    return { kind, draftId: id, number: Number(number) };
  return undefined;
}

/**
 * The content of a source, live. The open draft's working copy comes from the editor (it may hold
 * edits not yet autosaved); everything else is read from the workbook.
 */
export function useCompareContent(
  source: CompareSource,
  openDraftId: string,
  workingCopy: WorkingCopy,
): CompareContent | null | undefined {
  const { positioning } = useWorkbook();
  const stored = useLiveQuery(async (): Promise<CompareContent | null> => {
    switch (source.kind) {
      case 'working': {
        if (source.draftId === openDraftId) return null;
        return (await positioning.getDraft(source.draftId)) ?? null;
      }
      case 'iteration':
        return (await positioning.iteration(source.iterationId)) ?? null;
      case 'number': {
        const summaries = await positioning.iterationsOf(source.draftId);
        const found = summaries.find((s) => s.number === source.number);
        return found ? ((await positioning.iteration(found.id)) ?? null) : null;
      }
      case 'draft': {
        const draft = await positioning.getDraft(source.draftId);
        if (!draft) return null;
        const head = draft.headIterationId && (await positioning.iteration(draft.headIterationId));
        return head || draft;
      }
    }
  }, [positioning, sourceValue(source), openDraftId]);
  if (source.kind === 'working' && source.draftId === openDraftId) return workingCopy;
  return stored;
}
