import type { Partner } from '../../../shared/domain/partner';
import { textSortKey } from '../../../shared/domain/sort-key';

/** A partner as stored: the domain record plus the indexed sort key of its name. */
export type StoredPartner = Partner & { nameKey: string };

/** Adds the derived fields a partner is stored with. */
export function toStored(partner: Partner): StoredPartner {
  return { ...partner, nameKey: textSortKey(partner.name) };
}

/** The domain record of a stored partner, without storage-only fields. */
export function fromStored(stored: StoredPartner): Partner {
  const { nameKey, ...partner } = stored;
  return partner;
}
