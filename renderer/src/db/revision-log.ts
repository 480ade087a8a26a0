import {
  reviseContent,
  reviseDeletion,
  type RevisionEntry,
  type RevisionTable,
} from '../../../shared/domain/revision';
import { canonicalJson } from '../../../shared/util/content-hash';
import type { WorkbookDatabase } from './database';

/**
 * Logs revisions of the records a write changes or deletes (see shared/domain/revision.ts): one
 * small history record per written record, put in the caller's transaction, which must include
 * `db.revisions`. Every repository write of partners, contacts, activities, positioning drafts
 * and settings calls it, so merges can tell which side changed a record. Records are logged as
 * the domain holds them, without storage-only fields.
 *
 * Bulk writes of records under new ids (the sample workbook, a benchmark's seed, an import's
 * new partners) log nothing: a record without a history has the first revision its content
 * gives, derived alike wherever it is needed (opening a file, merging, and here: the first
 * logged change of such a record starts from the revision its previous content gives).
 */

/** One record written: its new content (undefined when deleted) and, if known, the old one. */
export interface LoggedWrite {
  table: RevisionTable;
  /** The record's id (a setting's key). */
  id: string;
  content: object | undefined;
  /** The record before the write, for a record that may have no history yet. */
  previous?: object | undefined;
}

/** Appends a revision to each written record's history, in the caller's transaction. */
export async function logRevisions(
  db: WorkbookDatabase,
  writes: readonly LoggedWrite[],
): Promise<void> {
  if (writes.length === 0) return;
  const known = await db.revisions.bulkGet(writes.map(({ table, id }) => [table, id]));
  const entries = writes.map(({ table, id, content, previous }, index): RevisionEntry => {
    const history = known[index]?.revs ?? (previous ? reviseContent([], previous) : []);
    return { table, id, revs: content ? reviseContent(history, content) : reviseDeletion(history) };
  });
  await db.revisions.bulkPut(entries);
}

/**
 * Logs the first revision of records just written under new ids (ids drawn for this write, so
 * that no history can exist for them), in the caller's transaction: the same entries as
 * {@link logRevisions} would write, without first reading the histories they cannot have. A bulk
 * write of stage and tier changes (an import's two per partner) then costs one write per record
 * instead of a read and a write.
 */
export function logFirstRevisions(
  db: WorkbookDatabase,
  table: RevisionTable,
  records: readonly { id: string }[],
): Promise<unknown> {
  const entries = records.map((record): RevisionEntry => ({
    table,
    id: record.id,
    revs: reviseContent([], record),
  }));
  return db.revisions.bulkPut(entries);
}

/** Writes of records that now hold `records`' content; `before` finds their old versions. */
export function contentWrites(
  table: RevisionTable,
  records: readonly { id: string }[],
  before?: (id: string) => object | undefined,
): LoggedWrite[] {
  return records.map((record) => ({
    table,
    id: record.id,
    content: record,
    previous: before?.(record.id),
  }));
}

/** Writes of deleted records, given as they were. */
export function deletionWrites(
  table: RevisionTable,
  records: readonly { id: string }[],
): LoggedWrite[] {
  return records.map((record) => ({ table, id: record.id, content: undefined, previous: record }));
}

/** True when two versions of a record hold the same content, apart from their times. */
export function sameApartFromTimes(a: object, b: object): boolean {
  const content = (record: object) => canonicalJson({ ...record, createdAt: 0, updatedAt: 0 });
  return content(a) === content(b);
}
