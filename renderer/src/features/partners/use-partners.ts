import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import type { Contact, Partner } from '../../../../shared/domain/partner';
import { useWorkbook } from '../../app/workbook-context';
import type { PartnerRowsSnapshot } from '../../db/partner-rows-store';

/** The partners table's rows, live: refreshed per changed record, never reloaded whole. */
export function usePartnerRows(): PartnerRowsSnapshot {
  const { partnerRows } = useWorkbook();
  return useSyncExternalStore(partnerRows.subscribe, partnerRows.getSnapshot);
}

/** One partner and its contacts, live; null when it does not exist, undefined while loading. */
export function usePartnerWithContacts(
  id: string,
): { partner: Partner; contacts: Contact[] } | null | undefined {
  const { partners } = useWorkbook();
  return useLiveQuery(async () => {
    const partner = await partners.get(id);
    if (!partner) return null;
    return { partner, contacts: await partners.contactsOf(id) };
  }, [partners, id]);
}
