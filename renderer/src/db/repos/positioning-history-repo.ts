import { z } from 'zod';
import {
  commitInputSchema,
  positioningIterationSchema,
  type IterationSummary,
  type PositioningDraft,
  type PositioningIteration,
} from '../../../../shared/domain/positioning';
import { validate, type Validated } from '../../../../shared/domain/validation';
import {
  alreadyRestoredMessage,
  mergeTimeline,
  nextIterationNumber,
  nothingChangedMessage,
  restoreRationale,
  sameContent,
  type DraftContent,
  type TimelineEntry,
} from '../../../../shared/positioning/history-rules';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { recordedWrite } from '../undo/recorded-write';
import { newId, nowIso } from '../ids';
import { contentWrites, logRevisions } from '../revision-log';
import { draftSummaries } from './draft-summaries';
import {
  draftRange,
  iterationSummary,
  missingDraft,
  refused,
  reportCommitted,
} from './positioning-records';
import type { SettingsRepo } from './settings-repo';

const restoreInputSchema = z.object({ author: positioningIterationSchema.shape.author });

// What an iteration records besides its content and what the draft supplies.
interface IterationNote {
  author: string | undefined;
  rationale: string;
  evidence?: string | undefined;
  evidenceUrl?: string | undefined;
  restoredFrom?: number;
}

/**
 * A draft's history: committing the working copy, restoring an older iteration, and reading the
 * timeline. Iterations are only ever added (never put over, never deleted), each with a summary
 * without its fields that timelines read (written with it, or derived later: draft-summaries.ts).
 */
export class PositioningHistoryRepo {
  constructor(
    private readonly db: WorkbookDatabase,
    private readonly feed: ChangeFeed,
    private readonly settings: SettingsRepo,
  ) {}

  /**
   * Commits the working copy as the next iteration. Refused when the working copy equals the
   * latest iteration; everything is read and written in one transaction, so a failure leaves
   * the draft and its history as they were.
   */
  async commit(draftId: string, input: unknown): Promise<Validated<PositioningIteration>> {
    const checked = validate(commitInputSchema, input);
    if (!checked.ok) return checked;
    const { author, ...note } = checked.value;
    const by = author ?? (await this.settings.author());
    const write = this.inHistoryTransaction('Save iteration', async () => {
      const draft = await this.db.positioningDrafts.get(draftId);
      if (!draft) return missingDraft();
      const head = await this.head(draft);
      if (head && sameContent(draft, head)) return refused(nothingChangedMessage(head.number));
      return this.append(draft, draft, { ...note, author: by });
    });
    return reportCommitted(this.feed, write, (result) =>
      result.ok ? { draftIds: [draftId] } : undefined,
    );
  }

  /**
   * Restores an older iteration as a new one with the same title and fields, and makes the
   * working copy equal to it. Uncommitted edits in the working copy are replaced.
   */
  async restore(
    draftId: string,
    iterationId: string,
    input: { author?: string },
  ): Promise<Validated<PositioningIteration>> {
    const checked = validate(restoreInputSchema, input);
    if (!checked.ok) return checked;
    const by = checked.value.author ?? (await this.settings.author());
    const write = this.inHistoryTransaction('Restore iteration', async () => {
      const draft = await this.db.positioningDrafts.get(draftId);
      if (!draft) return missingDraft();
      const old = await this.db.positioningIterations.get(iterationId);
      if (old?.draftId !== draftId) return refused('That iteration is not part of this draft.');
      const head = await this.head(draft);
      if (head && sameContent(head, old)) {
        return refused(alreadyRestoredMessage(head.number, old.number));
      }
      return this.append(draft, old, {
        author: by,
        rationale: restoreRationale(old.number),
        restoredFrom: old.number,
      });
    });
    return reportCommitted(this.feed, write, (result) =>
      result.ok ? { draftIds: [draftId] } : undefined,
    );
  }

  /**
   * A draft's iterations and status changes, newest first. Reads the iteration summaries, not
   * the iterations: fields may hold up to 100,000 characters each, and reading (and
   * deserialising) them for 1,000 iterations would cost far more than the 200 ms a timeline
   * may take, for text the timeline never shows. The iterations of an opened file are summarised
   * when their draft's timeline is first read (draft-summaries.ts).
   */
  async timeline(draftId: string): Promise<TimelineEntry[]> {
    const { positioningIterations, positioningIterationSummaries, positioningStatusChanges } =
      this.db;
    const [from, to] = draftRange(draftId);
    const tables = [positioningIterations, positioningIterationSummaries, positioningStatusChanges];
    return this.db.transaction('r', tables, async () => {
      const [iterations, statusChanges] = await Promise.all([
        draftSummaries(this.db, draftId, 'newest-first'),
        positioningStatusChanges.where('[draftId+at]').between(from, to).reverse().toArray(),
      ]);
      return mergeTimeline(iterations, statusChanges);
    });
  }

  /** One iteration with its fields. */
  iteration(id: string): Promise<PositioningIteration | undefined> {
    return this.db.positioningIterations.get(id);
  }

  /** A draft's iterations without their fields, oldest first, for pickers. */
  iterationsOf(draftId: string): Promise<IterationSummary[]> {
    return draftSummaries(this.db, draftId, 'oldest-first');
  }

  // A user change, recorded for undo: undoing it puts the working copy back, while the
  // iteration stays in the history.
  private inHistoryTransaction<T>(label: string, work: () => Promise<T>): Promise<T> {
    const { positioningDrafts, positioningIterations, positioningIterationSummaries } = this.db;
    const tables = [
      positioningDrafts,
      positioningIterations,
      positioningIterationSummaries,
      this.db.revisions,
    ];
    return recordedWrite(this.db, label, tables, work);
  }

  private async head(draft: PositioningDraft): Promise<PositioningIteration | undefined> {
    return draft.headIterationId === undefined
      ? undefined
      : this.db.positioningIterations.get(draft.headIterationId);
  }

  // Adds the next iteration with this content, and makes it the draft's head and working copy.
  // Runs inside the caller's transaction.
  private async append(
    draft: PositioningDraft,
    content: DraftContent,
    note: IterationNote,
  ): Promise<Validated<PositioningIteration>> {
    const now = nowIso();
    // Keys in the order of the schema, which workbook files use: saving a file then hands each
    // record to JSON.stringify as it is, where a record out of order has to be copied.
    const iteration: PositioningIteration = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      draftId: draft.id,
      number: nextIterationNumber(draft),
      parentId: draft.headIterationId,
      author: note.author,
      rationale: note.rationale,
      evidence: note.evidence,
      evidenceUrl: note.evidenceUrl,
      title: content.title,
      audience: draft.audience,
      status: draft.status,
      fields: [...content.fields],
      ...(note.restoredFrom === undefined ? {} : { restoredFrom: note.restoredFrom }),
      committedAt: now,
    };
    await this.db.positioningIterations.add(iteration);
    await this.db.positioningIterationSummaries.add(iterationSummary(iteration));
    const { headIterationId, iterationCount, copiedFrom, ...rest } = draft;
    const next: PositioningDraft = {
      ...rest,
      title: iteration.title,
      fields: iteration.fields,
      updatedAt: now,
      headIterationId: iteration.id,
      iterationCount: iteration.number,
      ...(copiedFrom ? { copiedFrom } : {}),
    };
    await this.db.positioningDrafts.put(next);
    // The iteration itself never changes (its id is its identity); the draft's head moved.
    await logRevisions(
      this.db,
      contentWrites('positioningDrafts', [next], () => draft),
    );
    return { ok: true, value: iteration };
  }
}
