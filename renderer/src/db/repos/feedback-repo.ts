import {
  feedbackSchema,
  type Feedback,
  type Sentiment,
} from '../../../../shared/domain/people/voice';
import type { Validated } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { StrategyStore, type WriteCheck } from './strategy-store';

/**
 * The feedback log: what partners and customers said. A feedback entry may concern a partner
 * (which must exist when saved) and may be the evidence for a positioning iteration (which must
 * exist too; iterations are never deleted, so the link holds). Deleting feedback leaves the
 * decisions that linked it alone: they then count it as missing (shared/domain/people/voice.ts),
 * and an undo brings the link back.
 */

/** What the feedback log can be narrowed to; every part optional. */
export interface FeedbackFilter {
  partnerId?: string | undefined;
  /** Matched whole, ignoring case and surrounding spaces. */
  theme?: string | undefined;
  sentiment?: Sentiment | undefined;
}

/** The key a theme is matched and grouped by. */
export const themeKey = (theme: string): string => theme.trim().toLowerCase();

const newestFirst = (a: Feedback, b: Feedback): number =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/** Reads and validated writes of the feedback log. */
export class FeedbackRepo {
  private readonly store: StrategyStore<Feedback>;

  constructor(
    private readonly db: WorkbookDatabase,
    feed: ChangeFeed,
  ) {
    this.store = new StrategyStore(db, feed, 'feedback', feedbackSchema, undefined, [
      db.positioningIterations,
    ]);
  }

  private readonly rules: WriteCheck<Feedback> = async (entry) => {
    if (entry.partnerId !== undefined && !(await this.db.partners.get(entry.partnerId))) {
      return 'This partner no longer exists; it may have been deleted.';
    }
    const iterationId = entry.positioningIterationId;
    if (iterationId !== undefined && !(await this.db.positioningIterations.get(iterationId))) {
      return 'The positioning iteration this feedback is evidence for no longer exists.';
    }
    return undefined;
  };

  /** One entry, or undefined. */
  get(id: string): Promise<Feedback | undefined> {
    return this.store.get(id);
  }

  /** The entries with these ids that still exist, in the order given. */
  async getMany(ids: readonly string[]): Promise<Feedback[]> {
    const found = await this.db.feedback.bulkGet([...ids]);
    return found.filter((entry) => entry !== undefined);
  }

  /** The log, newest first, narrowed by the filter (through the partner index when given). */
  async list(filter: FeedbackFilter = {}): Promise<Feedback[]> {
    const { feedback } = this.db;
    const entries =
      filter.partnerId === undefined
        ? await feedback.toArray()
        : await feedback.where('partnerId').equals(filter.partnerId).toArray();
    const theme = filter.theme === undefined ? undefined : themeKey(filter.theme);
    return entries
      .filter(
        (entry) =>
          (theme === undefined || themeKey(entry.theme) === theme) &&
          (filter.sentiment === undefined || entry.sentiment === filter.sentiment),
      )
      .sort(newestFirst);
  }

  /** Every theme used, once each (spelt as in its latest entry), in alphabetical order. */
  async themes(): Promise<string[]> {
    const latest = new Map<string, Feedback>();
    await this.db.feedback.each((entry) => {
      const key = themeKey(entry.theme);
      const seen = latest.get(key);
      if (seen === undefined || newestFirst(entry, seen) < 0) latest.set(key, entry);
    });
    return [...latest.values()].map((entry) => entry.theme).sort((a, b) => a.localeCompare(b));
  }

  /** The feedback that is evidence for a positioning iteration, newest first. */
  async evidenceFor(iterationId: string): Promise<Feedback[]> {
    const entries = await this.db.feedback
      .where('positioningIterationId')
      .equals(iterationId)
      .toArray();
    return entries.sort(newestFirst);
  }

  /** Validates and records a feedback entry. */
  create(fields: unknown): Promise<Validated<Feedback>> {
    return this.store.create(fields, this.rules);
  }

  /** Validates and replaces a feedback entry's fields. */
  update(id: string, fields: unknown): Promise<Validated<Feedback>> {
    return this.store.update(id, fields, this.rules);
  }

  /** Deletes an entry (with a tombstone) and returns it for undo. */
  remove(id: string): Promise<Feedback | undefined> {
    return this.store.remove(id);
  }

  /** Puts back a deleted entry. */
  restore(entry: Feedback): Promise<void> {
    return this.store.restore(entry);
  }
}
