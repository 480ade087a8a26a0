import { useLiveQuery } from 'dexie-react-hooks';
import type { PartnerBrief } from '../../../../shared/files/export/partner-brief';
import { useWorkbook } from '../../app/workbook-context';

/** A partner's brief, live: profile, contacts, approved positioning; null when the partner is gone. */
export function usePartnerBrief(partnerId: string): PartnerBrief | null | undefined {
  const { partners, positioning } = useWorkbook();
  return useLiveQuery(async () => {
    const partner = await partners.get(partnerId);
    if (!partner) return null;
    const contacts = await partners.contactsOf(partnerId);
    const summaries = (await positioning.draftsOf(partnerId)).filter(
      (d) => d.status === 'approved',
    );
    const approved = [];
    for (const summary of summaries) {
      const draft = await positioning.getDraft(summary.id);
      if (!draft) continue;
      const head = draft.headIterationId
        ? await positioning.iteration(draft.headIterationId)
        : undefined;
      approved.push({ draft, head });
    }
    return { partner, contacts, approved };
  }, [partners, positioning, partnerId]);
}
