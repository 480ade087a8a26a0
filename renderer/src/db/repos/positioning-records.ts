import { Dexie } from 'dexie';
import type {
  DraftSummary,
  IterationSummary,
  PositioningDraft,
  PositioningIteration,
} from '../../../../shared/domain/positioning';
import type { FieldErrors } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { trackWrite } from '../pending-writes';

/**
 * Helpers the positioning repositories share: summaries without fields, the message for a draft
 * that is gone, the index ranges of one draft, and reporting a committed write to the feed.
 */

/** A draft without its fields. */
export function draftSummary(draft: PositioningDraft): DraftSummary {
  const { fields, ...summary } = draft;
  return summary;
}

/** An iteration without its fields, as stored in `positioningIterationSummaries`. */
export function iterationSummary(iteration: PositioningIteration): IterationSummary {
  const { fields, ...summary } = iteration;
  return summary;
}

/** The refusal for a draft that no longer exists. */
export function missingDraft(): { ok: false; errors: FieldErrors } {
  return {
    ok: false,
    errors: { _: 'This draft no longer exists; it may have been deleted.' },
  };
}

/** A refusal with one message for the whole form. */
export function refused(message: string): { ok: false; errors: FieldErrors } {
  return { ok: false, errors: { _: message } };
}

/** The bounds of a `[draftId+…]` compound index that hold exactly one draft's entries. */
export function draftRange(draftId: string): [[string, number], [string, unknown]] {
  return [
    [draftId, Dexie.minKey],
    [draftId, Dexie.maxKey],
  ];
}

/** What a committed positioning write changed: drafts, and partners whose status may differ. */
export interface PositioningChanges {
  draftIds: readonly string[];
  /** Partners whose positioning status (summarised from their drafts) may have changed. */
  partnerIds?: readonly (string | undefined)[];
}

/**
 * Tracks a write until it settles, then reports what it changed, so that views never show what
 * was rolled back. `changed` sees the write's result and returns undefined when nothing was
 * written (a refusal).
 */
export async function reportCommitted<T>(
  feed: ChangeFeed,
  write: Promise<T>,
  changed: (result: T) => PositioningChanges | undefined,
): Promise<T> {
  const result = await trackWrite(write);
  const changes = changed(result);
  if (!changes) return result;
  if (changes.draftIds.length > 0) feed.emit({ table: 'positioningDrafts', ids: changes.draftIds });
  const partners = [...new Set(changes.partnerIds ?? [])].filter(
    (id): id is string => id !== undefined,
  );
  if (partners.length > 0) feed.emit({ table: 'partners', ids: partners });
  return result;
}

/**
 * The ids of company-wide drafts (those without a partner), read from keys alone: every draft's
 * id minus those in the partnerId index, which leaves out drafts without a partner.
 */
export async function companyDraftIds(db: WorkbookDatabase): Promise<string[]> {
  const [all, withPartner] = await Promise.all([
    db.positioningDrafts.toCollection().primaryKeys(),
    db.positioningDrafts.orderBy('partnerId').primaryKeys(),
  ]);
  const owned = new Set(withPartner);
  return all.filter((id) => !owned.has(id));
}
