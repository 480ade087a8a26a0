import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Partner } from '../../../../shared/domain/partner';
import type { PartnerChange } from '../../../../shared/domain/partner-change';
import { onboardingStartedOn } from '../../../../shared/domain/partner-history';
import type { Investment } from '../../../../shared/domain/strategy/investment';
import type { IsoDate } from '../../../../shared/domain/strategy/iso-date';
import type { CustomMetric, MetricEntry } from '../../../../shared/domain/strategy/metric';
import type { StrategySettings } from '../../../../shared/domain/strategy/strategy-settings';
import { useWorkbook } from '../../app/workbook-context';
import { performanceFigures, type PerformanceFigures } from './performance-figures';

/** One partner's records behind the performance view, and the figures computed from them. */
export interface PartnerPerformance {
  partner: Partner;
  settings: StrategySettings;
  entries: MetricEntry[];
  investments: Investment[];
  customMetrics: CustomMetric[];
  /** Its dated stage and tier changes, latest in effect first. */
  changes: PartnerChange[];
  figures: PerformanceFigures;
}

/** Today in the user's time zone, as an ISO date: the day a new entry is dated by default. */
export function todayIso(now = new Date()): IsoDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * One partner's performance, live: undefined while loading, null when the partner is gone. Every
 * read goes through an index of this partner only (see the repositories), so the view stays fast
 * however many partners and entries the workbook holds.
 */
export function usePartnerPerformance(
  partnerId: string,
  today: IsoDate,
): PartnerPerformance | null | undefined {
  const workbook = useWorkbook();
  const loaded = useLiveQuery(async () => {
    const [partner, settings] = await Promise.all([
      workbook.partners.get(partnerId),
      workbook.settings.strategy(),
    ]);
    if (!partner) return null;
    const [entries, investments, customMetrics, health, changes] = await Promise.all([
      workbook.metrics.entriesOfPartner(partnerId),
      workbook.investments.ledgerOf(partnerId),
      workbook.metrics.customMetrics(),
      workbook.figures.healthInputOf(partnerId, today, settings.currency),
      workbook.partnerChanges.changesOf(partnerId),
    ]);
    return { partner, settings, entries, investments, customMetrics, health, changes };
  }, [workbook, partnerId, today]);
  return useMemo(() => {
    if (!loaded) return loaded;
    const { health, ...records } = loaded;
    const figures = performanceFigures({
      today,
      settings: records.settings,
      partnerTier: records.partner.tier,
      recordedHealth: records.partner.healthScore,
      health,
      metrics: records.entries,
      investments: records.investments,
      onboardingStartedOn: onboardingStartedOn(records.changes),
    });
    return { ...records, figures };
  }, [loaded, today]);
}
