import { useLiveQuery } from 'dexie-react-hooks';
import type {
  DraftSummary,
  IterationSummary,
  PositioningDraft,
  PositioningIteration,
} from '../../../../shared/domain/positioning';
import { useWorkbook } from '../../app/workbook-context';
import type { TimelineEntry } from '../../db/repos/positioning-repo';

/** A draft summary with the name of the partner it belongs to. */
export interface DraftListing extends DraftSummary {
  /** The partner's name; undefined for company drafts, null when the partner was deleted. */
  partnerName: string | undefined | null;
}

/** Every draft in the workbook with its partner's name, live. */
export function useDraftListings(): DraftListing[] | undefined {
  const { positioning, partners } = useWorkbook();
  return useLiveQuery(async () => {
    const drafts = await positioning.listDrafts();
    const ids = [...new Set(drafts.flatMap((d) => (d.partnerId ? [d.partnerId] : [])))];
    const names = new Map<string, string>();
    for (const id of ids) {
      const partner = await partners.get(id);
      if (partner) names.set(id, partner.name);
    }
    return drafts.map((draft) => ({
      ...draft,
      partnerName: draft.partnerId ? (names.get(draft.partnerId) ?? null) : undefined,
    }));
  }, [positioning, partners]);
}

/** A partner's drafts (or the company's, for undefined), live. */
export function usePartnerDrafts(partnerId: string | undefined): DraftSummary[] | undefined {
  const { positioning } = useWorkbook();
  return useLiveQuery(() => positioning.draftsOf(partnerId), [positioning, partnerId]);
}

/** One draft, live; null when it does not exist, undefined while loading. */
export function useDraft(id: string): PositioningDraft | null | undefined {
  const { positioning } = useWorkbook();
  return useLiveQuery(async () => (await positioning.getDraft(id)) ?? null, [positioning, id]);
}

/** A draft's history, newest first, live. */
export function useTimeline(draftId: string): TimelineEntry[] | undefined {
  const { positioning } = useWorkbook();
  return useLiveQuery(() => positioning.timeline(draftId), [positioning, draftId]);
}

/** A draft's iterations, oldest first, live. */
export function useIterations(draftId: string | undefined): IterationSummary[] | undefined {
  const { positioning } = useWorkbook();
  return useLiveQuery(
    async () => (draftId ? positioning.iterationsOf(draftId) : []),
    [positioning, draftId],
  );
}

/** One iteration with its fields; null when missing, undefined while loading. */
export function useIteration(id: string | undefined): PositioningIteration | null | undefined {
  const { positioning } = useWorkbook();
  return useLiveQuery(
    async () => (id ? ((await positioning.iteration(id)) ?? null) : null),
    [positioning, id],
  );
}

/** The author name saved in the workbook's settings, live. */
export function useAuthor(): string | undefined {
  const { settings } = useWorkbook();
  return useLiveQuery(() => settings.author(), [settings]);
}

/** A partner's name, live; null once the partner is deleted, undefined while loading or for none. */
export function usePartnerName(partnerId: string | undefined): string | null | undefined {
  const { partners } = useWorkbook();
  return useLiveQuery(
    async () => (partnerId ? ((await partners.get(partnerId))?.name ?? null) : undefined),
    [partners, partnerId],
  );
}
