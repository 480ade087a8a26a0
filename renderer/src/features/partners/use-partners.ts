import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact, Partner } from '../../../../shared/domain/partner';
import { useWorkbook } from '../../app/workbook-context';

/** Every partner, live; undefined while the first read runs. */
export function usePartnerList(): Partner[] | undefined {
  const { partners } = useWorkbook();
  return useLiveQuery(() => partners.listAll(), [partners]);
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
