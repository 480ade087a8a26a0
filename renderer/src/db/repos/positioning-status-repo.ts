import { z } from 'zod';
import {
  POSITIONING_STATUSES,
  statusChangeSchema,
  type DraftSummary,
  type PositioningDraft,
  type PositioningStatus,
  type StatusChange,
} from '../../../../shared/domain/positioning';
import { validate, type FieldErrors } from '../../../../shared/domain/validation';
import {
  isApprovalConflict,
  sameStatusMessage,
} from '../../../../shared/positioning/history-rules';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { recordedWrite } from '../undo/recorded-write';
import { newId, nowIso } from '../ids';
import { contentWrites, logRevisions } from '../revision-log';
import {
  companyDraftIds,
  draftSummary,
  missingDraft,
  refused,
  reportCommitted,
} from './positioning-records';
import type { SettingsRepo } from './settings-repo';

/** The outcome of a status change: the updated draft, field messages, or the approval conflict. */
export type StatusResult =
  | { ok: true; value: PositioningDraft }
  | { ok: false; errors: FieldErrors }
  | { ok: false; conflict: DraftSummary };

/** Who changes the status and why; `retireApproved` answers yes to retiring a conflicting draft. */
export interface StatusOptions {
  author?: string;
  note?: string;
  retireApproved?: boolean;
}

const statusInputSchema = z.object({
  status: z.enum(POSITIONING_STATUSES),
  author: statusChangeSchema.shape.author,
  note: statusChangeSchema.shape.note,
});

// What a status change wrote, for the change feed.
interface Outcome {
  result: StatusResult;
  retired: readonly DraftSummary[];
}

/**
 * Changes a draft's status, recording each change. At most one draft per partner (or company-
 * wide) and audience is approved: approving another either reports the conflict or, when asked,
 * retires the approved one in the same transaction.
 */
export class PositioningStatusRepo {
  constructor(
    private readonly db: WorkbookDatabase,
    private readonly feed: ChangeFeed,
    private readonly settings: SettingsRepo,
  ) {}

  /** Sets a draft's status; nothing is written when refused or in conflict. */
  async setStatus(
    draftId: string,
    status: PositioningStatus,
    options: StatusOptions,
  ): Promise<StatusResult> {
    const checked = validate(statusInputSchema, { ...options, status });
    if (!checked.ok) return checked;
    const { note } = checked.value;
    const author = checked.value.author ?? (await this.settings.author());
    const { positioningDrafts: drafts, positioningStatusChanges: changes, revisions } = this.db;
    const write = recordedWrite(
      this.db,
      `Mark draft ${status}`,
      [drafts, changes, revisions],
      async (): Promise<Outcome> => {
        const draft = await drafts.get(draftId);
        if (!draft) return { result: missingDraft(), retired: [] };
        if (draft.status === status)
          return { result: refused(sameStatusMessage(status)), retired: [] };
        const at = nowIso();
        const next: PositioningDraft = { ...draft, status, updatedAt: at };
        const conflicts = status === 'approved' ? await this.approvedConflicts(next) : [];
        const [conflict] = conflicts;
        if (conflict && options.retireApproved !== true) {
          return { result: { ok: false, conflict }, retired: [] };
        }
        const written: PositioningDraft[] = [next];
        const before = new Map<string, PositioningDraft>([[draft.id, draft]]);
        for (const other of conflicts) {
          const retireNote = `Retired when “${draft.title}” was approved.`;
          await changes.add(
            statusChange(other.id, other.status, 'retired', at, author, retireNote),
          );
          const full = await drafts.get(other.id);
          if (!full) continue;
          const retired: PositioningDraft = { ...full, status: 'retired', updatedAt: at };
          before.set(full.id, full);
          await drafts.put(retired);
          written.push(retired);
        }
        await changes.add(statusChange(draftId, draft.status, status, at, author, note));
        await drafts.put(next);
        await logRevisions(
          this.db,
          contentWrites('positioningDrafts', written, (id) => before.get(id)),
        );
        return { result: { ok: true, value: next }, retired: conflicts };
      },
    );
    const outcome = await reportCommitted(this.feed, write, ({ result, retired }) =>
      result.ok
        ? {
            draftIds: [draftId, ...retired.map((other) => other.id)],
            partnerIds: [result.value.partnerId],
          }
        : undefined,
    );
    return outcome.result;
  }

  // Approved drafts of the same partner (or company-wide) and audience, found through indexes:
  // a partner's approved drafts straight from [partnerId+status]; company-wide drafts from keys
  // alone, then only those few are read. Never a scan of every draft's fields.
  private async approvedConflicts(draft: PositioningDraft): Promise<DraftSummary[]> {
    const drafts = this.db.positioningDrafts;
    const candidates =
      draft.partnerId === undefined
        ? (await drafts.bulkGet(await companyDraftIds(this.db))).filter(
            (other) => other !== undefined,
          )
        : await drafts.where('[partnerId+status]').equals([draft.partnerId, 'approved']).toArray();
    return candidates.map(draftSummary).filter((other) => isApprovalConflict(other, draft));
  }
}

function statusChange(
  draftId: string,
  from: PositioningStatus,
  to: PositioningStatus,
  at: string,
  author: string | undefined,
  note: string | undefined,
): StatusChange {
  return { id: newId(), draftId, from, to, author, note, at };
}
