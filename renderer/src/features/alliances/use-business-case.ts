import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { IsoDate } from '../../../../shared/domain/strategy/iso-date';
import { tierLabels } from '../../../../shared/domain/strategy/tier-labels';
import { useWorkbook } from '../../app/workbook-context';
import { usePartnerBrief } from '../brief/use-brief';
import { usePartnerPerformance } from '../performance/use-partner-performance';
import { usePartnerPlans } from '../plans/use-plans';
import { businessCase, type BusinessCase } from './business-case';

/**
 * A partner's business case, live: the performance view's figures, the brief's approved
 * positioning, the partner's plans, and the asks made for it. Undefined while loading, null when
 * the partner is gone.
 */
export function useBusinessCase(
  partnerId: string,
  today: IsoDate,
): BusinessCase | null | undefined {
  const { asks, stakeholders } = useWorkbook();
  const performance = usePartnerPerformance(partnerId, today);
  const brief = usePartnerBrief(partnerId);
  const plans = usePartnerPlans(partnerId);
  const people = useLiveQuery(async () => {
    const partnerAsks = await asks.ofPartner(partnerId);
    const ids = [...new Set(partnerAsks.map((ask) => ask.stakeholderId))];
    const found = await Promise.all(ids.map((id) => stakeholders.get(id)));
    return { asks: partnerAsks, stakeholders: found.filter((s) => s !== undefined) };
  }, [asks, stakeholders, partnerId]);
  return useMemo(() => {
    if (performance === null || brief === null) return null;
    if (!performance || !brief || !plans || !people) return undefined;
    return businessCase({
      partner: performance.partner,
      today,
      currency: performance.settings.currency,
      tierLabels: tierLabels(performance.settings.tiers),
      figures: performance.figures,
      approved: brief.approved,
      plans,
      asks: people.asks,
      stakeholders: people.stakeholders,
    });
  }, [performance, brief, plans, people, today]);
}
