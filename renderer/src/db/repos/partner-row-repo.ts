import type { PartnerRow } from '../../../../shared/domain/partner-row';
import { toPartnerRow } from '../../../../shared/domain/partner-row';
import type { WorkbookDatabase } from '../database';

/** Reads the partners table's rows: the first screenful by name, then everything in batches. */
export class PartnerRowRepo {
  constructor(private readonly db: WorkbookDatabase) {}

  /** The first rows in name order, straight from the name-key index. */
  async firstByName(limit: number): Promise<PartnerRow[]> {
    return (await this.db.partners.orderBy('nameKey').limit(limit).toArray()).map(toPartnerRow);
  }

  /** How many partners there are. */
  count(): Promise<number> {
    return this.db.partners.count();
  }

  /**
   * Reads every row in primary-key order, a batch per transaction, handing each batch over as
   * it arrives so that no single task holds the main thread for the whole workbook. The next
   * batch is requested before the current one is turned into rows, so reading and converting
   * overlap.
   */
  async scan(batchSize: number, onBatch: (rows: PartnerRow[]) => void): Promise<void> {
    const read = (after: string | undefined) =>
      (after === undefined
        ? this.db.partners.orderBy(':id')
        : this.db.partners.where(':id').above(after)
      )
        .limit(batchSize)
        .toArray();
    let pending = read(undefined);
    for (;;) {
      const batch = await pending;
      const last = batch[batch.length - 1];
      const more = batch.length === batchSize && last !== undefined;
      if (more) pending = read(last.id);
      if (batch.length > 0) onBatch(batch.map(toPartnerRow));
      if (!more) return;
    }
  }

  /** The current rows of some partners; undefined where a partner no longer exists. */
  async byIds(ids: readonly string[]): Promise<(PartnerRow | undefined)[]> {
    const stored = await this.db.partners.bulkGet([...ids]);
    return stored.map((partner) => partner && toPartnerRow(partner));
  }
}
