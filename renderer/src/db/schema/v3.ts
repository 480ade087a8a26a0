import type { Transaction } from 'dexie';
import type { SchemaVersion } from './schema-version';
import { v2 } from './v2';
import { upgradeLegacyFields } from './v3-legacy-fields';

/**
 * Version 3: the positioning studio.
 * - Drafts are indexed by `[partnerId+status]`, so that the partners table reads each partner's
 *   positioning status from index keys alone.
 * - `positioningIterationSummaries` holds each iteration without its fields, written in the same
 *   transaction as the iteration and, like it, never changed: a timeline of 1,000 iterations
 *   reads 1,000 small records instead of every field of every iteration.
 * - `positioningStatusChanges` records each change of a draft's status, append-only.
 * - Fields become an ordered list of named fields (they were a plain object), drafts count their
 *   iterations, and iterations carry the title, audience and status they were committed with.
 */
export const v3: SchemaVersion = {
  version: 3,
  stores: {
    ...v2.stores,
    positioningDrafts: 'id, partnerId, status, template, updatedAt, [partnerId+status]',
    positioningIterationSummaries: 'id, [draftId+number]',
    positioningStatusChanges: 'id, draftId, [draftId+at]',
  },
  upgrade: upgradeToV3,
};

// The loose shapes versions 1 and 2 may have written.
interface OldDraft {
  id: string;
  title?: string;
  audience?: string;
  status?: string;
  fields?: unknown;
  headIterationId?: string;
  iterationCount?: number;
}
interface OldIteration extends OldDraft {
  draftId: string;
  number: number;
}
interface Head {
  id: string;
  number: number;
}

async function upgradeToV3(tx: Transaction): Promise<void> {
  const drafts = tx.table<OldDraft>('positioningDrafts');
  const iterations = tx.table<OldIteration>('positioningIterations');
  const owners = new Map<string, OldDraft>();
  await drafts.each((draft) => {
    owners.set(draft.id, draft);
  });
  const heads = new Map<string, Head>();
  const summaries: Record<string, unknown>[] = [];
  await iterations.toCollection().modify((iteration) => {
    const owner = owners.get(iteration.draftId);
    iteration.fields = upgradeLegacyFields(iteration.fields);
    iteration.title ??= owner?.title ?? 'Untitled draft';
    iteration.audience ??= owner?.audience ?? 'internal';
    iteration.status ??= owner?.status ?? 'draft';
    const head = heads.get(iteration.draftId);
    if (!head || iteration.number > head.number) {
      heads.set(iteration.draftId, { id: iteration.id, number: iteration.number });
    }
    const { fields, ...summary } = iteration;
    summaries.push(summary);
  });
  await tx.table('positioningIterationSummaries').bulkPut(summaries);
  await drafts.toCollection().modify((draft) => {
    const head = heads.get(draft.id);
    draft.fields = upgradeLegacyFields(draft.fields);
    draft.iterationCount = head?.number ?? 0;
    // The head is the latest committed iteration, which the next commit names as its parent.
    if (head) draft.headIterationId = head.id;
    else delete draft.headIterationId;
  });
}
