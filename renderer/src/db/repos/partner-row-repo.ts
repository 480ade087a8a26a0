import type { IndexableType } from 'dexie';
import type { PartnerRow } from '../../../../shared/domain/partner-row';
import { toPartnerRow } from '../../../../shared/domain/partner-row';
import {
  POSITIONING_STATUSES,
  type PositioningStatus,
} from '../../../../shared/domain/positioning';
import { summarizeStatus } from '../../../../shared/positioning/history-rules';
import type { WorkbookDatabase } from '../database';
import type { StoredPartner } from '../stored-partner';

type StatusesByPartner = ReadonlyMap<string, PositioningStatus>;

const isStatus = (value: unknown): value is PositioningStatus =>
  POSITIONING_STATUSES.some((status) => status === value);

/**
 * Each partner's positioning status from `[partnerId+status]` index keys alone: no draft (and
 * none of its fields) is read. Company-wide drafts have no partnerId, so they are not in it.
 */
async function statusesFrom(
  keys: PromiseLike<readonly IndexableType[]>,
): Promise<StatusesByPartner> {
  const grouped = new Map<string, PositioningStatus[]>();
  for (const key of await keys) {
    const [partnerId, status] = Array.isArray(key) ? key : [];
    if (typeof partnerId !== 'string' || !isStatus(status)) continue;
    const statuses = grouped.get(partnerId);
    if (statuses) statuses.push(status);
    else grouped.set(partnerId, [status]);
  }
  const summary = new Map<string, PositioningStatus>();
  for (const [partnerId, statuses] of grouped) {
    const status = summarizeStatus(statuses);
    if (status !== undefined) summary.set(partnerId, status);
  }
  return summary;
}

/** Reads the partners table's rows: the first screenful by name, then everything in batches. */
export class PartnerRowRepo {
  constructor(private readonly db: WorkbookDatabase) {}

  /** The first rows in name order, straight from the name-key index. */
  async firstByName(limit: number): Promise<PartnerRow[]> {
    const partners = await this.db.partners.orderBy('nameKey').limit(limit).toArray();
    const statuses = await this.statusesOf(partners.map((partner) => partner.id));
    return partners.map((partner) => toPartnerRow(partner, statuses.get(partner.id)));
  }

  /** How many partners there are. */
  count(): Promise<number> {
    return this.db.partners.count();
  }

  /**
   * Reads every row in primary-key order, a batch per transaction, handing each batch over as
   * it arrives so that no single task holds the main thread for the whole workbook. The next
   * batch is requested before the current one is turned into rows, so reading and converting
   * overlap. Positioning statuses are read once, from index keys, alongside the first batch.
   */
  async scan(batchSize: number, onBatch: (rows: PartnerRow[]) => void): Promise<void> {
    const read = (after: string | undefined) =>
      (after === undefined
        ? this.db.partners.orderBy(':id')
        : this.db.partners.where(':id').above(after)
      )
        .limit(batchSize)
        .toArray();
    const pendingStatuses = statusesFrom(
      this.db.positioningDrafts.orderBy('[partnerId+status]').keys(),
    );
    let pending = read(undefined);
    const statuses = await pendingStatuses;
    for (;;) {
      const batch = await pending;
      const last = batch[batch.length - 1];
      const more = batch.length === batchSize && last !== undefined;
      if (more) pending = read(last.id);
      if (batch.length > 0) onBatch(toRows(batch, statuses));
      if (!more) return;
    }
  }

  /** The current rows of some partners; undefined where a partner no longer exists. */
  async byIds(ids: readonly string[]): Promise<(PartnerRow | undefined)[]> {
    const [stored, statuses] = await Promise.all([
      this.db.partners.bulkGet([...ids]),
      this.statusesOf(ids),
    ]);
    return stored.map((partner) => partner && toPartnerRow(partner, statuses.get(partner.id)));
  }

  // One index query for all the partners, by the exact `[partnerId+status]` keys they can have.
  private async statusesOf(ids: readonly string[]): Promise<StatusesByPartner> {
    if (ids.length === 0) return new Map();
    return statusesFrom(
      this.db.positioningDrafts.where('[partnerId+status]').anyOf(statusIndexKeys(ids)).keys(),
    );
  }
}

/**
 * The `[partnerId+status]` keys the drafts of these partners can have (every status for each
 * partner), once each and in IndexedDB's order. Dexie's `anyOf` walks them with one cursor,
 * skipping ahead between keys; given in order, its own sort of them costs one comparison a key.
 * (Not `inAnyRange` with a range per partner: Dexie merges those ranges pairwise before reading,
 * one 23-second task of the main thread for the 20,000 partners an import's undo reports.)
 * A draft whose status is none of these is left out of the summary anyway (`statusesFrom`).
 */
export function statusIndexKeys(ids: readonly string[]): [string, PositioningStatus][] {
  // Strings sort by UTF-16 code units, as IndexedDB orders them.
  const partners = [...new Set(ids)].sort();
  const statuses = [...POSITIONING_STATUSES].sort();
  return partners.flatMap((id) =>
    statuses.map((status): [string, PositioningStatus] => [id, status]),
  );
}

function toRows(batch: readonly StoredPartner[], statuses: StatusesByPartner): PartnerRow[] {
  return batch.map((partner) => toPartnerRow(partner, statuses.get(partner.id)));
}
