import { addDays } from '../../../../shared/domain/strategy/iso-date';
import type { Period } from '../../../../shared/domain/strategy/period';
import type { ScorecardData } from '../../../../shared/domain/templates/scorecard';
import type { WorkbookDatabase } from '../database';

/** A partner as a picker offers it. */
export interface PartnerChoice {
  id: string;
  name: string;
}

/**
 * The reads that starting a document from a template needs: the partners to choose from, and
 * one partner's data for a scorecard period. Kept apart from the partner repository, whose
 * reads serve the partners table.
 */
export class TemplateUseRepo {
  constructor(private readonly db: WorkbookDatabase) {}

  /** Every partner's id and name, by name. */
  async partnerChoices(): Promise<PartnerChoice[]> {
    const partners = await this.db.partners.orderBy('nameKey').toArray();
    return partners.map(({ id, name }) => ({ id, name }));
  }

  /**
   * A partner's metric entries within the period and its activities in the period or the 90
   * days before its end (the scorecard's activity window), for applyScorecard.
   */
  async scorecardData(partnerId: string, period: Period): Promise<ScorecardData> {
    const { metricEntries, activities } = this.db;
    const metrics = await metricEntries
      .where('partnerId')
      .equals(partnerId)
      .filter((entry) => entry.date >= period.start && entry.date <= period.end)
      .toArray();
    const from = addDays(period.end, -89) < period.start ? addDays(period.end, -89) : period.start;
    const done = await activities
      .where('partnerId')
      .equals(partnerId)
      .filter((activity) => activity.occurredAt.slice(0, 10) >= from)
      .toArray();
    return { metrics, activities: done.map(({ occurredAt }) => ({ occurredAt })) };
  }
}
