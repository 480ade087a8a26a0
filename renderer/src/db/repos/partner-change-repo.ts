import {
  partnerChangeEditSchema,
  partnerChangeSchema,
  type PartnerChange,
} from '../../../../shared/domain/partner-change';
import { withFirstChanges } from '../../../../shared/domain/first-changes';
import { newestFirst } from '../../../../shared/domain/partner-history';
import { validate, type Validated } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { storeFirstChanges } from '../partner-change-log';
import { GONE, StrategyStore } from './strategy-store';

/**
 * Reads a partner's stage and tier history and edits the one thing a user may change about a
 * recorded change: when it took effect (a tier change back-dated to the programme review, say)
 * and its note. Changes themselves are written only with the partner writes that make them
 * (partner-change-log.ts) and deleted only with their partner. A partner written in bulk may
 * have no stored first record of a field: it is derived from the partner here, as everywhere the
 * history is read (shared/domain/first-changes.ts).
 */
export class PartnerChangeRepo {
  private readonly store: StrategyStore<PartnerChange>;

  constructor(
    private readonly db: WorkbookDatabase,
    feed: ChangeFeed,
  ) {
    this.store = new StrategyStore(db, feed, 'partnerChanges', partnerChangeSchema);
  }

  /** A partner's changes, latest in effect first, its derived first records included. */
  changesOf(partnerId: string): Promise<PartnerChange[]> {
    const { db } = this;
    return db.transaction('r', db.partners, db.partnerChanges, async () => {
      const stored = await db.partnerChanges.where('partnerId').equals(partnerId).toArray();
      const partner = await db.partners.get(partnerId);
      return newestFirst(partner ? withFirstChanges(partner, stored) : stored);
    });
  }

  /** One stored change, or undefined (a derived first record is not stored until edited). */
  get(id: string): Promise<PartnerChange | undefined> {
    return this.store.get(id);
  }

  /**
   * Sets a change's effective date and note (validated); nothing else of it can change. A
   * derived first record is stored first (as it is), so that the edit and its undo find it.
   */
  async setEffective(
    target: Pick<PartnerChange, 'id' | 'partnerId'>,
    edit: unknown,
  ): Promise<Validated<PartnerChange>> {
    const checked = validate(partnerChangeEditSchema, edit);
    if (!checked.ok) return checked;
    const { id, partnerId } = target;
    if (!(await this.store.get(id))) await storeFirstChanges(this.db, [partnerId]);
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
