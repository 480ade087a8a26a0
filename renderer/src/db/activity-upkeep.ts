import type { Activity } from '../../../shared/domain/activity';
import { countsKeyOf } from '../../../shared/domain/people/activity-counts';
import type { Partner } from '../../../shared/domain/partner';
import { countTables, refreshActivityCounts } from './activity-counts-store';
import type { WorkbookDatabase } from './database';
import { nowIso } from './ids';
import type { DerivedData } from './repos/strategy-store';
import { contentWrites, logRevisions } from './revision-log';
import { fromStored, toStored } from './stored-partner';

/**
 * What an activity write keeps in step, in its own transaction: the partner's `lastActivityAt`
 * (the partners table's "Last activity" column), which always equals the partner's latest logged
 * activity, and the derived activity counts of the partner's years the write touched.
 */

const LOWEST = '';
const HIGHEST = '\uffff';

/**
 * Sets each partner's `lastActivityAt` to its latest activity (none when it has none), logging
 * the partner's revision when it changes. Call inside a transaction over partners, activities and
 * revisions; returns the partners whose record changed.
 */
export async function refreshLastActivity(
  db: WorkbookDatabase,
  partnerIds: Iterable<string>,
): Promise<string[]> {
  const changed: string[] = [];
  for (const partnerId of new Set(partnerIds)) {
    const stored = await db.partners.get(partnerId);
    if (!stored) continue;
    const latest = await db.activities
      .where('[partnerId+occurredAt]')
      .between([partnerId, LOWEST], [partnerId, HIGHEST], true, true)
      .last();
    const at = latest?.occurredAt;
    if (stored.lastActivityAt === at) continue;
    const before = fromStored(stored);
    const { lastActivityAt: _previous, ...rest } = before;
    const after: Partner = {
      ...rest,
      ...(at === undefined ? {} : { lastActivityAt: at }),
      updatedAt: nowIso(),
    };
    await db.partners.put(toStored(after));
    await logRevisions(
      db,
      contentWrites('partners', [after], () => before),
    );
    changed.push(partnerId);
  }
  return changed;
}

/** The partner's last activity and the activity counts, as derived data of the activity store. */
export function activityUpkeep(db: WorkbookDatabase): DerivedData<Activity> {
  const tables = countTables(db);
  return {
    tables: [db.partners, tables.activities, tables.activityCounts],
    refresh: async (records) => {
      const written = records.filter((record) => record !== undefined);
      await refreshActivityCounts(tables, written.map(countsKeyOf));
      await refreshLastActivity(
        db,
        written.map((record) => record.partnerId),
      );
    },
  };
}
