import type { Contact, Partner } from '../../../../shared/domain/partner';
import {
  createdRecords,
  updatedRecords,
  type ImportStamp,
} from '../../../../shared/files/tabular/apply-import';
import type {
  ExistingPartner,
  ImportPlan,
  PlannedCreate,
  PlannedUpdate,
} from '../../../../shared/files/tabular/match';
import type { ImportProgress } from '../../../../shared/files/tabular/raw-table';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { nowIso } from '../ids';
import { trackWrite } from '../pending-writes';
import { logStageTierChanges } from '../partner-change-log';
import { contentWrites, logRevisions } from '../revision-log';
import { fromStored, toStored, type StoredPartner } from '../stored-partner';
import { FreshIds } from '../undo/fresh-ids';
import { packCaptured, UNDO_ENTRY_LIMIT, type Recording } from '../undo/packed-changes';
import { capturedWrite } from '../undo/recorded-write';
import { createsPassUndoBound } from './import-undo-bound';

/** What an import wrote. */
export interface ImportOutcome {
  /** Ids of the partners created. */
  created: string[];
  /** Ids of the existing partners that changed. */
  updated: string[];
  /** Matched partners the file had nothing new for (left as they were). */
  unchanged: number;
  /** What it changed, for the window's undo history (or that it is too large to undo). */
  recording: Recording;
}

/** Options of {@link ImportRepo.applyImport}. */
export interface ApplyOptions {
  /** Called after each batch with partners written so far (created and updated). */
  onProgress?: (progress: ImportProgress) => void;
  /** Partners written per batch (default 2,000); all batches share one transaction. */
  batchSize?: number;
  /** Most bytes of states kept for Undo (default UNDO_ENTRY_LIMIT; tests lower it). */
  undoLimit?: number;
}

// Batches of created partners queued ahead of the one being written: enough to keep IndexedDB
// busy while the next is built, few enough that the records waiting stay a few thousand.
const WRITES_IN_FLIGHT = 3;

// One batch's queued writes, and how many partners it creates.
interface QueuedBatch {
  writes: Promise<unknown>[];
  count: number;
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
 * transaction, so that a failure or a cancel leaves the workbook exactly as it was; what it
 * changed is captured for the undo history, up to a bound (packed-changes.ts).
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
    const outcome: ImportOutcome = {
      created: [],
      updated: [],
      unchanged: 0,
      recording: { kind: 'none' },
    };
    // The ids drawn for created records are known new: the undo capture reads nothing for them.
    const fresh = new FreshIds();
    const stamp: ImportStamp = { newId: fresh.draw, now: nowIso() };
    let createdWritten = 0;
    const report = () =>
      options.onProgress?.({
        done: createdWritten + outcome.updated.length + outcome.unchanged,
        total,
      });
    const tables = [db.partners, db.contacts, db.partnerChanges, db.revisions];
    const undoLimit = options.undoLimit ?? UNDO_ENTRY_LIMIT;
    // Every record is built for its batch and never changed once written (createBatch,
    // updateBatch): the capture keeps them as written instead of copying each one. It is packed
    // (packCaptured below), so each record's text is made as it is noted, between writes.
    // An import whose new records alone pass the bound is not undoable: a bound of 0 has the
    // capture give up at the first write instead of holding records it would drop.
    const bound = createsPassUndoBound(plan.create, undoLimit) ? 0 : undoLimit;
    const capture = { isNew: fresh.isNew, keepsValues: true, packs: true, maxBytes: bound };
    const write = capturedWrite(db, tables, capture, async () => {
      // A batch's writes are queued without waiting for the batch before to be written, up to
      // WRITES_IN_FLIGHT batches ahead: IndexedDB carries them out in order while the next
      // batch's records are built, instead of each side waiting for the other.
      const inFlight: QueuedBatch[] = [];
      const settle = async (batch: QueuedBatch) => {
        for (const write of batch.writes) await write;
        createdWritten += batch.count;
        report();
      };
      for (let start = 0; start < plan.create.length; start += batchSize) {
        const creates = plan.create.slice(start, start + batchSize);
        inFlight.push({ writes: this.createBatch(creates, stamp, outcome), count: creates.length });
        const oldest = inFlight.length >= WRITES_IN_FLIGHT ? inFlight.shift() : undefined;
        if (oldest) await settle(oldest);
      }
      for (const batch of inFlight) await settle(batch);
      for (let start = 0; start < plan.update.length; start += batchSize) {
        await this.updateBatch(plan.update.slice(start, start + batchSize), stamp, outcome);
        report();
      }
    });
    const { captured } = await trackWrite(write);
    outcome.recording = packCaptured(captured, undoLimit);
    const changed = [...outcome.created, ...outcome.updated];
    if (changed.length > 0) this.feed.emit({ table: 'partners', ids: changed });
    return outcome;
  }

  // Queues the writes of one batch of created partners (with their contacts), and returns them
  // to be awaited in order. New ids log no revisions (their first is derived from their content
  // when needed), and new partners store no stage or tier records: their first ones are derived
  // from them where their history is read (shared/domain/first-changes.ts).
  private createBatch(
    creates: readonly PlannedCreate[],
    stamp: ImportStamp,
    outcome: ImportOutcome,
  ): Promise<unknown>[] {
    const { db } = this;
    const partners: StoredPartner[] = [];
    const contacts: Contact[] = [];
    for (const create of creates) {
      const records = createdRecords(create, stamp);
      partners.push(toStored(records.partner));
      contacts.push(...records.contacts);
      outcome.created.push(records.partner.id);
    }
    // Put, not add: the ids were drawn just now, so no record can hold them, and an add would
    // have IndexedDB look each key up first (about half its cost per record, in a trace).
    return [db.partners.bulkPut(partners), db.contacts.bulkPut(contacts)];
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
