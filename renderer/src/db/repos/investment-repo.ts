import { investmentSchema, type Investment } from '../../../../shared/domain/strategy/investment';
import type { IsoDate } from '../../../../shared/domain/strategy/iso-date';
import type { Validated } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { partnerFiguresOf } from '../partner-figures-store';
import { partnerExists, StrategyStore } from './strategy-store';

// Bounds of the string keys (dates, metric keys) within a partner's range of a compound index.
const LOWEST = '';
const HIGHEST = '\uffff';

/** The investment ledger: each partner's time, money and energy entries, by date. */
export class InvestmentRepo {
  private readonly store: StrategyStore<Investment>;

  constructor(
    private readonly db: WorkbookDatabase,
    feed: ChangeFeed,
  ) {
    // The dashboard's per-partner figures are derived from the ledger, in the same transaction.
    this.store = new StrategyStore(
      db,
      feed,
      'investments',
      investmentSchema,
      partnerFiguresOf<Investment>(db),
    );
  }

  /** A partner's entries dated within the range (ends included; open ends unbounded), by date. */
  ledgerOf(partnerId: string, from?: IsoDate, to?: IsoDate): Promise<Investment[]> {
    return this.db.investments
      .where('[partnerId+date]')
      .between([partnerId, from ?? LOWEST], [partnerId, to ?? HIGHEST], true, true)
      .toArray();
  }

  /** One entry, or undefined. */
  get(id: string): Promise<Investment | undefined> {
    return this.store.get(id);
  }

  /** Validates and logs an entry for an existing partner. */
  create(fields: unknown): Promise<Validated<Investment>> {
    return this.store.create(fields, partnerExists(this.db));
  }

  /** Validates and replaces an entry's fields. */
  update(id: string, fields: unknown): Promise<Validated<Investment>> {
    return this.store.update(id, fields, partnerExists(this.db));
  }

  /** Deletes an entry (with a tombstone) and returns it for undo. */
  remove(id: string): Promise<Investment | undefined> {
    return this.store.remove(id);
  }

  /** Puts back a deleted entry. */
  restore(entry: Investment): Promise<void> {
    return this.store.restore(entry);
  }
}
