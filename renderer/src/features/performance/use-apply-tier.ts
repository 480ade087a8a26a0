import { useCallback } from 'react';
import type { PartnerTier } from '../../../../shared/domain/partner';
import { useWorkbook } from '../../app/workbook-context';

/**
 * Applies a tier to a partner through PartnerRepo, keeping every other field and contact as
 * stored. Returns a message when it could not, else null. Used only where the partner's details
 * form is not open, since that form would write its own copy of the tier back on its next save.
 */
export function useApplyTier(partnerId: string): (tier: PartnerTier) => Promise<string | null> {
  const { partners } = useWorkbook();
  return useCallback(
    async (tier: PartnerTier) => {
      try {
        const [partner, contacts] = await Promise.all([
          partners.get(partnerId),
          partners.contactsOf(partnerId),
        ]);
        if (!partner) return 'This partner no longer exists; it may have been deleted.';
        const result = await partners.update(partnerId, { ...partner, tier }, contacts);
        return result.ok ? null : (result.errors._ ?? 'The tier could not be applied.');
      } catch {
        return 'The tier could not be applied. Nothing was changed.';
      }
    },
    [partners, partnerId],
  );
}
