import type { Activity } from '../../../../shared/domain/activity';
import type { ActivityCounts } from '../../../../shared/domain/people/activity-counts';
import { rebuildActivityCounts } from '../activity-counts-store';
import type { SchemaVersion } from './schema-version';
import { v10 } from './v10';

/**
 * Version 11: `activityCounts`, one derived record per partner and year with activity (keyed by
 * `${partnerId}:${year}`, see shared/domain/people/activity-counts.ts), by partner for a
 * partner's balance and by year for the workbook's, so that the balance of a year reads ten
 * thousand small records instead of hundreds of thousands of activities. The upgrade counts the
 * activities already stored; from then on the activity repository keeps the counts in step in
 * the same transactions as its writes.
 */
export const v11: SchemaVersion = {
  version: 11,
  stores: { ...v10.stores, activityCounts: 'id, partnerId, year' },
  upgrade: async (tx) => {
    await rebuildActivityCounts({
      activities: tx.table<Activity, string>('activities'),
      activityCounts: tx.table<ActivityCounts, string>('activityCounts'),
    });
  },
};
