import {
  partnerChangeEditSchema,
  partnerChangeSchema,
  type PartnerChange,
} from '../../../../shared/domain/partner-change';
import { newestFirst } from '../../../../shared/domain/partner-history';
import { validate, type Validated } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { GONE, StrategyStore } from './strategy-store';

/**
 * Reads a partner's stage and tier history and edits the one thing a user may change about a
 * recorded change: when it took effect (a tier change back-dated to the programme review, say)
 * and its note. Changes themselves are written only with the partner writes that make them
 * (partner-change-log.ts) and deleted only with their partner.
 */
export class PartnerChangeRepo {
  private readonly store: StrategyStore<PartnerChange>;

  constructor(
    private readonly db: WorkbookDatabase,
    feed: ChangeFeed,
  ) {
    this.store = new StrategyStore(db, feed, 'partnerChanges', partnerChangeSchema);
  }

  /** A partner's changes, latest in effect first. */
  async changesOf(partnerId: string): Promise<PartnerChange[]> {
    return newestFirst(await this.db.partnerChanges.where('partnerId').equals(partnerId).toArray());
  }

  /** One change, or undefined. */
  get(id: string): Promise<PartnerChange | undefined> {
    return this.store.get(id);
  }

  /** Sets a change's effective date and note (validated); nothing else of it can change. */
  async setEffective(id: string, edit: unknown): Promise<Validated<PartnerChange>> {
    const checked = validate(partnerChangeEditSchema, edit);
    if (!checked.ok) return checked;
    const existing = await this.store.get(id);
    if (!existing) return { ok: false, errors: { _: GONE } };
    const { note, ...rest } = existing;
    const fields = { ...rest, ...checked.value };
    return this.store.update(id, fields, (change, previous) =>
      Promise.resolve(
        previous && (previous.partnerId !== change.partnerId || previous.to !== change.to)
          ? 'Only the effective date and note of a change can be edited.'
          : undefined,
      ),
    );
  }
}
