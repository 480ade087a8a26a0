import type { Activity } from '../../../../shared/domain/activity';
import type { Contact, Partner } from '../../../../shared/domain/partner';
import type { PartnerChange } from '../../../../shared/domain/partner-change';
import type { Ask } from '../../../../shared/domain/people/ask';
import type { IntelligenceEntry } from '../../../../shared/domain/people/intelligence';
import type { Stakeholder } from '../../../../shared/domain/people/stakeholder';
import type { Decision, Feedback } from '../../../../shared/domain/people/voice';
import type { Investment } from '../../../../shared/domain/strategy/investment';
import type { MetricEntry } from '../../../../shared/domain/strategy/metric';
import type { PartnerPlan } from '../../../../shared/domain/strategy/partner-plan';
import type { Qbr } from '../../../../shared/domain/templates/qbr';
import type { Tombstone, TombstoneTable } from '../../../../shared/domain/tombstone';
import type { WorkbookDatabase } from '../database';
import { nowIso } from '../ids';
import { countTables, refreshPartnerCounts } from '../activity-counts-store';
import { figureTables, refreshPartnerFigures } from '../partner-figures-store';
import { storeFirstChanges } from '../partner-change-log';
import { contentWrites, deletionWrites, logRevisions, sameApartFromTimes } from '../revision-log';
import { fromStored, toStored } from '../stored-partner';
import { recordedWrite } from '../undo/recorded-write';
import { changeLabel } from '../../../../shared/domain/undo-label';

/**
 * Deleting a partner and undoing it: everything that belongs to the partner goes with it, each
 * with a tombstone and a deletion revision, and comes back exactly, with the same ids. That is
 * its contacts, activities, strategy records, QBRs, stage and tier changes and intelligence, and
 * the feedback, decisions and asks that name it. Stakeholders outlive it: each that listed the
 * partner loses it from its list (an update with a revision), and undo puts it back in its
 * place. Kept apart from PartnerRepo, which reports the writes once they commit.
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
  intelligenceEntries: IntelligenceEntry[];
  /** Feedback, decisions and asks that named the partner. */
  feedback: Feedback[];
  decisions: Decision[];
  asks: Ask[];
  /** The stakeholders that listed the partner, as they were before it was taken off the lists. */
  stakeholders: Stakeholder[];
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
  'intelligenceEntries',
  'feedback',
  'decisions',
  'asks',
] as const;

/** The people tables a partner's delete and its undo change, for reporting the change. */
export const PEOPLE_FOLLOWERS = [
  'intelligenceEntries',
  'feedback',
  'decisions',
  'asks',
  'stakeholders',
] as const;

/** Tombstones for records deleted now, so that the deletion travels in files and merges. */
export function tombstones(
  table: TombstoneTable,
  ids: readonly string[],
  deletedAt: string,
): Tombstone[] {
  return ids.map((id) => ({ id, table, deletedAt }));
}

const ownedTables = (db: WorkbookDatabase) => [
  ...OWNED.map((name) => db.table(name)),
  db.stakeholders,
];

// The stakeholder without the partner on its list.
const withoutPartner = (stakeholder: Stakeholder, partnerId: string, now: string): Stakeholder => ({
  ...stakeholder,
  partnerIds: stakeholder.partnerIds.filter((id) => id !== partnerId),
  updatedAt: now,
});

// The stakeholder as it is now with the partner back on its list: the version from before the
// delete when nothing else changed since, else the current one with the partner back in place.
function withPartnerBack(
  current: Stakeholder,
  before: Stakeholder,
  partnerId: string,
  now: string,
): Stakeholder | undefined {
  if (current.partnerIds.includes(partnerId)) return undefined;
  if (sameApartFromTimes(withoutPartner(before, partnerId, current.updatedAt), current)) {
    return before;
  }
  const at = Math.min(before.partnerIds.indexOf(partnerId), current.partnerIds.length);
  const partnerIds = [...current.partnerIds];
  partnerIds.splice(at < 0 ? partnerIds.length : at, 0, partnerId);
  return { ...current, partnerIds, updatedAt: now };
}

// The partner, what it owns and what is derived from that: its figures and activity counts.
const derivedTables = (db: WorkbookDatabase) => [
  db.partners,
  ...ownedTables(db),
  db.partnerFigures,
  db.activityCounts,
];

/**
 * Deletes a partner and what belongs to it, in one transaction; undefined when it is gone. Its
 * derived first stage and tier records (shared/domain/first-changes.ts) go with it as stored
 * ones do: they are stored first, in a transaction of their own (which changes nothing anyone
 * reads), so that the delete removes and tombstones them and its undo puts them back.
 */
export async function removePartner(
  db: WorkbookDatabase,
  id: string,
): Promise<DeletedPartner | undefined> {
  await storeFirstChanges(db, [id]);
  const tables = [...derivedTables(db), db.tombstones, db.revisions];
  let label = changeLabel('Delete', 'partners');
  return recordedWrite(
    db,
    () => label,
    tables,
    async () => {
      const stored = await db.partners.get(id);
      if (!stored) return undefined;
      label = changeLabel('Delete', 'partners', 1, stored.name);
      const removed: DeletedPartner = {
        partner: fromStored(stored),
        contacts: await db.contacts.where('partnerId').equals(id).toArray(),
        activities: await db.activities.where('partnerId').equals(id).toArray(),
        partnerPlans: await db.partnerPlans.where('partnerId').equals(id).toArray(),
        investments: await db.investments.where('partnerId').equals(id).toArray(),
        metricEntries: await db.metricEntries.where('partnerId').equals(id).toArray(),
        qbrs: await db.qbrs.where('partnerId').equals(id).toArray(),
        partnerChanges: await db.partnerChanges.where('partnerId').equals(id).toArray(),
        intelligenceEntries: await db.intelligenceEntries.where('partnerId').equals(id).toArray(),
        feedback: await db.feedback.where('partnerId').equals(id).toArray(),
        decisions: await db.decisions.where('partnerId').equals(id).toArray(),
        asks: await db.asks.where('partnerId').equals(id).toArray(),
        stakeholders: await db.stakeholders.where('partnerIds').equals(id).toArray(),
      };
      const now = nowIso();
      for (const table of OWNED) await db.table(table).where('partnerId').equals(id).delete();
      const stakeholders = removed.stakeholders.map((item) => withoutPartner(item, id, now));
      await db.stakeholders.bulkPut(stakeholders);
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
        ...contentWrites('stakeholders', stakeholders),
      ]);
      return removed;
    },
  );
}

/** Puts back exactly what a delete removed and lifts the tombstones, in one transaction. */
export function restorePartner(db: WorkbookDatabase, deleted: DeletedPartner): Promise<void> {
  const tables = [...derivedTables(db), db.tombstones, db.revisions];
  const label = changeLabel('Restore', 'partners', 1, deleted.partner.name);
  return recordedWrite(db, label, tables, async () => {
    await db.partners.put(toStored(deleted.partner));
    for (const table of OWNED) await db.table(table).bulkPut(deleted[table]);
    await refreshPartnerFigures(figureTables(db), [deleted.partner.id]);
    await refreshPartnerCounts(countTables(db), [deleted.partner.id]);
    await db.tombstones.bulkDelete([
      deleted.partner.id,
      ...OWNED.flatMap((table) => deleted[table].map((record) => record.id)),
    ]);
    // A stakeholder deleted since stays deleted.
    const now = nowIso();
    const current = await db.stakeholders.bulkGet(deleted.stakeholders.map((item) => item.id));
    const stakeholders = deleted.stakeholders.flatMap((before, index) => {
      const stakeholder = current[index];
      return stakeholder
        ? (withPartnerBack(stakeholder, before, deleted.partner.id, now) ?? [])
        : [];
    });
    await db.stakeholders.bulkPut(stakeholders);
    await logRevisions(db, [
      ...contentWrites('partners', [deleted.partner]),
      ...OWNED.flatMap((table) => contentWrites(table, deleted[table])),
      ...contentWrites('stakeholders', stakeholders),
    ]);
  });
}
