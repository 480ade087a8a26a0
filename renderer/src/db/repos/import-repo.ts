import type { Contact, Partner, PartnerFields } from '../../../../shared/domain/partner';
import { partnerInputSchema } from '../../../../shared/domain/partner';
import { validate } from '../../../../shared/domain/validation';
import {
  contactChanges,
  mergePartner,
  samePartnerFields,
} from '../../../../shared/files/tabular/merge-fields';
import type {
  ExistingPartner,
  ImportPlan,
  PlannedUpdate,
} from '../../../../shared/files/tabular/match';
import type { ImportContact } from '../../../../shared/files/tabular/partner-rows';
import type { ImportProgress } from '../../../../shared/files/tabular/raw-table';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { newId, nowIso } from '../ids';
import { trackWrite } from '../pending-writes';
import { fromStored, toStored, type StoredPartner } from '../stored-partner';

/** What an import wrote. */
export interface ImportOutcome {
  /** Ids of the partners created. */
  created: string[];
  /** Ids of the existing partners that changed. */
  updated: string[];
  /** Matched partners the file had nothing new for (left as they were). */
  unchanged: number;
}

/** Options of {@link ImportRepo.applyImport}. */
export interface ApplyOptions {
  /** Called after each batch with partners written so far (created and updated). */
  onProgress?: (progress: ImportProgress) => void;
  /** Partners written per batch (default 2,000); all batches share one transaction. */
  batchSize?: number;
}

/** An import that was refused or rolled back; the message is fit to show the user. */
export class ImportFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFailedError';
  }
}

// A stored partner's editable fields, for merging imported values into.
function fieldsOf(stored: StoredPartner): PartnerFields {
  const { id, createdAt, updatedAt, ...fields } = fromStored(stored);
  return fields;
}

/**
 * Writes a planned import (see shared/files/tabular/match.ts): every create and update in one
 * transaction, so that a failure or a cancel leaves the workbook exactly as it was.
 */
export class ImportRepo {
  constructor(
    private readonly db: WorkbookDatabase,
    private readonly feed: ChangeFeed,
  ) {}

  /** The id, name and website of every partner, for matching imported rows. */
  async existingForMatching(): Promise<ExistingPartner[]> {
    const existing: ExistingPartner[] = [];
    await this.db.partners.each((partner) => {
      existing.push(
        partner.website === undefined
          ? { id: partner.id, name: partner.name }
          : { id: partner.id, name: partner.name, website: partner.website },
      );
    });
    return existing;
  }

  /**
   * Creates and updates the partners of a plan (with their contacts) in one transaction, then
   * reports the changed partners on the change feed. Rejects with {@link ImportFailedError},
   * writing nothing, when the plan is not ready or a matched partner has gone or cannot take
   * the imported values.
   */
  async applyImport(plan: ImportPlan, options: ApplyOptions = {}): Promise<ImportOutcome> {
    if (!plan.ready) throw new ImportFailedError(plan.blockedReason ?? 'The import is not ready.');
    const { db } = this;
    const batchSize = Math.max(1, options.batchSize ?? 2_000);
    const total = plan.create.length + plan.update.length;
    const outcome: ImportOutcome = { created: [], updated: [], unchanged: 0 };
    const now = nowIso();
    const report = () =>
      options.onProgress?.({
        done: outcome.created.length + outcome.updated.length + outcome.unchanged,
        total,
      });
    const write = db.transaction('rw', db.partners, db.contacts, async () => {
      for (let start = 0; start < plan.create.length; start += batchSize) {
        const partners: StoredPartner[] = [];
        const contacts: Contact[] = [];
        for (const create of plan.create.slice(start, start + batchSize)) {
          const partner: Partner = {
            ...create.partner,
            id: newId(),
            createdAt: now,
            updatedAt: now,
          };
          partners.push(toStored(partner));
          contacts.push(...create.contacts.map((contact) => newContact(contact, partner.id, now)));
          outcome.created.push(partner.id);
        }
        await db.partners.bulkAdd(partners);
        await db.contacts.bulkAdd(contacts);
        report();
      }
      for (let start = 0; start < plan.update.length; start += batchSize) {
        await this.updateBatch(plan.update.slice(start, start + batchSize), now, outcome);
        report();
      }
    });
    await trackWrite(write);
    const changed = [...outcome.created, ...outcome.updated];
    if (changed.length > 0) this.feed.emit({ table: 'partners', ids: changed });
    return outcome;
  }

  private async updateBatch(
    updates: readonly PlannedUpdate[],
    now: string,
    outcome: ImportOutcome,
  ): Promise<void> {
    const { db } = this;
    const ids = updates.map((update) => update.id);
    const stored = await db.partners.bulkGet(ids);
    const contacts = await db.contacts.where('partnerId').anyOf(ids).toArray();
    const partners: StoredPartner[] = [];
    const contactWrites: Contact[] = [];
    updates.forEach((update, index) => {
      const current = stored[index];
      if (!current) {
        throw new ImportFailedError(
          `“${update.existingName}” (row ${update.rows[0] ?? ''}) was deleted while the import was prepared. Nothing was imported; try again.`,
        );
      }
      const fields = mergedFields(update, fieldsOf(current));
      const own = contacts.filter((contact) => contact.partnerId === update.id);
      const changes = contactChanges(own, update.contacts);
      const contactsChanged = changes.add.length > 0 || changes.update.length > 0;
      if (samePartnerFields(fieldsOf(current), fields) && !contactsChanged) {
        outcome.unchanged += 1;
        return;
      }
      partners.push(
        toStored({ ...fields, id: update.id, createdAt: current.createdAt, updatedAt: now }),
      );
      contactWrites.push(...changes.update.map((contact) => ({ ...contact, updatedAt: now })));
      contactWrites.push(...changes.add.map((contact) => newContact(contact, update.id, now)));
      outcome.updated.push(update.id);
    });
    await db.partners.bulkPut(partners);
    await db.contacts.bulkPut(contactWrites);
  }
}

// The stored partner with the imported values merged in, checked by the partner schema again:
// the merge may break a rule neither side breaks alone (more than 30 tags, notes too long).
function mergedFields(update: PlannedUpdate, current: PartnerFields): PartnerFields {
  const checked = validate(partnerInputSchema, mergePartner(current, update.patch));
  if (checked.ok) return checked.value;
  const message = Object.values(checked.errors)[0] ?? 'The values do not fit.';
  throw new ImportFailedError(
    `Row ${update.rows[0] ?? ''} cannot update “${update.existingName}”: ${message} Nothing was imported.`,
  );
}

function newContact(contact: ImportContact, partnerId: string, now: string): Contact {
  return { ...contact, id: newId(), partnerId, createdAt: now, updatedAt: now };
}
