import { useLiveQuery } from 'dexie-react-hooks';
import type { IntelligenceEntry } from '../../../../shared/domain/people/intelligence';
import { useWorkbook } from '../../app/workbook-context';
import type { IntelligenceBySection } from '../../db/repos/intelligence-repo';

/** A partner's intelligence by section, live; undefined while loading. */
export function usePartnerIntelligence(partnerId: string): IntelligenceBySection | undefined {
  const { intelligence } = useWorkbook();
  return useLiveQuery(() => intelligence.bySectionOf(partnerId), [intelligence, partnerId]);
}

/** Competition and trends across all partners, with the names of the partners they concern. */
export interface MarketEntries {
  entries: IntelligenceEntry[];
  /** Partner names by id; a partner deleted since is missing. */
  partnerNames: ReadonlyMap<string, string>;
}

/** Competition and trends across all partners, live; undefined while loading. */
export function useMarketEntries(): MarketEntries | undefined {
  const { intelligence, partners } = useWorkbook();
  return useLiveQuery(async () => {
    const entries = await intelligence.competitionAndTrends();
    const ids = [...new Set(entries.map((entry) => entry.partnerId))];
    const found = await Promise.all(ids.map((id) => partners.get(id)));
    const partnerNames = new Map<string, string>();
    for (const partner of found) if (partner) partnerNames.set(partner.id, partner.name);
    return { entries, partnerNames };
  }, [intelligence, partners]);
}
