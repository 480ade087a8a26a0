import type { Activity } from '../../../../shared/domain/activity';
import type { Contact, Partner } from '../../../../shared/domain/partner';
import { validatePartnerWithContacts } from '../../../../shared/domain/partner-validation';
import type { Validated } from '../../../../shared/domain/validation';
import type { WorkbookDatabase } from '../database';
import { newId, nowIso } from '../ids';
import { trackWrite } from '../pending-writes';

/** Everything a delete removed, kept so that the delete can be undone exactly. */
export interface DeletedPartner {
  partner: Partner;
  contacts: Contact[];
  activities: Activity[];
}

/** All reads and writes of partners and their contacts. */
export class PartnerRepo {
  constructor(private readonly db: WorkbookDatabase) {}

  /** Every partner, in storage order. */
  listAll(): Promise<Partner[]> {
    return this.db.partners.toArray();
  }

  /** How many partners the workbook holds. */
  count(): Promise<number> {
    return this.db.partners.count();
  }

  /** One partner, or undefined. */
  get(id: string): Promise<Partner | undefined> {
    return this.db.partners.get(id);
  }

  /** A partner's contacts, by name. */
  contactsOf(partnerId: string): Promise<Contact[]> {
    return this.db.contacts.where('partnerId').equals(partnerId).sortBy('name');
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
    const rows = checked.value.contacts.map((contact): Contact => ({
      ...contact,
      partnerId: partner.id,
      createdAt: now,
      updatedAt: now,
    }));
    await trackWrite(
      this.db.transaction('rw', this.db.partners, this.db.contacts, async () => {
        await this.db.partners.add(partner);
        await this.db.contacts.bulkAdd(rows);
      }),
    );
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
    const write = this.db.transaction('rw', this.db.partners, this.db.contacts, async () => {
      const existing = await this.db.partners.get(id);
      if (!existing) return undefined;
      const now = nowIso();
      const partner: Partner = {
        ...checked.value.partner,
        id,
        createdAt: existing.createdAt,
        updatedAt: now,
      };
      await this.db.partners.put(partner);
      const previous = await this.db.contacts.where('partnerId').equals(id).toArray();
      const created = new Map(previous.map((contact) => [contact.id, contact.createdAt]));
      const keep = new Set(checked.value.contacts.map((contact) => contact.id));
      await this.db.contacts.bulkDelete(previous.filter((c) => !keep.has(c.id)).map((c) => c.id));
      await this.db.contacts.bulkPut(
        checked.value.contacts.map((contact): Contact => ({
          ...contact,
          partnerId: id,
          createdAt: created.get(contact.id) ?? now,
          updatedAt: now,
        })),
      );
      return partner;
    });
    const partner = await trackWrite(write);
    return partner
      ? { ok: true, value: partner }
      : { ok: false, errors: { _: 'This partner no longer exists; it may have been deleted.' } };
  }

  /**
   * Writes many already-validated partners and contacts in one transaction: all or nothing.
   * Importers validate the whole file first; this is their write, and the benchmark's.
   */
  putMany(partners: readonly Partner[], contacts: readonly Contact[] = []): Promise<void> {
    return trackWrite(
      this.db.transaction('rw', this.db.partners, this.db.contacts, async () => {
        await this.db.partners.bulkPut(partners);
        if (contacts.length > 0) await this.db.contacts.bulkPut(contacts);
      }),
    );
  }

  /** Deletes a partner with its contacts and activities, returning what was removed for undo. */
  remove(id: string): Promise<DeletedPartner | undefined> {
    const { partners, contacts, activities } = this.db;
    return trackWrite(
      this.db.transaction('rw', partners, contacts, activities, async () => {
        const partner = await partners.get(id);
        if (!partner) return undefined;
        const removed: DeletedPartner = {
          partner,
          contacts: await contacts.where('partnerId').equals(id).toArray(),
          activities: await activities.where('partnerId').equals(id).toArray(),
        };
        await contacts.where('partnerId').equals(id).delete();
        await activities.where('partnerId').equals(id).delete();
        await partners.delete(id);
        return removed;
      }),
    );
  }

  /** Puts back exactly what a delete removed, with the same ids. */
  restore(deleted: DeletedPartner): Promise<void> {
    const { partners, contacts, activities } = this.db;
    return trackWrite(
      this.db.transaction('rw', partners, contacts, activities, async () => {
        await partners.put(deleted.partner);
        await contacts.bulkPut(deleted.contacts);
        await activities.bulkPut(deleted.activities);
      }),
    );
  }
}
