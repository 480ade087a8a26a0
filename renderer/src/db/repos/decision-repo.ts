import {
  decisionSchema,
  decisionVoice,
  type Decision,
  type DecisionScope,
  type DecisionVoiceResult,
  type Feedback,
} from '../../../../shared/domain/people/voice';
import type { Validated } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { StrategyStore, type WriteCheck } from './strategy-store';

/**
 * Decision records, each linked to the feedback that informed it. A link must name feedback that
 * exists when it is made; a link made earlier to feedback deleted since is kept (an undo of that
 * delete brings the voice back), and the decision then counts it as missing.
 */

/** What the decision list can be narrowed to. */
export interface DecisionFilter {
  partnerId?: string | undefined;
  scope?: DecisionScope | undefined;
  /** Only the decisions taken without any partner or customer voice. */
  withoutVoice?: boolean | undefined;
}

/** A decision with the feedback it links that still exists, and its voice. */
export interface DecisionListing {
  decision: Decision;
  feedback: Feedback[];
  voice: DecisionVoiceResult;
}

const newestFirst = (a: Decision, b: Decision): number =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/** Reads and validated writes of decision records. */
export class DecisionRepo {
  private readonly store: StrategyStore<Decision>;

  constructor(
    private readonly db: WorkbookDatabase,
    feed: ChangeFeed,
  ) {
    this.store = new StrategyStore(db, feed, 'decisions', decisionSchema, undefined, [db.feedback]);
  }

  private readonly rules: WriteCheck<Decision> = async (decision, previous) => {
    if (decision.partnerId !== undefined && !(await this.db.partners.get(decision.partnerId))) {
      return 'This partner no longer exists; it may have been deleted.';
    }
    const linkedBefore = new Set(previous?.feedbackIds ?? []);
    const added = decision.feedbackIds.filter((id) => !linkedBefore.has(id));
    const found = await this.db.feedback.bulkGet(added);
    const gone = found.filter((entry) => entry === undefined).length;
    if (gone > 0) {
      return gone === 1
        ? 'One of the linked feedback entries no longer exists; unlink it and save again.'
        : `${gone} of the linked feedback entries no longer exist; unlink them and save again.`;
    }
    return undefined;
  };

  /** One decision, or undefined. */
  get(id: string): Promise<Decision | undefined> {
    return this.store.get(id);
  }

  // Resolves each decision's links in one read of the feedback table.
  private async withVoice(decisions: readonly Decision[]): Promise<DecisionListing[]> {
    const ids = [...new Set(decisions.flatMap((decision) => decision.feedbackIds))];
    const found = await this.db.feedback.bulkGet(ids);
    const byId = new Map<string, Feedback>();
    for (const entry of found) if (entry) byId.set(entry.id, entry);
    return decisions.map((decision) => ({
      decision,
      feedback: decision.feedbackIds.flatMap((id) => {
        const entry = byId.get(id);
        return entry ? [entry] : [];
      }),
      voice: decisionVoice(decision, byId),
    }));
  }

  /** One decision with the feedback it links; undefined when it is gone. */
  async listing(id: string): Promise<DecisionListing | undefined> {
    const decision = await this.store.get(id);
    return decision ? (await this.withVoice([decision]))[0] : undefined;
  }

  /** Decisions newest first, each with its linked feedback, narrowed by the filter. */
  async list(filter: DecisionFilter = {}): Promise<DecisionListing[]> {
    const { decisions } = this.db;
    const found =
      filter.partnerId === undefined
        ? await decisions.toArray()
        : await decisions.where('partnerId').equals(filter.partnerId).toArray();
    const scoped = found.filter((d) => filter.scope === undefined || d.scope === filter.scope);
    const listings = await this.withVoice(scoped.sort(newestFirst));
    return filter.withoutVoice
      ? listings.filter((listing) => listing.voice.voice === 'without-voice')
      : listings;
  }

  /** The decisions a feedback entry informed, newest first. */
  async informedBy(feedbackId: string): Promise<Decision[]> {
    const found = await this.db.decisions.where('feedbackIds').equals(feedbackId).toArray();
    return found.sort(newestFirst);
  }

  /** Validates and records a decision; its links must name existing feedback. */
  create(fields: unknown): Promise<Validated<Decision>> {
    return this.store.create(fields, this.rules);
  }

  /** Validates and replaces a decision's fields; newly linked feedback must exist. */
  update(id: string, fields: unknown): Promise<Validated<Decision>> {
    return this.store.update(id, fields, this.rules);
  }

  /** Deletes a decision (with a tombstone) and returns it for undo. */
  remove(id: string): Promise<Decision | undefined> {
    return this.store.remove(id);
  }

  /** Puts back a deleted decision. */
  restore(decision: Decision): Promise<void> {
    return this.store.restore(decision);
  }
}
