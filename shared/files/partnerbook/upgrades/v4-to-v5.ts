import { partnerSchema } from '../../../domain/partner';
import { initialChanges } from '../../../domain/partner-change';
import type { PartnerbookUpgrade, RawPartnerbook } from './index';

// What the initial records need of a partner; `createdAt` is required of a valid partner, but
// an invalid one is reported by the checks that follow, not here.
const tracked = partnerSchema.pick({ id: true, stage: true, tier: true, createdAt: true });

/**
 * Format 5 adds `partnerChanges`, each partner's dated stage and tier changes. A format 4 file
 * kept no history, so the step starts each partner's with its current stage and tier, from
 * nothing, dated at the partner's creation: the same records, under the same derived ids, that
 * the database upgrade to version 8 writes, so that an upgraded copy and a copy opened from a
 * file merge without duplicates. A partner the step cannot read gets none; the record checks
 * after it report that partner. A file whose `tables` is not an object is left as it is.
 */
export const v4ToV5: PartnerbookUpgrade = {
  from: 4,
  upgrade: (file: RawPartnerbook): RawPartnerbook => {
    const { tables } = file;
    if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) return file;
    const raw = tables as Record<string, unknown>;
    const partners = Array.isArray(raw.partners) ? (raw.partners as unknown[]) : [];
    const partnerChanges = partners.flatMap((partner) => {
      const parsed = tracked.safeParse(partner);
      return parsed.success ? initialChanges(parsed.data) : [];
    });
    return { ...file, tables: { partnerChanges, ...raw } };
  },
};
