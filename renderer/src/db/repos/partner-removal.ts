import type { Activity } from '../../../../shared/domain/activity';
import type { Contact, Partner } from '../../../../shared/domain/partner';
import type { PartnerChange } from '../../../../shared/domain/partner-change';
import type { Investment } from '../../../../shared/domain/strategy/investment';
import type { MetricEntry } from '../../../../shared/domain/strategy/metric';
import type { PartnerPlan } from '../../../../shared/domain/strategy/partner-plan';
import type { Qbr } from '../../../../shared/domain/templates/qbr';
import type { Tombstone, TombstoneTable } from '../../../../shared/domain/tombstone';
import type { WorkbookDatabase } from '../database';
import { nowIso } from '../ids';
import { countTables, refreshPartnerCounts } from '../activity-counts-store';
import { figureTables, refreshPartnerFigures } from '../partner-figures-store';
import { contentWrites, deletionWrites, logRevisions } from '../revision-log';
import { fromStored, toStored } from '../stored-partner';

/**
 * Deleting a partner and undoing it: everything that belongs to the partner goes with it, each
 * with a tombstone and a deletion revision, and comes back exactly, with the same ids. Kept apart
 * from PartnerRepo, which reports the writes once they commit.
 */

/** Everything a delete removed, kept so that the delete can be undone exactly. */
export interface DeletedPartner {
  partner: Partner;
  contacts: Contact[];
  activities: Activity[];
  partnerPlans: PartnerPlan[];
  investments: Investment[];
  metricEntries: MetricEntry[];
  qbrs: Qbr[];
  /** Its dated stage and tier changes. */
  partnerChanges: PartnerChange[];
}

// The tables whose records belong to a partner by `partnerId` and go with it.
const OWNED = [
  'contacts',
  'activities',
  'partnerPlans',
  'investments',
  'metricEntries',
  'qbrs',
  'partnerChanges',
] as const;

/** Tombstones for records deleted now, so that the deletion travels in files and merges. */
export function tombstones(
  table: TombstoneTable,
  ids: readonly string[],
  deletedAt: string,
): Tombstone[] {
  return ids.map((id) => ({ id, table, deletedAt }));
}

const ownedTables = (db: WorkbookDatabase) => OWNED.map((name) => db.table(name));

// The partner, what it owns and what is derived from that: its figures and activity counts.
const derivedTables = (db: WorkbookDatabase) => [
  db.partners,
  ...ownedTables(db),
  db.partnerFigures,
  db.activityCounts,
];

/** Deletes a partner and what belongs to it, in one transaction; undefined when it is gone. */
export function removePartner(
  db: WorkbookDatabase,
  id: string,
): Promise<DeletedPartner | undefined> {
  const tables = [...derivedTables(db), db.tombstones, db.revisions];
  return db.transaction('rw', tables, async () => {
    const stored = await db.partners.get(id);
    if (!stored) return undefined;
    const removed: DeletedPartner = {
      partner: fromStored(stored),
      contacts: await db.contacts.where('partnerId').equals(id).toArray(),
      activities: await db.activities.where('partnerId').equals(id).toArray(),
      partnerPlans: await db.partnerPlans.where('partnerId').equals(id).toArray(),
      investments: await db.investments.where('partnerId').equals(id).toArray(),
      metricEntries: await db.metricEntries.where('partnerId').equals(id).toArray(),
      qbrs: await db.qbrs.where('partnerId').equals(id).toArray(),
      partnerChanges: await db.partnerChanges.where('partnerId').equals(id).toArray(),
    };
    const now = nowIso();
    for (const table of ownedTables(db)) await table.where('partnerId').equals(id).delete();
    // The dashboard's derived figures go too (they are rebuilt on undo, never restored).
    await db.partnerFigures.delete(id);
    await db.activityCounts.where('partnerId').equals(id).delete();
    await db.partners.delete(id);
    await db.tombstones.bulkPut([
      ...tombstones('partners', [id], now),
      ...OWNED.flatMap((table) =>
        tombstones(
          table,
          removed[table].map((record) => record.id),
          now,
        ),
      ),
    ]);
    await logRevisions(db, [
      ...deletionWrites('partners', [removed.partner]),
      ...OWNED.flatMap((table) => deletionWrites(table, removed[table])),
    ]);
    return removed;
  });
}

/** Puts back exactly what a delete removed and lifts the tombstones, in one transaction. */
export function restorePartner(db: WorkbookDatabase, deleted: DeletedPartner): Promise<void> {
  const tables = [...derivedTables(db), db.tombstones, db.revisions];
  return db.transaction('rw', tables, async () => {
    await db.partners.put(toStored(deleted.partner));
    for (const table of OWNED) await db.table(table).bulkPut(deleted[table]);
    await refreshPartnerFigures(figureTables(db), [deleted.partner.id]);
    await refreshPartnerCounts(countTables(db), [deleted.partner.id]);
    await db.tombstones.bulkDelete([
      deleted.partner.id,
      ...OWNED.flatMap((table) => deleted[table].map((record) => record.id)),
    ]);
    await logRevisions(db, [
      ...contentWrites('partners', [deleted.partner]),
      ...OWNED.flatMap((table) => contentWrites(table, deleted[table])),
    ]);
  });
}
