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
import { logFirstRevisions } from './revision-log';

/**
 * Writes the stage and tier change records of partner writes, in the caller's transaction (which
 * must include `db.partnerChanges` and `db.revisions`), so that a partner never changes stage or
 * tier without the dated record of it. Each record logs its first revision, for merges: records
 * get new ids here, so their histories are written without being read first, and alongside the
 * records rather than after them.
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
  await writeChanges(db, records);
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
  await writeChanges(db, records);
  return records;
}

/**
 * Writes change records under new ids with their first revisions, in the caller's transaction;
 * the two writes are queued together (IndexedDB still carries them out in order). A put, not an
 * add: the ids are new, and an add would have IndexedDB look up each key first.
 */
export async function writeChanges(
  db: WorkbookDatabase,
  records: readonly PartnerChange[],
): Promise<void> {
  if (records.length === 0) return;
  // Both queued before either is awaited (Dexie.Promise.all would lose the transaction here).
  const changes = db.partnerChanges.bulkPut(records);
  const revisions = logFirstRevisions(db, 'partnerChanges', records);
  await changes;
  await revisions;
}
