import { qbrSchema, type Qbr } from '../../../../shared/domain/templates/qbr';
import type { Validated } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { partnerExists, StrategyStore, type WriteCheck } from './strategy-store';

/**
 * Quarterly business reviews. Each belongs to a partner that must exist, stays with it (a QBR
 * cannot move to another partner) and is deleted with it (partner-repo.ts).
 */
export class QbrRepo {
  private readonly store: StrategyStore<Qbr>;

  constructor(
    private readonly db: WorkbookDatabase,
    feed: ChangeFeed,
  ) {
    this.store = new StrategyStore(db, feed, 'qbrs', qbrSchema);
  }

  private readonly rules: WriteCheck<Qbr> = async (qbr, previous) => {
    if (previous && previous.partnerId !== qbr.partnerId) {
      return 'A QBR cannot move to another partner.';
    }
    return partnerExists<Qbr>(this.db)(qbr, previous);
  };

  /** A partner's QBRs, latest first. */
  async qbrsOf(partnerId: string): Promise<Qbr[]> {
    const qbrs = await this.db.qbrs
      .where('[partnerId+date]')
      .between([partnerId, ''], [partnerId, '\uffff'])
      .toArray();
    return qbrs.reverse();
  }

  /** QBRs from `from` on (an ISO date), across partners, earliest first. */
  upcoming(from: string): Promise<Qbr[]> {
    return this.db.qbrs.where('date').aboveOrEqual(from).toArray();
  }

  /** One QBR, or undefined. */
  get(id: string): Promise<Qbr | undefined> {
    return this.store.get(id);
  }

  /** Validates and creates a QBR for an existing partner. */
  create(fields: unknown): Promise<Validated<Qbr>> {
    return this.store.create(fields, this.rules);
  }

  /** Validates and replaces a QBR's fields. */
  update(id: string, fields: unknown): Promise<Validated<Qbr>> {
    return this.store.update(id, fields, this.rules);
  }

  /** Deletes a QBR (with a tombstone) and returns it for undo. */
  remove(id: string): Promise<Qbr | undefined> {
    return this.store.remove(id);
  }

  /** Puts back a deleted QBR. */
  restore(qbr: Qbr): Promise<void> {
    return this.store.restore(qbr);
  }
}
