import type { WorkbookDatabase } from '../database';

/**
 * The link rules the stakeholder and ask repositories share. A partner newly named on a record
 * must exist; one the record already named may have been deleted since (a merge or another
 * window may have removed it), and an edit of something else must not fail on it.
 */

/** The message when a newly named partner is not in the workbook. */
export const PARTNER_GONE = 'This partner no longer exists; it may have been deleted.';

/** A problem with the partners `ids` adds to `before`, or undefined when all exist. */
export async function newPartnersExist(
  db: WorkbookDatabase,
  ids: readonly string[],
  before: readonly string[] = [],
): Promise<string | undefined> {
  const added = ids.filter((id) => !before.includes(id));
  if (added.length === 0) return undefined;
  const found = await db.partners.bulkGet(added);
  return found.every(Boolean) ? undefined : PARTNER_GONE;
}
