import { activitySchema, type Activity } from '../../../../shared/domain/activity';
import type { ActivityCounts } from '../../../../shared/domain/people/activity-counts';
import { textSortKey } from '../../../../shared/domain/sort-key';
import { addDays } from '../../../../shared/domain/strategy/iso-date';
import type { Period } from '../../../../shared/domain/strategy/period';
import type { Validated } from '../../../../shared/domain/validation';
import { countTables, rebuildActivityCounts } from '../activity-counts-store';
import { activityUpkeep } from '../activity-upkeep';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { partnerExists, StrategyStore } from './strategy-store';

/**
 * The activity log: validated writes with revisions and tombstones (StrategyStore), each keeping
 * the partner's last activity and the derived activity counts in step in the same transaction
 * (activity-upkeep.ts), and reads by partner and period, newest first, a page at a time, through
 * the [partnerId+occurredAt] and occurredAt indexes, so that a log of a million stays fast.
 */

/** Which activities the log shows: one partner's, within a period, or both. */
export interface ActivityFilter {
  partnerId?: string | undefined;
  period?: Period | undefined;
}

/** An activity as a log row shows it, with its partner's name. */
export interface ActivityRow {
  activity: Activity;
  partnerName: string;
}

/** A partner as the activity entry's picker offers it. */
export interface ActivityPartnerChoice {
  id: string;
  name: string;
}

const LOWEST = '';
const HIGHEST = '\uffff';

// Timestamp bounds of a period: from its first day (a date sorts before every time of that day)
// up to, not including, the day after its last.
function bounds(period: Period | undefined): [string, string] {
  return period ? [period.start, addDays(period.end, 1)] : [LOWEST, HIGHEST];
}

/** Writes and reads of the activity log. */
export class ActivityRepo {
  private readonly store: StrategyStore<Activity>;

  constructor(
    private readonly db: WorkbookDatabase,
    private readonly feed: ChangeFeed,
  ) {
    this.store = new StrategyStore(db, feed, 'activities', activitySchema, activityUpkeep(db));
  }

  // The partners table shows each partner's last activity: tell it which rows to re-read.
  private reportPartners(records: readonly (Activity | undefined)[]): void {
    const ids = [...new Set(records.flatMap((record) => (record ? [record.partnerId] : [])))];
    if (ids.length > 0) this.feed.emit({ table: 'partners', ids });
  }

  /** One activity, or undefined. */
  get(id: string): Promise<Activity | undefined> {
    return this.store.get(id);
  }

  /** Validates and logs an activity for an existing partner. */
  async create(fields: unknown): Promise<Validated<Activity>> {
    const result = await this.store.create(fields, partnerExists(this.db));
    if (result.ok) this.reportPartners([result.value]);
    return result;
  }

  /** Validates and replaces an activity's fields (it may move to another partner). */
  async update(id: string, fields: unknown): Promise<Validated<Activity>> {
    const previous = await this.store.get(id);
    const result = await this.store.update(id, fields, partnerExists(this.db));
    if (result.ok) this.reportPartners([result.value, previous]);
    return result;
  }

  /** Deletes an activity, leaving a tombstone; returns it for undo. */
  async remove(id: string): Promise<Activity | undefined> {
    const removed = await this.store.remove(id);
    this.reportPartners([removed]);
    return removed;
  }

  /** Puts a deleted activity back exactly as it was. */
  async restore(activity: Activity): Promise<void> {
    await this.store.restore(activity);
    this.reportPartners([activity]);
  }

  // The filter's activities, newest first.
  private range(filter: ActivityFilter) {
    const [from, to] = bounds(filter.period);
    const { activities } = this.db;
    const query =
      filter.partnerId === undefined
        ? activities.where('occurredAt').between(from, to, true, false)
        : activities
            .where('[partnerId+occurredAt]')
            .between([filter.partnerId, from], [filter.partnerId, to], true, false);
    return query.reverse();
  }

  /** How many activities the filter holds. */
  count(filter: ActivityFilter): Promise<number> {
    return this.range(filter).count();
  }

  /** A page of the filter's activities, newest first, with their partners' names. */
  async page(filter: ActivityFilter, offset: number, limit: number): Promise<ActivityRow[]> {
    const activities = await this.range(filter).offset(offset).limit(limit).toArray();
    const ids = [...new Set(activities.map((activity) => activity.partnerId))];
    const partners = await this.db.partners.bulkGet(ids);
    const names = new Map(ids.map((id, index) => [id, partners[index]?.name ?? 'Deleted partner']));
    return activities.map((activity) => ({
      activity,
      partnerName: names.get(activity.partnerId) ?? 'Deleted partner',
    }));
  }

  /** Every partner's activity counts for a year, for the balance of a period in it. */
  countsOfYear(year: number): Promise<ActivityCounts[]> {
    return this.db.activityCounts.where('year').equals(year).toArray();
  }

  /** One partner's activity counts, every year. */
  countsOfPartner(partnerId: string): Promise<ActivityCounts[]> {
    return this.db.activityCounts.where('partnerId').equals(partnerId).toArray();
  }

  /** A partner's name, or undefined when it is gone. */
  async partnerName(partnerId: string): Promise<string | undefined> {
    return (await this.db.partners.get(partnerId))?.name;
  }

  /** The names of some partners, for the balance per partner. */
  async partnerNames(partnerIds: readonly string[]): Promise<Map<string, string>> {
    const partners = await this.db.partners.bulkGet([...partnerIds]);
    return new Map(partners.flatMap((partner) => (partner ? [[partner.id, partner.name]] : [])));
  }

  /**
   * Partners whose name starts with the typed text (case and accents ignored), by name, for the
   * entry's type-ahead: read through the name index, never the whole table.
   */
  async partnerChoices(text: string, limit = 8): Promise<ActivityPartnerChoice[]> {
    const typed = text.trim();
    // Sort keys pad numbers, so the index range stops before the first digit; the names it
    // yields are then compared over the typed length, keyed alike.
    const key = textSortKey(typed.replace(/\d.*$/, ''));
    const wanted = textSortKey(typed);
    const partners = await this.db.partners
      .where('nameKey')
      .startsWith(key)
      .filter((partner) => textSortKey(partner.name.slice(0, typed.length)) === wanted)
      .limit(limit)
      .toArray();
    return partners.map(({ id, name }) => ({ id, name }));
  }

  /**
   * Recounts the whole log, in one transaction: for activities written around this repository
   * (a benchmark's seed). Returns the records written.
   */
  rebuildCounts(): Promise<number> {
    const tables = countTables(this.db);
    return this.db.transaction('rw', [tables.activities, tables.activityCounts], () =>
      rebuildActivityCounts(tables),
    );
  }
}
