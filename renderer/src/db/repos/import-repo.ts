import type { Contact, Partner } from '../../../../shared/domain/partner';
import {
  createdRecords,
  updatedRecords,
  type ImportStamp,
} from '../../../../shared/files/tabular/apply-import';
import type {
  ExistingPartner,
  ImportPlan,
  PlannedUpdate,
} from '../../../../shared/files/tabular/match';
import type { ImportProgress } from '../../../../shared/files/tabular/raw-table';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { newId, nowIso } from '../ids';
import { trackWrite } from '../pending-writes';
import { logStageTierChanges } from '../partner-change-log';
import { contentWrites, logRevisions } from '../revision-log';
import { fromStored, toStored } from '../stored-partner';

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
    const stamp: ImportStamp = { newId, now: nowIso() };
    const report = () =>
      options.onProgress?.({
        done: outcome.created.length + outcome.updated.length + outcome.unchanged,
        total,
      });
    const tables = [db.partners, db.contacts, db.partnerChanges, db.revisions];
    const write = db.transaction('rw', tables, async () => {
      for (let start = 0; start < plan.create.length; start += batchSize) {
        const partners: Partner[] = [];
        const contacts: Contact[] = [];
        for (const create of plan.create.slice(start, start + batchSize)) {
          const records = createdRecords(create, stamp);
          partners.push(records.partner);
          contacts.push(...records.contacts);
          outcome.created.push(records.partner.id);
        }
        await db.partners.bulkAdd(partners.map(toStored));
        await db.contacts.bulkAdd(contacts);
        const created = partners.map((after) => ({ before: undefined, after }));
        await logStageTierChanges(db, created, stamp.now);
        // New ids log no revisions: their first is derived from their content when needed.
        report();
      }
      for (let start = 0; start < plan.update.length; start += batchSize) {
        await this.updateBatch(plan.update.slice(start, start + batchSize), stamp, outcome);
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
    stamp: ImportStamp,
    outcome: ImportOutcome,
  ): Promise<void> {
    const { db } = this;
    const ids = updates.map((update) => update.id);
    const stored = await db.partners.bulkGet(ids);
    const contacts = await db.contacts.where('partnerId').anyOf(ids).toArray();
    const partners: Partner[] = [];
    const contactWrites: Contact[] = [];
    updates.forEach((update, index) => {
      const current = stored[index];
      if (!current) {
        throw new ImportFailedError(
          `“${update.existingName}” (row ${update.rows[0] ?? ''}) was deleted while the import was prepared. Nothing was imported; try again.`,
        );
      }
      const own = contacts.filter((contact) => contact.partnerId === update.id);
      const result = updatedRecords(update, fromStored(current), own, stamp);
      if (result.kind === 'refused') throw new ImportFailedError(result.message);
      if (result.kind === 'unchanged') {
        outcome.unchanged += 1;
        return;
      }
      partners.push(result.partner);
      contactWrites.push(...result.contacts);
      outcome.updated.push(update.id);
    });
    await db.partners.bulkPut(partners.map(toStored));
    await db.contacts.bulkPut(contactWrites);
    const oldPartners = new Map(stored.map((partner) => [partner?.id, partner]));
    const moved = partners.map((after) => ({ before: oldPartners.get(after.id), after }));
    await logStageTierChanges(db, moved, stamp.now);
    const oldContacts = new Map(contacts.map((contact) => [contact.id, contact]));
    await logRevisions(db, [
      ...contentWrites('partners', partners, (id) => {
        const old = oldPartners.get(id);
        return old && fromStored(old);
      }),
      ...contentWrites('contacts', contactWrites, (id) => oldContacts.get(id)),
    ]);
  }
}
