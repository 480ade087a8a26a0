import type { Activity } from '../../../../shared/domain/activity';
import type { Contact, Partner } from '../../../../shared/domain/partner';
import { validatePartnerWithContacts } from '../../../../shared/domain/partner-validation';
import type { Investment } from '../../../../shared/domain/strategy/investment';
import type { MetricEntry } from '../../../../shared/domain/strategy/metric';
import type { PartnerPlan } from '../../../../shared/domain/strategy/partner-plan';
import type { Qbr } from '../../../../shared/domain/templates/qbr';
import type { Tombstone, TombstoneTable } from '../../../../shared/domain/tombstone';
import type { Validated } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { figureTables, refreshPartnerFigures } from '../partner-figures-store';
import { newId, nowIso } from '../ids';
import { trackWrite } from '../pending-writes';
import { contentWrites, deletionWrites, logRevisions, sameApartFromTimes } from '../revision-log';
import { fromStored, toStored } from '../stored-partner';

/** Everything a delete removed, kept so that the delete can be undone exactly. */
export interface DeletedPartner {
  partner: Partner;
  contacts: Contact[];
  activities: Activity[];
  partnerPlans: PartnerPlan[];
  investments: Investment[];
  metricEntries: MetricEntry[];
  qbrs: Qbr[];
}

// The strategy tables whose records belong to a partner and go with it.
const OWNED = ['partnerPlans', 'investments', 'metricEntries', 'qbrs'] as const;

// Tombstones for records deleted now, so that the deletion travels in files and merges.
function tombstones(table: TombstoneTable, ids: readonly string[], deletedAt: string): Tombstone[] {
  return ids.map((id) => ({ id, table, deletedAt }));
}

/**
 * All reads and writes of single partners and their contacts; table rows are in PartnerRowRepo.
 * Every delete leaves a tombstone in the same transaction, and undoing it removes them again;
 * every write logs the revisions of what it wrote (revision-log.ts), for merges.
 */
export class PartnerRepo {
  constructor(
    private readonly db: WorkbookDatabase,
    private readonly feed: ChangeFeed,
  ) {}

  /** How many partners the workbook holds. */
  count(): Promise<number> {
    return this.db.partners.count();
  }

  /** One partner, or undefined. */
  async get(id: string): Promise<Partner | undefined> {
    const stored = await this.db.partners.get(id);
    return stored && fromStored(stored);
  }

  /** A partner's contacts, by name. */
  contactsOf(partnerId: string): Promise<Contact[]> {
    return this.db.contacts.where('partnerId').equals(partnerId).sortBy('name');
  }

  // Reports the write once it has committed, so that views never show what was rolled back.
  private async committed<T>(write: Promise<T>, ids: () => readonly string[]): Promise<T> {
    const result = await trackWrite(write);
    const changed = ids();
    if (changed.length > 0) this.feed.emit({ table: 'partners', ids: changed });
    return result;
  }

  /** Validates and creates a partner with its contacts; nothing is written when anything is invalid. */
  async create(fields: unknown, contacts: readonly unknown[] = []): Promise<Validated<Partner>> {
    const checked = validatePartnerWithContacts(fields, contacts);
    if (!checked.ok) return checked;
    const now = nowIso();
    const partner: Partner = {
      ...checked.value.partner,
      id: newId(),
      createdAt: now,
      updatedAt: now,
    };
    // Keys in the order of the schema, which workbook files use.
    const rows = checked.value.contacts.map((contact): Contact => ({
      ...contact,
      createdAt: now,
      updatedAt: now,
      partnerId: partner.id,
    }));
    const { db } = this;
    const write = db.transaction('rw', db.partners, db.contacts, db.revisions, async () => {
      await db.partners.add(toStored(partner));
      await db.contacts.bulkAdd(rows);
      await logRevisions(db, [
        ...contentWrites('partners', [partner]),
        ...contentWrites('contacts', rows),
      ]);
    });
    await this.committed(write, () => [partner.id]);
    return { ok: true, value: partner };
  }

  /**
   * Validates and replaces a partner's fields and its contact list in one transaction: contacts
   * missing from the list are removed. Nothing is written when anything is invalid, and nothing
   * when nothing changed; contacts that did not change are left as they were (a merge would
   * otherwise see them changed on this side).
   */
  async update(
    id: string,
    fields: unknown,
    contacts: readonly unknown[],
  ): Promise<Validated<Partner>> {
    const checked = validatePartnerWithContacts(fields, contacts);
    if (!checked.ok) return checked;
    const { db } = this;
    const graves = db.tombstones;
    const write = db.transaction('rw', db.partners, db.contacts, graves, db.revisions, async () => {
      const existing = await db.partners.get(id);
      if (!existing) return undefined;
      const now = nowIso();
      const partner: Partner = {
        ...checked.value.partner,
        id,
        createdAt: existing.createdAt,
        updatedAt: now,
      };
      const previous = await db.contacts.where('partnerId').equals(id).toArray();
      const before = new Map(previous.map((contact) => [contact.id, contact]));
      const keep = new Set(checked.value.contacts.map((contact) => contact.id));
      const gone = previous.filter((c) => !keep.has(c.id));
      const removed = gone.map((c) => c.id);
      const changed = checked.value.contacts
        .map((contact): Contact => ({
          ...contact,
          createdAt: before.get(contact.id)?.createdAt ?? now,
          updatedAt: now,
          partnerId: id,
        }))
        .filter((contact) => {
          const old = before.get(contact.id);
          return !old || !sameApartFromTimes(old, contact);
        });
      const current = fromStored(existing);
      if (removed.length === 0 && changed.length === 0 && sameApartFromTimes(current, partner)) {
        return current;
      }
      await db.partners.put(toStored(partner));
      await db.contacts.bulkDelete(removed);
      await graves.bulkPut(tombstones('contacts', removed, now));
      // A contact put back (say, after undoing its removal in the form) is no longer deleted.
      await graves.bulkDelete([...keep]);
      await db.contacts.bulkPut(changed);
      await logRevisions(db, [
        ...contentWrites('partners', [partner], () => current),
        ...deletionWrites('contacts', gone),
        ...contentWrites('contacts', changed, (contactId) => before.get(contactId)),
      ]);
      return partner;
    });
    const partner = await this.committed(write, () => [id]);
    return partner
      ? { ok: true, value: partner }
      : { ok: false, errors: { _: 'This partner no longer exists; it may have been deleted.' } };
  }

  /**
   * Writes many already-validated partners and contacts in one transaction: all or nothing.
   * Importers validate the whole file first; this is their write, and the benchmark's. For
   * records under new ids (the sample workbook, a seed): it logs no revisions.
   */
  putMany(
    partners: readonly Partner[],
    contacts: readonly Contact[] = [],
    activities: readonly Activity[] = [],
  ): Promise<void> {
    const { db } = this;
    // Records under new ids log no revisions: their first is derived from their content when
    // needed (see revision-log.ts), which keeps this bulk write as fast as a raw one.
    const write = db.transaction('rw', db.partners, db.contacts, db.activities, async () => {
      await db.partners.bulkPut(partners.map(toStored));
      if (contacts.length > 0) await db.contacts.bulkPut(contacts);
      if (activities.length > 0) await db.activities.bulkPut(activities);
    });
    return this.committed(write, () => partners.map((p) => p.id));
  }

  /**
   * Deletes a partner with its contacts, activities, plans, investments, metric entries and QBRs,
   * leaving a tombstone for each, and returns what was removed for undo.
   */
  remove(id: string): Promise<DeletedPartner | undefined> {
    const { partners, contacts, activities, tombstones: graves, revisions } = this.db;
    const { partnerPlans, investments, metricEntries, qbrs } = this.db;
    const owned = [partnerPlans, investments, metricEntries, qbrs];
    const figures = this.db.partnerFigures;
    const tables = [partners, contacts, activities, ...owned, figures, graves, revisions];
    const write = this.db.transaction('rw', tables, async () => {
      const stored = await partners.get(id);
      if (!stored) return undefined;
      const removed: DeletedPartner = {
        partner: fromStored(stored),
        contacts: await contacts.where('partnerId').equals(id).toArray(),
        activities: await activities.where('partnerId').equals(id).toArray(),
        partnerPlans: await partnerPlans.where('partnerId').equals(id).toArray(),
        investments: await investments.where('partnerId').equals(id).toArray(),
        metricEntries: await metricEntries.where('partnerId').equals(id).toArray(),
        qbrs: await qbrs.where('partnerId').equals(id).toArray(),
      };
      const now = nowIso();
      await contacts.where('partnerId').equals(id).delete();
      await activities.where('partnerId').equals(id).delete();
      for (const table of owned) await table.where('partnerId').equals(id).delete();
      await figures.delete(id);
      await partners.delete(id);
      await graves.bulkPut([
        ...tombstones('partners', [id], now),
        ...tombstones(
          'contacts',
          removed.contacts.map((contact) => contact.id),
          now,
        ),
        ...tombstones(
          'activities',
          removed.activities.map((activity) => activity.id),
          now,
        ),
        ...OWNED.flatMap((table) =>
          tombstones(
            table,
            removed[table].map((record) => record.id),
            now,
          ),
        ),
      ]);
      await logRevisions(this.db, [
        ...deletionWrites('partners', [removed.partner]),
        ...deletionWrites('contacts', removed.contacts),
        ...deletionWrites('activities', removed.activities),
        ...OWNED.flatMap((table) => deletionWrites(table, removed[table])),
      ]);
      return removed;
    });
    return this.committed(write, () => [id]);
  }

  /** Puts back exactly what a delete removed, with the same ids, and lifts their tombstones. */
  restore(deleted: DeletedPartner): Promise<void> {
    const { partners, contacts, activities, tombstones: graves, revisions } = this.db;
    const { partnerPlans, investments, metricEntries, qbrs } = this.db;
    const owned = [partnerPlans, investments, metricEntries, qbrs];
    const figures = this.db.partnerFigures;
    const tables = [partners, contacts, activities, ...owned, figures, graves, revisions];
    const write = this.db.transaction('rw', tables, async () => {
      await partners.put(toStored(deleted.partner));
      await contacts.bulkPut(deleted.contacts);
      await activities.bulkPut(deleted.activities);
      await partnerPlans.bulkPut(deleted.partnerPlans);
      await investments.bulkPut(deleted.investments);
      await metricEntries.bulkPut(deleted.metricEntries);
      await refreshPartnerFigures(figureTables(this.db), [deleted.partner.id]);
      await qbrs.bulkPut(deleted.qbrs);
      await graves.bulkDelete([
        deleted.partner.id,
        ...deleted.contacts.map((contact) => contact.id),
        ...deleted.activities.map((activity) => activity.id),
        ...OWNED.flatMap((table) => deleted[table].map((record) => record.id)),
      ]);
      await logRevisions(this.db, [
        ...contentWrites('partners', [deleted.partner]),
        ...contentWrites('contacts', deleted.contacts),
        ...contentWrites('activities', deleted.activities),
        ...OWNED.flatMap((table) => contentWrites(table, deleted[table])),
      ]);
    });
    return this.committed(write, () => [deleted.partner.id]);
  }
}
