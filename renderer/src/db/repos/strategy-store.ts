import type { Table } from 'dexie';
import type { z } from 'zod';
import type { RecordBase } from '../../../../shared/domain/record';
import type { Validated } from '../../../../shared/domain/validation';
import { toFieldErrors } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { newId, nowIso } from '../ids';
import { trackWrite } from '../pending-writes';
import { contentWrites, deletionWrites, logRevisions, sameApartFromTimes } from '../revision-log';
import { recordedWrite } from '../undo/recorded-write';
import { changeLabel, recordName, type ChangeVerb } from '../../../../shared/domain/undo-label';

/**
 * The writes every strategy table shares (company goals, partner plans, investments, metric
 * entries, custom metrics, and the templates and QBRs of version 7): validate against the stored record's shared schema, write in one
 * transaction with the record's revision (and, for a delete, its tombstone), report the change
 * once committed. A repository adds its own rules through `check`, run inside the transaction.
 * Every write is a user change, recorded for undo (recorded-write.ts).
 */

/** The strategy tables, each a table of the database and a revision and tombstone table. */
export type StrategyTable =
  | 'companyGoals'
  | 'partnerPlans'
  | 'investments'
  | 'metricEntries'
  | 'customMetrics'
  | 'templates'
  | 'qbrs'
  | 'partnerChanges'
  | 'activities'
  | 'intelligenceEntries'
  | 'feedback'
  | 'decisions'
  | 'stakeholders'
  | 'asks';

/** A rule a write must pass, given the record as it would be saved and as it was (if any). */
export type WriteCheck<T> = (record: T, previous: T | undefined) => Promise<string | undefined>;

/** The message when an update names a record that is gone. */
export const GONE = 'This record no longer exists; it may have been deleted.';

/**
 * Derived data a table's writes must keep in step, in the same transaction: the tables it
 * touches and the refresh, given the records as written and as they were.
 */
export interface DerivedData<T> {
  tables: readonly Table[];
  refresh: (records: readonly (T | undefined)[]) => Promise<void>;
}

// Throwing this inside a transaction rolls it back and carries the message out.
class RefusedWrite extends Error {}

/** Validated writes of one strategy table. */
export class StrategyStore<T extends RecordBase> {
  constructor(
    readonly db: WorkbookDatabase,
    private readonly feed: ChangeFeed,
    readonly name: StrategyTable,
    private readonly schema: z.ZodType<T>,
    private readonly derived?: DerivedData<T>,
    /** Further tables the repository's checks read (a feedback's iteration, a decision's feedback). */
    private readonly checkReads: readonly Table[] = [],
  ) {}

  // The tables a write opens: its own, the derived data's, the tombstones and revisions.
  private writeTables(read: readonly Table[] = []): Table[] {
    const { db } = this;
    const derived = this.derived?.tables ?? [];
    return [...new Set([this.table, ...read, ...derived, db.tombstones, db.revisions])];
  }

  /** The Dexie table. */
  get table(): Table<T, string> {
    return this.db.table<T, string>(this.name);
  }

  /** One record, or undefined. */
  get(id: string): Promise<T | undefined> {
    return this.table.get(id);
  }

  private async committed<R>(write: Promise<R>, ids: readonly string[]): Promise<R> {
    const result = await trackWrite(write);
    if (ids.length > 0) this.feed.emit({ table: this.name, ids });
    return result;
  }

  private parse(fields: unknown, base: RecordBase): Validated<T> {
    const input = typeof fields === 'object' && fields !== null ? fields : {};
    const parsed = this.schema.safeParse({ ...input, ...base });
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, errors: toFieldErrors(parsed.error) };
  }

  // The undo history's name for a write of this record.
  private label(verb: ChangeVerb, record: T): string {
    return changeLabel(verb, this.name, 1, recordName(record));
  }

  // Runs a write that may be refused by a check; a refusal becomes a form-wide error.
  private async refusable(
    label: string,
    write: () => Promise<T | undefined>,
    id: string,
  ): Promise<Validated<T>> {
    const { db } = this;
    try {
      // What the checks read: the partner, its other plans, a custom metric, and what the
      // repository names (an ask's stakeholder, a feedback's iteration).
      const read = [db.partners, db.partnerPlans, db.customMetrics, ...this.checkReads];
      const tables = this.writeTables(read);
      const record = await this.committed(recordedWrite(db, label, tables, write), [id]);
      return record ? { ok: true, value: record } : { ok: false, errors: { _: GONE } };
    } catch (error) {
      if (error instanceof RefusedWrite) return { ok: false, errors: { _: error.message } };
      throw error;
    }
  }

  /** Validates and creates a record under a new id. */
  async create(fields: unknown, check?: WriteCheck<T>): Promise<Validated<T>> {
    const now = nowIso();
    const checked = this.parse(fields, { id: newId(), createdAt: now, updatedAt: now });
    if (!checked.ok) return checked;
    const record = checked.value;
    return this.refusable(
      this.label('Add', record),
      async () => {
        const problem = await check?.(record, undefined);
        if (problem !== undefined) throw new RefusedWrite(problem);
        await this.table.add(record);
        await logRevisions(this.db, contentWrites(this.name, [record]));
        await this.derived?.refresh([record]);
        return record;
      },
      record.id,
    );
  }

  /** Validates and replaces a record's fields; nothing is written when nothing changed. */
  async update(id: string, fields: unknown, check?: WriteCheck<T>): Promise<Validated<T>> {
    const existing = await this.table.get(id);
    if (!existing) return { ok: false, errors: { _: GONE } };
    const checked = this.parse(fields, { id, createdAt: existing.createdAt, updatedAt: nowIso() });
    if (!checked.ok) return checked;
    const record = checked.value;
    return this.refusable(
      this.label('Edit', record),
      async () => {
        const previous = await this.table.get(id);
        if (!previous) return undefined;
        const problem = await check?.(record, previous);
        if (problem !== undefined) throw new RefusedWrite(problem);
        if (sameApartFromTimes(previous, record)) return previous;
        await this.table.put(record);
        await logRevisions(
          this.db,
          contentWrites(this.name, [record], () => previous),
        );
        await this.derived?.refresh([record, previous]);
        return record;
      },
      id,
    );
  }

  /** Deletes a record, leaving a tombstone; returns it for undo, or undefined when gone. */
  remove(id: string): Promise<T | undefined> {
    const { db } = this;
    let label = changeLabel('Delete', this.name);
    const write = recordedWrite(
      db,
      () => label,
      this.writeTables(),
      async () => {
        const record = await this.table.get(id);
        if (!record) return undefined;
        label = this.label('Delete', record);
        await this.table.delete(id);
        await db.tombstones.put({ id, table: this.name, deletedAt: nowIso() });
        await logRevisions(db, deletionWrites(this.name, [record]));
        await this.derived?.refresh([record]);
        return record;
      },
    );
    return this.committed(write, [id]);
  }

  /** Puts back a deleted record exactly as it was, and lifts its tombstone. */
  restore(record: T): Promise<void> {
    const { db } = this;
    const write = recordedWrite(db, this.label('Restore', record), this.writeTables(), async () => {
      await this.table.put(record);
      await db.tombstones.delete(record.id);
      await logRevisions(db, contentWrites(this.name, [record]));
      await this.derived?.refresh([record]);
    });
    return this.committed(write, [record.id]);
  }
}

/** A check that the record's partner exists. */
export function partnerExists<T extends { partnerId: string }>(
  db: WorkbookDatabase,
): WriteCheck<T> {
  return async (record) =>
    (await db.partners.get(record.partnerId))
      ? undefined
      : 'This partner no longer exists; it may have been deleted.';
}
