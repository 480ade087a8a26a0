import {
  askSchema,
  asksToFollowUp,
  type Ask,
  type AskStatus,
  type FlaggedAsk,
} from '../../../../shared/domain/people/ask';
import type { IsoDate } from '../../../../shared/domain/strategy/iso-date';
import type { Validated } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { newPartnersExist } from './people-rules';
import { StrategyStore, type WriteCheck } from './strategy-store';

/**
 * Asks: what the partner manager needs from a colleague. An ask's stakeholder must exist; its
 * partner, when one is named, must exist when it is named (see people-rules.ts). Asks of a
 * deleted stakeholder go with them (stakeholder-repo.ts).
 */
export class AskRepo {
  private readonly store: StrategyStore<Ask>;

  constructor(
    private readonly db: WorkbookDatabase,
    feed: ChangeFeed,
  ) {
    this.store = new StrategyStore(db, feed, 'asks', askSchema, undefined, [db.stakeholders]);
  }

  private readonly rules: WriteCheck<Ask> = async (ask, previous) => {
    if (!(await this.db.stakeholders.get(ask.stakeholderId))) {
      return 'This colleague is no longer on the stakeholder map; choose another.';
    }
    const before = previous?.partnerId === undefined ? [] : [previous.partnerId];
    return newPartnersExist(this.db, ask.partnerId === undefined ? [] : [ask.partnerId], before);
  };

  /** Every ask, in storage order. */
  all(): Promise<Ask[]> {
    return this.db.asks.toArray();
  }

  /** The asks made of one stakeholder. */
  ofStakeholder(stakeholderId: string): Promise<Ask[]> {
    return this.db.asks.where('stakeholderId').equals(stakeholderId).toArray();
  }

  /** The asks made for one partner. */
  ofPartner(partnerId: string): Promise<Ask[]> {
    return this.db.asks.where('partnerId').equals(partnerId).toArray();
  }

  /** The asks with any of the given statuses. */
  withStatus(statuses: readonly AskStatus[]): Promise<Ask[]> {
    return this.db.asks.where('status').anyOf(statuses).toArray();
  }

  /** The declined and stalled asks as of `today`: longest-waiting stalled first, then declined. */
  async toFollowUp(today: IsoDate): Promise<FlaggedAsk<Ask>[]> {
    return asksToFollowUp(await this.withStatus(['asked', 'declined']), today);
  }

  /** One ask, or undefined. */
  get(id: string): Promise<Ask | undefined> {
    return this.store.get(id);
  }

  /** Validates and creates an ask of an existing stakeholder. */
  create(fields: unknown): Promise<Validated<Ask>> {
    return this.store.create(fields, this.rules);
  }

  /** Validates and replaces an ask's fields. */
  update(id: string, fields: unknown): Promise<Validated<Ask>> {
    return this.store.update(id, fields, this.rules);
  }

  /** Deletes an ask (with a tombstone) and returns it for undo. */
  remove(id: string): Promise<Ask | undefined> {
    return this.store.remove(id);
  }

  /** Puts back a deleted ask. */
  restore(ask: Ask): Promise<void> {
    return this.store.restore(ask);
  }
}
