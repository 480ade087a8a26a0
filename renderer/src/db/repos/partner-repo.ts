import type { Activity } from '../../../../shared/domain/activity';
import type { Contact, Partner } from '../../../../shared/domain/partner';
import { validatePartnerWithContacts } from '../../../../shared/domain/partner-validation';
import type { Tombstone, TombstoneTable } from '../../../../shared/domain/tombstone';
import type { Validated } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { newId, nowIso } from '../ids';
import { trackWrite } from '../pending-writes';
import { fromStored, toStored } from '../stored-partner';

/** Everything a delete removed, kept so that the delete can be undone exactly. */
export interface DeletedPartner {
  partner: Partner;
  contacts: Contact[];
  activities: Activity[];
}

// Tombstones for records deleted now, so that the deletion travels in files and merges.
function tombstones(table: TombstoneTable, ids: readonly string[], deletedAt: string): Tombstone[] {
  return ids.map((id) => ({ id, table, deletedAt }));
}

/**
 * All reads and writes of single partners and their contacts; table rows are in PartnerRowRepo.
 * Every delete leaves a tombstone in the same transaction, and undoing it removes them again.
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
    const write = this.db.transaction('rw', this.db.partners, this.db.contacts, async () => {
      await this.db.partners.add(toStored(partner));
      await this.db.contacts.bulkAdd(rows);
    });
    await this.committed(write, () => [partner.id]);
    return { ok: true, value: partner };
  }

  /**
   * Validates and replaces a partner's fields and its contact list in one transaction: contacts
   * missing from the list are removed. Nothing is written when anything is invalid.
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
    const write = db.transaction('rw', db.partners, db.contacts, graves, async () => {
      const existing = await this.db.partners.get(id);
      if (!existing) return undefined;
      const now = nowIso();
      const partner: Partner = {
        ...checked.value.partner,
        id,
        createdAt: existing.createdAt,
        updatedAt: now,
      };
      await this.db.partners.put(toStored(partner));
      const previous = await this.db.contacts.where('partnerId').equals(id).toArray();
      const created = new Map(previous.map((contact) => [contact.id, contact.createdAt]));
      const keep = new Set(checked.value.contacts.map((contact) => contact.id));
      const removed = previous.filter((c) => !keep.has(c.id)).map((c) => c.id);
      await this.db.contacts.bulkDelete(removed);
      await graves.bulkPut(tombstones('contacts', removed, now));
      // A contact put back (say, after undoing its removal in the form) is no longer deleted.
      await graves.bulkDelete([...keep]);
      await this.db.contacts.bulkPut(
        checked.value.contacts.map((contact): Contact => ({
          ...contact,
          createdAt: created.get(contact.id) ?? now,
          updatedAt: now,
          partnerId: id,
        })),
      );
      return partner;
    });
    const partner = await this.committed(write, () => [id]);
    return partner
      ? { ok: true, value: partner }
      : { ok: false, errors: { _: 'This partner no longer exists; it may have been deleted.' } };
  }

  /**
   * Writes many already-validated partners and contacts in one transaction: all or nothing.
   * Importers validate the whole file first; this is their write, and the benchmark's.
   */
  putMany(
    partners: readonly Partner[],
    contacts: readonly Contact[] = [],
    activities: readonly Activity[] = [],
  ): Promise<void> {
    const { db } = this;
    const write = db.transaction('rw', db.partners, db.contacts, db.activities, async () => {
      await db.partners.bulkPut(partners.map(toStored));
      if (contacts.length > 0) await db.contacts.bulkPut(contacts);
      if (activities.length > 0) await db.activities.bulkPut(activities);
    });
    return this.committed(write, () => partners.map((p) => p.id));
  }

  /**
   * Deletes a partner with its contacts and activities, leaving a tombstone for each, and returns
   * what was removed for undo.
   */
  remove(id: string): Promise<DeletedPartner | undefined> {
    const { partners, contacts, activities, tombstones: graves } = this.db;
    const write = this.db.transaction('rw', partners, contacts, activities, graves, async () => {
      const stored = await partners.get(id);
      if (!stored) return undefined;
      const removed: DeletedPartner = {
        partner: fromStored(stored),
        contacts: await contacts.where('partnerId').equals(id).toArray(),
        activities: await activities.where('partnerId').equals(id).toArray(),
      };
      const now = nowIso();
      await contacts.where('partnerId').equals(id).delete();
      await activities.where('partnerId').equals(id).delete();
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
      ]);
      return removed;
    });
    return this.committed(write, () => [id]);
  }

  /** Puts back exactly what a delete removed, with the same ids, and lifts their tombstones. */
  restore(deleted: DeletedPartner): Promise<void> {
    const { partners, contacts, activities, tombstones: graves } = this.db;
    const write = this.db.transaction('rw', partners, contacts, activities, graves, async () => {
      await partners.put(toStored(deleted.partner));
      await contacts.bulkPut(deleted.contacts);
      await activities.bulkPut(deleted.activities);
      await graves.bulkDelete([
        deleted.partner.id,
        ...deleted.contacts.map((contact) => contact.id),
        ...deleted.activities.map((activity) => activity.id),
      ]);
    });
    return this.committed(write, () => [deleted.partner.id]);
  }
}
