import type { Activity } from '../../../../shared/domain/activity';
import { countsKeyOf } from '../../../../shared/domain/people/activity-counts';
import type { Contact, Partner } from '../../../../shared/domain/partner';
import { validatePartnerWithContacts } from '../../../../shared/domain/partner-validation';
import type { Validated } from '../../../../shared/domain/validation';
import { countTables, refreshActivityCounts } from '../activity-counts-store';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { newId, nowIso } from '../ids';
import { trackWrite } from '../pending-writes';
import { logStageTierChanges } from '../partner-change-log';
import { contentWrites, deletionWrites, logRevisions, sameApartFromTimes } from '../revision-log';
import { fromStored, toStored } from '../stored-partner';
import { recordedWrite } from '../undo/recorded-write';
import { changeLabel } from '../../../../shared/domain/undo-label';
import {
  PEOPLE_FOLLOWERS,
  removePartner,
  restorePartner,
  tombstones,
  type DeletedPartner,
} from './partner-removal';

export type { DeletedPartner } from './partner-removal';

/**
 * All reads and writes of single partners and their contacts; table rows are in PartnerRowRepo.
 * Every delete leaves a tombstone in the same transaction, and undoing it removes them again;
 * every write logs the revisions of what it wrote (revision-log.ts), for merges. Single-partner
 * writes are user changes, recorded for undo; `putMany` (imports, the sample) is not.
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

  /**
   * Whether the workbook holds any partner. Reads at most one key: IndexedDB counts by walking
   * every record, which takes most of a second at 100,000 partners and holds up every read
   * queued behind it (the partners table's first rows among them).
   */
  async hasAny(): Promise<boolean> {
    return (await this.db.partners.limit(1).primaryKeys()).length > 0;
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
    const tables = [db.partners, db.contacts, db.partnerChanges, db.revisions];
    const label = changeLabel('Add', 'partners', 1, partner.name);
    const write = recordedWrite(db, label, tables, async () => {
      await db.partners.add(toStored(partner));
      await db.contacts.bulkAdd(rows);
      await logStageTierChanges(db, [{ before: undefined, after: partner }], now);
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
    const tables = [db.partners, db.contacts, graves, db.partnerChanges, db.revisions];
    let label = changeLabel('Edit', 'partners');
    const write = recordedWrite(
      db,
      () => label,
      tables,
      async () => {
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
        label =
          current.name === partner.name
            ? changeLabel('Edit', 'partners', 1, partner.name)
            : `Rename partner to “${partner.name}”`;
        if (removed.length === 0 && changed.length === 0 && sameApartFromTimes(current, partner)) {
          return current;
        }
        await db.partners.put(toStored(partner));
        await logStageTierChanges(db, [{ before: current, after: partner }], now);
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
      },
    );
    const partner = await this.committed(write, () => [id]);
    return partner
      ? { ok: true, value: partner }
      : { ok: false, errors: { _: 'This partner no longer exists; it may have been deleted.' } };
  }

  /**
   * Writes many already-validated partners and contacts in one transaction: all or nothing.
   * Importers validate the whole file first; this is their write, and the benchmark's. For
   * records under new ids (the sample workbook, a seed): it logs no revisions, and stores no
   * stage or tier records: a new partner's first ones are derived from it where its history is
   * read (shared/domain/first-changes.ts), and stored only before its first change.
   */
  putMany(
    partners: readonly Partner[],
    contacts: readonly Contact[] = [],
    activities: readonly Activity[] = [],
  ): Promise<void> {
    const { db } = this;
    // Records under new ids log no revisions: their first is derived from their content when
    // needed (see revision-log.ts), which keeps this bulk write as fast as a raw one.
    const tables = [db.partners, db.contacts, db.activities, db.activityCounts];
    const write = db.transaction('rw', tables, async () => {
      await db.partners.bulkPut(partners.map(toStored));
      if (contacts.length > 0) await db.contacts.bulkPut(contacts);
      if (activities.length > 0) {
        await db.activities.bulkPut(activities);
        await refreshActivityCounts(countTables(db), activities.map(countsKeyOf));
      }
    });
    return this.committed(write, () => partners.map((p) => p.id));
  }

  /**
   * Deletes a partner with everything that belongs to it (partner-removal.ts), leaving a
   * tombstone for each, and returns what was removed for undo.
   */
  async remove(id: string): Promise<DeletedPartner | undefined> {
    const removed = await this.committed(removePartner(this.db, id), () => [id]);
    if (removed) this.reportPeople(removed);
    return removed;
  }

  /** Puts back exactly what a delete removed, with the same ids, and lifts their tombstones. */
  async restore(deleted: DeletedPartner): Promise<void> {
    await this.committed(restorePartner(this.db, deleted), () => [deleted.partner.id]);
    this.reportPeople(deleted);
  }

  // The people records a delete or its undo touched, for views kept up to date record by record.
  private reportPeople(deleted: DeletedPartner): void {
    for (const table of PEOPLE_FOLLOWERS) {
      const ids = deleted[table].map((record) => record.id);
      if (ids.length > 0) this.feed.emit({ table, ids });
    }
  }
}
