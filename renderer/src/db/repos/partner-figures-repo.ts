import type { HealthInput } from '../../../../shared/domain/strategy/health-components';
import { addDays, type IsoDate } from '../../../../shared/domain/strategy/iso-date';
import type { Currency } from '../../../../shared/domain/strategy/money';
import type { WorkbookDatabase } from '../database';

/**
 * What one partner's health is computed from, read through indexes of that partner only, so that
 * the partner's view stays fast in a workbook of a million metric entries: metric entries through
 * [partnerId+metric+date], activities through [partnerId+occurredAt], plans through partnerId.
 * Reads reach only as far back as the health components look (365 days for metrics, 90 for
 * activities); the components themselves draw the exact windows.
 */

// The longest window a health component reads metrics over, and activities over.
const METRIC_DAYS = 365;
const ACTIVITY_DAYS = 90;

// Bounds of the string keys (metric keys, dates) within a partner's range of a compound index.
const LOWEST = '';
const HIGHEST = '\uffff';

/** Assembles one partner's figures from its own records. */
export class PartnerFiguresRepo {
  constructor(private readonly db: WorkbookDatabase) {}

  /** One partner's HealthInput as of `today`, in the workbook's currency. */
  async healthInputOf(partnerId: string, today: IsoDate, currency: Currency): Promise<HealthInput> {
    const { db } = this;
    const metricsFrom = addDays(today, -(METRIC_DAYS - 1));
    // Timestamps are UTC; a day either side keeps every activity the window may hold.
    const activitiesFrom = `${addDays(today, -ACTIVITY_DAYS)}T00:00:00.000Z`;
    const activitiesTo = `${addDays(today, 1)}T23:59:59.999Z`;
    const [entries, activities, plans] = await Promise.all([
      db.metricEntries
        .where('[partnerId+metric+date]')
        .between([partnerId, LOWEST, LOWEST], [partnerId, HIGHEST, HIGHEST])
        .filter((entry) => entry.date >= metricsFrom && entry.date <= today)
        .toArray(),
      db.activities
        .where('[partnerId+occurredAt]')
        .between([partnerId, activitiesFrom], [partnerId, activitiesTo], true, true)
        .toArray(),
      db.partnerPlans.where('partnerId').equals(partnerId).toArray(),
    ]);
    return {
      today,
      currency,
      metrics: entries.map(({ metric, date, value, currency: entryCurrency }) => ({
        metric,
        date,
        value,
        currency: entryCurrency,
      })),
      activities: activities.map(({ occurredAt, direction }) => ({ occurredAt, direction })),
      plans: plans.map((plan) => ({
        id: plan.id,
        partnerId: plan.partnerId,
        period: plan.period,
        status: plan.status,
        sponsorOurs: plan.sponsorOurs,
        sponsorPartner: plan.sponsorPartner,
        qbrDates: plan.qbrDates,
      })),
    };
  }
}
