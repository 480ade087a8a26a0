import type { IsoDate } from '../../../../shared/domain/strategy/iso-date';
import {
  checkMetricValue,
  customMetricDefinition,
  customMetricSchema,
  isBuiltInMetric,
  metricEntrySchema,
  type CustomMetric,
  type MetricEntry,
} from '../../../../shared/domain/strategy/metric';
import type { Validated } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { partnerFiguresOf } from '../partner-figures-store';
import { partnerExists, StrategyStore, type WriteCheck } from './strategy-store';

// Bounds of the string keys (dates, metric keys) within a partner's range of a compound index.
const LOWEST = '';
const HIGHEST = '\uffff';

/**
 * Metric entries and custom metric definitions. Entries are read per partner and metric over a
 * date range through the compound index, so a partner's view stays fast with a million entries.
 * An entry of a custom metric is checked against that metric's unit (built-in ones are checked
 * by the shared schema).
 */
export class MetricRepo {
  private readonly entries: StrategyStore<MetricEntry>;
  private readonly custom: StrategyStore<CustomMetric>;

  constructor(
    private readonly db: WorkbookDatabase,
    feed: ChangeFeed,
  ) {
    // The dashboard's per-partner figures are derived from entries, in the same transaction.
    this.entries = new StrategyStore(
      db,
      feed,
      'metricEntries',
      metricEntrySchema,
      partnerFiguresOf<MetricEntry>(db),
    );
    this.custom = new StrategyStore(db, feed, 'customMetrics', customMetricSchema);
  }

  /** A partner's entries of one metric dated within the range (ends included), by date. */
  entriesOf(
    partnerId: string,
    metric: string,
    from?: IsoDate,
    to?: IsoDate,
  ): Promise<MetricEntry[]> {
    return this.db.metricEntries
      .where('[partnerId+metric+date]')
      .between([partnerId, metric, from ?? LOWEST], [partnerId, metric, to ?? HIGHEST], true, true)
      .toArray();
  }

  /** Every entry of a partner dated within the range, by metric then date. */
  entriesOfPartner(partnerId: string, from?: IsoDate, to?: IsoDate): Promise<MetricEntry[]> {
    return this.db.metricEntries
      .where('[partnerId+metric+date]')
      .between([partnerId, LOWEST, LOWEST], [partnerId, HIGHEST, HIGHEST])
      .filter(
        (entry) =>
          (from === undefined || entry.date >= from) && (to === undefined || entry.date <= to),
      )
      .toArray();
  }

  // The partner exists, and a custom metric's entry names one that exists and fits its unit.
  private readonly entryRules: WriteCheck<MetricEntry> = async (entry, previous) => {
    const missing = await partnerExists<MetricEntry>(this.db)(entry, previous);
    if (missing !== undefined || isBuiltInMetric(entry.metric)) return missing;
    const metric = await this.db.customMetrics.get(entry.metric);
    if (!metric) return 'This metric no longer exists; it may have been deleted.';
    return checkMetricValue(entry, customMetricDefinition(metric));
  };

  /** Validates and records an entry. */
  addEntry(fields: unknown): Promise<Validated<MetricEntry>> {
    return this.entries.create(fields, this.entryRules);
  }

  /** Validates and replaces an entry's fields. */
  updateEntry(id: string, fields: unknown): Promise<Validated<MetricEntry>> {
    return this.entries.update(id, fields, this.entryRules);
  }

  /** Deletes an entry (with a tombstone) and returns it for undo. */
  removeEntry(id: string): Promise<MetricEntry | undefined> {
    return this.entries.remove(id);
  }

  /** Puts back a deleted entry. */
  restoreEntry(entry: MetricEntry): Promise<void> {
    return this.entries.restore(entry);
  }

  /** The user's own metrics, by name. */
  customMetrics(): Promise<CustomMetric[]> {
    return this.db.customMetrics.orderBy('name').toArray();
  }

  /** Validates and defines a custom metric. */
  defineMetric(fields: unknown): Promise<Validated<CustomMetric>> {
    return this.custom.create(fields);
  }

  /** Validates and replaces a custom metric's definition. */
  updateMetric(id: string, fields: unknown): Promise<Validated<CustomMetric>> {
    return this.custom.update(id, fields);
  }

  /**
   * Deletes a custom metric's definition (with a tombstone); its entries stay, and the figures
   * leave them out. Returns the definition for undo.
   */
  removeMetric(id: string): Promise<CustomMetric | undefined> {
    return this.custom.remove(id);
  }

  /** Puts back a deleted custom metric. */
  restoreMetric(metric: CustomMetric): Promise<void> {
    return this.custom.restore(metric);
  }
}
