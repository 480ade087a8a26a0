import type { Activity } from '../../../../shared/domain/activity';
import type { PartnerFigures } from '../../../../shared/domain/strategy/partner-figures';
import type { PartnerPlan } from '../../../../shared/domain/strategy/partner-plan';
import type { WorkbookDatabase } from '../database';
import { figureTables, rebuildPartnerFigures } from '../partner-figures-store';

/**
 * What the portfolio dashboard reads: the derived per-partner figures (never the metric entries
 * themselves, see partner-figures-store.ts), the recent activities and the plans.
 */
export class DashboardRepo {
  constructor(private readonly db: WorkbookDatabase) {}

  /** Every partner's derived figures, by partner id. */
  async figures(): Promise<Map<string, PartnerFigures>> {
    const all = await this.db.partnerFigures.toArray();
    return new Map(all.map((figures) => [figures.id, figures]));
  }

  /** Activities that occurred at or after a timestamp, through the occurredAt index. */
  activitiesSince(timestamp: string): Promise<Activity[]> {
    return this.db.activities.where('occurredAt').aboveOrEqual(timestamp).toArray();
  }

  /** Every partner plan. */
  plans(): Promise<PartnerPlan[]> {
    return this.db.partnerPlans.toArray();
  }

  /**
   * Rebuilds every partner's figures from the stored entries, in one transaction: for records
   * written around the repositories (a benchmark's seed). Returns the partners with figures.
   */
  rebuildFigures(): Promise<number> {
    const tables = figureTables(this.db);
    return this.db.transaction(
      'rw',
      [tables.metricEntries, tables.investments, tables.partnerFigures],
      () => rebuildPartnerFigures(tables),
    );
  }
}
