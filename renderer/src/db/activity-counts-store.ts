import type { Table } from 'dexie';
import type { Activity } from '../../../shared/domain/activity';
import {
  countActivityYears,
  countsAreEmpty,
  countsId,
  emptyActivityCounts,
  type ActivityCounts,
  type CountsKey,
} from '../../../shared/domain/people/activity-counts';
import type { WorkbookDatabase } from './database';

/**
 * Keeps the derived `activityCounts` table (version 11, see shared/domain/people/activity-counts)
 * in step with the activities. Writers call these inside their own transaction, so the counts
 * commit or roll back with the activities. Like the partner figures, the table is derived data:
 * workbook files, merges and exports never read it; opening a file, merging or upgrading builds
 * it afresh from the activities.
 */

/** The tables the counts are read from and written to. */
export interface CountTables {
  activities: Table<Activity, string>;
  activityCounts: Table<ActivityCounts, string>;
}

const yearStart = (year: number) => `${String(year).padStart(4, '0')}-01-01`;

// Puts a recount, or deletes the record when nothing is left to count.
async function store(tables: CountTables, record: ActivityCounts): Promise<void> {
  if (countsAreEmpty(record)) await tables.activityCounts.delete(record.id);
  else await tables.activityCounts.put(record);
}

/**
 * Recounts the given partners' years from their stored activities, read through the partner's
 * [partnerId+occurredAt] range for that year only. Call inside a transaction over both tables.
 */
export async function refreshActivityCounts(
  tables: CountTables,
  keys: Iterable<CountsKey>,
): Promise<void> {
  const seen = new Set<string>();
  for (const { partnerId, year } of keys) {
    const id = countsId(partnerId, year);
    if (seen.has(id)) continue;
    seen.add(id);
    const activities = await tables.activities
      .where('[partnerId+occurredAt]')
      .between([partnerId, yearStart(year)], [partnerId, yearStart(year + 1)], true, false)
      .toArray();
    const [counted] = countActivityYears(activities);
    await store(tables, counted ?? emptyActivityCounts(partnerId, year));
  }
}

/**
 * Recounts every year of the given partners (a partner deleted, restored or merged): their old
 * records go and their activities are counted again. Call inside a transaction over both tables.
 */
export async function refreshPartnerCounts(
  tables: CountTables,
  partnerIds: Iterable<string>,
): Promise<void> {
  for (const partnerId of new Set(partnerIds)) {
    await tables.activityCounts.where('partnerId').equals(partnerId).delete();
    const activities = await tables.activities.where('partnerId').equals(partnerId).toArray();
    await tables.activityCounts.bulkPut(countActivityYears(activities));
  }
}

/**
 * Rebuilds every count from the whole log: after an upgrade, or a bulk write that went around the
 * repositories. Reads the activities a cursor at a time rather than as one array. Call inside a
 * transaction over both tables; returns how many records it wrote.
 */
export async function rebuildActivityCounts(tables: CountTables): Promise<number> {
  const activities: Pick<Activity, 'partnerId' | 'occurredAt' | 'direction' | 'purpose'>[] = [];
  await tables.activities.each(({ partnerId, occurredAt, direction, purpose }) => {
    activities.push({ partnerId, occurredAt, direction, purpose });
  });
  const records = countActivityYears(activities);
  await tables.activityCounts.clear();
  await tables.activityCounts.bulkPut(records);
  return records.length;
}

/** The count tables of a database. */
export function countTables(db: WorkbookDatabase): CountTables {
  return {
    activities: db.table<Activity, string>('activities'),
    activityCounts: db.table<ActivityCounts, string>('activityCounts'),
  };
}
