import type { Partner } from '../../../shared/domain/partner';
import {
  CHANGE_FIELDS,
  changeRecord,
  changesBetween,
  type ChangeField,
  type PartnerChange,
} from '../../../shared/domain/partner-change';
import { firstChangesOf, type FirstChangeSource } from '../../../shared/domain/first-changes';
import type { WorkbookDatabase } from './database';
import { newId } from './ids';
import { logFirstRevisions } from './revision-log';

/**
 * Writes the stage and tier change records of partner writes, in the caller's transaction (which
 * must include `db.partnerChanges` and `db.revisions`), so that a partner never changes stage or
 * tier without the dated record of it. Each record logs its first revision, for merges: records
 * get new ids here, so their histories are written without being read first, and alongside the
 * records rather than after them.
 *
 * A partner written in bulk has no stored first records: they are derived where the history is
 * read (shared/domain/first-changes.ts). Before the first change of such a field is written, its
 * derived record is stored, from the partner as it was before the change; it is stored without a
 * revision, as a bulk write would have stored it (its first revision derives from its content).
 */

/** One partner write: the partner before (undefined when new) and after. */
export interface StageTierWrite {
  before: Pick<Partner, 'stage' | 'tier' | 'createdAt'> | undefined;
  after: Partner;
}

/** Fields of a partner whose derived first record is to be stored, if none is stored yet. */
interface FirstRecordsWanted {
  partner: FirstChangeSource;
  fields: readonly ChangeField[];
}

// Stores the derived first record of each wanted field that has no stored record yet, in the
// caller's transaction; reads only the keys of the [partnerId+field] index.
async function storeMissingFirstChanges(
  db: WorkbookDatabase,
  wanted: readonly FirstRecordsWanted[],
): Promise<PartnerChange[]> {
  const pairs = wanted.flatMap(({ partner, fields }) =>
    fields.map((field): [string, string] => [partner.id, field]),
  );
  if (pairs.length === 0) return [];
  const keys = await db.partnerChanges.where('[partnerId+field]').anyOf(pairs).keys();
  const pairKey = (pair: readonly unknown[]) => pair.join('\u0000');
  const stored = new Set(keys.map((key) => (Array.isArray(key) ? pairKey(key) : '')));
  const records = wanted.flatMap(({ partner, fields }) => {
    const missing = fields.filter((field) => !stored.has(pairKey([partner.id, field])));
    return missing.length === 0 ? [] : firstChangesOf(partner, new Set(missing));
  });
  if (records.length > 0) await db.partnerChanges.bulkPut(records);
  return records;
}

/**
 * Stores the derived first records of the partners' fields that have none stored, in the
 * caller's transaction (which must include `db.partners` and `db.partnerChanges`), or in a
 * transaction of its own. Nothing that reads the history sees a difference: a write that is about
 * to remove or edit those records (a delete, a merge, an edit of an effective date) calls it
 * first, so that it finds them stored, and undo finds them as they were.
 */
export async function storeFirstChanges(
  db: WorkbookDatabase,
  partnerIds: readonly string[],
): Promise<PartnerChange[]> {
  if (partnerIds.length === 0) return [];
  return db.transaction('rw', db.partners, db.partnerChanges, async () => {
    const partners = await db.partners.bulkGet([...new Set(partnerIds)]);
    return storeMissingFirstChanges(
      db,
      partners.flatMap((partner) => (partner ? [{ partner, fields: CHANGE_FIELDS }] : [])),
    );
  });
}

/**
 * Records the stage and tier changes of the writes, dated `at`; returns what it wrote (the
 * changes, after any first record it stored before them).
 */
export async function logStageTierChanges(
  db: WorkbookDatabase,
  writes: readonly StageTierWrite[],
  at: string,
): Promise<PartnerChange[]> {
  const records = writes.flatMap(({ before, after }) => changesBetween(before, after, at, newId));
  const wanted = writes.flatMap(({ before, after }): FirstRecordsWanted[] => {
    if (!before) return [];
    const fields = CHANGE_FIELDS.filter((field) => before[field] !== after[field]);
    const { stage, tier, createdAt } = before;
    return fields.length === 0
      ? []
      : [{ partner: { id: after.id, stage, tier, createdAt }, fields }];
  });
  const first = await storeMissingFirstChanges(db, wanted);
  await writeChanges(db, records);
  return [...first, ...records];
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
 * does not end at the partner's value, from that record's value. A field with no stored record
 * is in line by definition (its first record derives from the partner); a caller that replaces
 * partners stores their derived first records before (storeFirstChanges), while it can still
 * derive them from the partners as they were.
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
      if (!latest || latest.to === partner[field]) continue;
      records.push(changeRecord(partner.id, field, latest.to, partner[field], at, newId()));
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
