import type { Ask } from '../../../../shared/domain/people/ask';
import { stakeholderSchema, type Stakeholder } from '../../../../shared/domain/people/stakeholder';
import type { Validated } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { nowIso } from '../ids';
import { trackWrite } from '../pending-writes';
import { contentWrites, deletionWrites, logRevisions } from '../revision-log';
import { recordedWrite } from '../undo/recorded-write';
import { changeLabel } from '../../../../shared/domain/undo-label';
import { newPartnersExist } from './people-rules';
import { StrategyStore, type WriteCheck } from './strategy-store';

/**
 * Colleagues on the stakeholder map. The partners a stakeholder matters for must exist when they
 * are named. Deleting a stakeholder takes their asks along, in one transaction, and an undo puts
 * both back exactly: an ask without its colleague means nothing, and refusing the delete would
 * leave the user to delete every ask by hand first.
 */

/** A deleted stakeholder and the asks that went with them, for undo. */
export interface DeletedStakeholder {
  stakeholder: Stakeholder;
  asks: Ask[];
}

export class StakeholderRepo {
  private readonly store: StrategyStore<Stakeholder>;

  constructor(
    private readonly db: WorkbookDatabase,
    private readonly feed: ChangeFeed,
  ) {
    this.store = new StrategyStore(db, feed, 'stakeholders', stakeholderSchema);
  }

  private readonly rules: WriteCheck<Stakeholder> = (stakeholder, previous) =>
    newPartnersExist(this.db, stakeholder.partnerIds, previous?.partnerIds);

  /** Every stakeholder, by name. */
  all(): Promise<Stakeholder[]> {
    return this.db.stakeholders.orderBy('name').toArray();
  }

  /** The stakeholders who matter for a partner, by name. */
  async ofPartner(partnerId: string): Promise<Stakeholder[]> {
    const found = await this.db.stakeholders.where('partnerIds').equals(partnerId).toArray();
    return found.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** One stakeholder, or undefined. */
  get(id: string): Promise<Stakeholder | undefined> {
    return this.store.get(id);
  }

  /** Validates and creates a stakeholder. */
  create(fields: unknown): Promise<Validated<Stakeholder>> {
    return this.store.create(fields, this.rules);
  }

  /** Validates and replaces a stakeholder's fields. */
  update(id: string, fields: unknown): Promise<Validated<Stakeholder>> {
    return this.store.update(id, fields, this.rules);
  }

  private writeTables() {
    const { db } = this;
    return [db.stakeholders, db.asks, db.tombstones, db.revisions];
  }

  // Reports a committed write of a stakeholder and their asks.
  private report(stakeholderId: string, askIds: readonly string[]): void {
    this.feed.emit({ table: 'stakeholders', ids: [stakeholderId] });
    if (askIds.length > 0) this.feed.emit({ table: 'asks', ids: askIds });
  }

  /** Deletes a stakeholder and their asks, with tombstones; returns them for undo. */
  async remove(id: string): Promise<DeletedStakeholder | undefined> {
    const { db } = this;
    let label = changeLabel('Delete', 'stakeholders');
    const write = recordedWrite(
      db,
      () => label,
      this.writeTables(),
      async () => {
        const stakeholder = await db.stakeholders.get(id);
        if (!stakeholder) return undefined;
        label = changeLabel('Delete', 'stakeholders', 1, stakeholder.name);
        const asks = await db.asks.where('stakeholderId').equals(id).toArray();
        const askIds = asks.map((ask) => ask.id);
        const deletedAt = nowIso();
        await db.asks.bulkDelete(askIds);
        await db.stakeholders.delete(id);
        await db.tombstones.bulkPut([
          { id, table: 'stakeholders', deletedAt },
          ...askIds.map((askId) => ({ id: askId, table: 'asks' as const, deletedAt })),
        ]);
        await logRevisions(db, [
          ...deletionWrites('stakeholders', [stakeholder]),
          ...deletionWrites('asks', asks),
        ]);
        return { stakeholder, asks };
      },
    );
    const removed = await trackWrite(write);
    if (removed)
      this.report(
        id,
        removed.asks.map((ask) => ask.id),
      );
    return removed;
  }

  /** Puts back a deleted stakeholder and their asks exactly as they were. */
  async restore(deleted: DeletedStakeholder): Promise<void> {
    const { db } = this;
    const { stakeholder, asks } = deleted;
    const label = changeLabel('Restore', 'stakeholders', 1, stakeholder.name);
    const write = recordedWrite(db, label, this.writeTables(), async () => {
      await db.stakeholders.put(stakeholder);
      await db.asks.bulkPut(asks);
      await db.tombstones.bulkDelete([stakeholder.id, ...asks.map((ask) => ask.id)]);
      await logRevisions(db, [
        ...contentWrites('stakeholders', [stakeholder]),
        ...contentWrites('asks', asks),
      ]);
    });
    await trackWrite(write);
    this.report(
      stakeholder.id,
      asks.map((ask) => ask.id),
    );
  }
}
