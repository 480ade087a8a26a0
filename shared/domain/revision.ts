import { z } from 'zod';
import { contentHash } from '../util/content-hash';
import { idSchema } from './record';

/**
 * Revisions let two copies of a workbook merge without a common base and without trusting
 * clocks: every mergeable record carries its revision history, newest first. A revision is
 * `counter-hash`: the counter goes up by one with each write, and the hash is the hash of the
 * record's content after the write (content-addressed), so the same content at the same step is
 * the same revision on any machine, and a record changed by something that did not log a
 * revision is noticed (its content no longer matches its latest revision). A deletion is a
 * revision too, with the hash of a fixed marker. "Mine is newer" means my latest revision
 * appears in no history but mine, and theirs appears in mine.
 */

/** The tables whose records carry revisions; iterations and status changes never change. */
export const REVISION_TABLES = [
  'partners',
  'contacts',
  'activities',
  'positioningDrafts',
  'settings',
  'companyGoals',
  'partnerPlans',
  'investments',
  'metricEntries',
  'customMetrics',
  'templates',
  'qbrs',
  'partnerChanges',
  'intelligenceEntries',
  'feedback',
  'decisions',
  'stakeholders',
  'asks',
] as const;

/** A table whose records carry revisions. */
export type RevisionTable = (typeof REVISION_TABLES)[number];

/** How many revisions a history keeps; older ones drop off (a merge then sees a conflict). */
export const MAX_REVISIONS = 50;

/** One revision: a counter from 1, a dash, and 16 hex digits of content hash. */
export const revisionSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,8}-[0-9a-f]{16}$/, { error: 'Not a valid revision.' });

/**
 * A record's revision history. `id` is the record's id (a setting's key for settings); the
 * record itself may be gone: a history without its record means the record was deleted.
 */
export const revisionEntrySchema = z
  .object({
    table: z.enum(REVISION_TABLES),
    id: z.string().min(1).max(100),
    /** Newest first, each at most once. */
    revs: z.array(revisionSchema).min(1).max(MAX_REVISIONS),
  })
  .superRefine((entry, ctx) => {
    if (entry.table !== 'settings' && !idSchema.safeParse(entry.id).success) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'Not a valid identifier.' });
    }
    if (new Set(entry.revs).size !== entry.revs.length) {
      ctx.addIssue({ code: 'custom', path: ['revs'], message: 'A revision is listed twice.' });
    }
  });

/** A record's revision history, as stored and as a workbook file holds it. */
export type RevisionEntry = z.infer<typeof revisionEntrySchema>;

/** What a deletion's revision hashes: a marker no record's content can equal. */
const DELETED_CONTENT = { '#deleted': true };

const DELETED_HASH = contentHash(DELETED_CONTENT);

/** A revision's counter: how many writes it follows (1 for a record's first). */
export function revisionCounter(rev: string): number {
  return Number.parseInt(rev, 10);
}

/** A revision's content hash. */
export function revisionHash(rev: string): string {
  return rev.slice(rev.indexOf('-') + 1);
}

/** True when the revision records a deletion. */
export function isDeletion(rev: string): boolean {
  return revisionHash(rev) === DELETED_HASH;
}

/** The revision of `content` at step `counter`. */
export function revisionOf(counter: number, content: unknown): string {
  return `${counter}-${contentHash(content)}`;
}

/** The revision of a deletion at step `counter`. */
export function deletionRevisionAt(counter: number): string {
  return `${counter}-${DELETED_HASH}`;
}

// Adds a revision of this hash on top of a history, unless the latest already has it.
function appendHash(history: readonly string[], hash: string): string[] {
  const [latest] = history;
  if (latest !== undefined && revisionHash(latest) === hash) return [...history];
  const counter = latest === undefined ? 1 : revisionCounter(latest) + 1;
  return [`${counter}-${hash}`, ...history].slice(0, MAX_REVISIONS);
}

/**
 * The history after writing `content` (a record as the domain schema holds it, without
 * storage-only fields): a new revision on top, or the same history when the content is what the
 * latest revision already records. A record without a history starts at `1-…`, which is also
 * the initial revision two copies of one workbook file derive alike.
 */
export function reviseContent(history: readonly string[], content: unknown): string[] {
  return appendHash(history, contentHash(content));
}

/** The history after deleting the record: a deletion revision on top (unless already deleted). */
export function reviseDeletion(history: readonly string[]): string[] {
  return appendHash(history, DELETED_HASH);
}

/** True when the history's latest revision records exactly this content. */
export function recordsContent(history: readonly string[], content: unknown): boolean {
  const [latest] = history;
  return latest !== undefined && revisionHash(latest) === contentHash(content);
}

/** The id a table's record is known by in its history: the setting's key, else its id. */
export function revisionId(record: { id: string } | { key: string }): string {
  return 'key' in record ? record.key : record.id;
}
