import type { Partner } from '../../../shared/domain/partner';
import {
  CHANGE_FIELDS,
  changeRecord,
  changesBetween,
  type ChangeField,
  type PartnerChange,
} from '../../../shared/domain/partner-change';
import type { WorkbookDatabase } from './database';
import { newId } from './ids';
import { contentWrites, logRevisions } from './revision-log';

/**
 * Writes the stage and tier change records of partner writes, in the caller's transaction (which
 * must include `db.partnerChanges` and `db.revisions`), so that a partner never changes stage or
 * tier without the dated record of it. Each record logs its first revision, for merges.
 */

/** One partner write: the partner before (undefined when new) and after. */
export interface StageTierWrite {
  before: Pick<Partner, 'stage' | 'tier'> | undefined;
  after: Partner;
}

/** Records the stage and tier changes of the writes, dated `at`; returns what it wrote. */
export async function logStageTierChanges(
  db: WorkbookDatabase,
  writes: readonly StageTierWrite[],
  at: string,
): Promise<PartnerChange[]> {
  const records = writes.flatMap(({ before, after }) => changesBetween(before, after, at, newId));
  if (records.length > 0) await db.partnerChanges.bulkAdd(records);
  await logRevisions(db, contentWrites('partnerChanges', records));
  return records;
}

// The record of a field written last: where the log says the field stands.
function latestOf(
  changes: readonly PartnerChange[],
  field: ChangeField,
): PartnerChange | undefined {
  let latest: PartnerChange | undefined;
  for (const change of changes) {
    if (change.field === field && (!latest || change.changedAt >= latest.changedAt)) {
      latest = change;
    }
  }
  return latest;
}

/**
 * After a write that did not know the partners' previous values (a merge, which may also bring
 * the other copy's change records): records a change for each field whose latest written record
 * does not end at the partner's value, from that record's value (or from nothing).
 */
export async function reconcileStageTierChanges(
  db: WorkbookDatabase,
  partners: readonly Partner[],
  at: string,
): Promise<PartnerChange[]> {
  const records: PartnerChange[] = [];
  for (const partner of partners) {
    const changes = await db.partnerChanges.where('partnerId').equals(partner.id).toArray();
    for (const field of CHANGE_FIELDS) {
      const latest = latestOf(changes, field);
      if (latest?.to === partner[field]) continue;
      const from = latest ? latest.to : null;
      records.push(changeRecord(partner.id, field, from, partner[field], at, newId()));
    }
  }
  if (records.length > 0) await db.partnerChanges.bulkAdd(records);
  await logRevisions(db, contentWrites('partnerChanges', records));
  return records;
}
