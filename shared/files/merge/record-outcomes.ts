import type { RevisionTable } from '../../domain/revision';
import type { Tombstone } from '../../domain/tombstone';
import { canonicalJson } from '../../util/content-hash';
import { mergedDeletion, mergedHistory, unionHistories } from './histories';
import type { MergeSide, RecordChange, RecordState, RevisedRecord } from './merge-types';
import type { KeyedState } from './record-index';

/**
 * What a merge does to one record of my workbook, given how it should end up (live with a
 * record, or deleted) and both sides' states: the change to write, with the history it leaves,
 * or undefined when my workbook already holds exactly that. A side whose history already holds
 * the other's latest revision is taken with both histories joined; anything else is a version
 * neither side had, and gets a merge revision (histories.ts).
 */

/** Both sides' states of one record. */
export interface Sides {
  table: RevisionTable;
  id: string;
  mine: KeyedState | undefined;
  theirs: KeyedState | undefined;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item, index) => item === b[index]);

const stateOf = (sides: Sides, side: MergeSide): RecordState | undefined =>
  side === 'mine' ? sides.mine : sides.theirs;

const other = (side: MergeSide): MergeSide => (side === 'mine' ? 'theirs' : 'mine');

// The history when `side`'s version is taken as it is: joined, if it already follows the other.
function takenHistory(sides: Sides, side: MergeSide, merged: () => string[]): string[] {
  const taken = stateOf(sides, side);
  const rest = stateOf(sides, other(side));
  const [top] = taken?.revs ?? [];
  if (top === undefined) return merged();
  const [latestOther] = rest?.revs ?? [];
  if (latestOther === undefined || taken?.revs.includes(latestOther) === true) {
    return unionHistories(top, sides.mine?.revs ?? [], sides.theirs?.revs ?? []);
  }
  return merged();
}

/** The change that leaves the record live as `record`, with `revs`, or undefined if none. */
export function liveChange(
  sides: Sides,
  record: RevisedRecord,
  revs: string[],
  from: RecordChange['from'],
): RecordChange | undefined {
  const { table, id, mine } = sides;
  const expected = mine?.revs[0];
  if (mine?.state !== 'live') {
    return { table, id, record, revs, from, action: mine ? 'restore' : 'add', expected };
  }
  const sameRecord = canonicalJson(mine.record) === canonicalJson(record);
  if (sameRecord && sameList(mine.revs, revs)) return undefined;
  return { table, id, record, revs, from, action: sameRecord ? 'history' : 'update', expected };
}

/** The change that leaves the record deleted (with `tombstone`), or undefined if none. */
export function deletedChange(
  sides: Sides,
  tombstone: Tombstone | undefined,
  revs: string[],
  from: RecordChange['from'],
): RecordChange | undefined {
  const { table, id, mine } = sides;
  const expected = mine?.revs[0];
  if (mine?.state === 'live') {
    return { table, id, tombstone, revs, from, action: 'delete', expected };
  }
  const sameTombstone = canonicalJson(mine?.tombstone) === canonicalJson(tombstone);
  if (mine && sameTombstone && sameList(mine.revs, revs)) return undefined;
  return { table, id, tombstone, revs, from, action: 'history', expected };
}

/** Keeps `side`'s live version exactly as it is. */
export function keepLive(sides: Sides, side: MergeSide): RecordChange | undefined {
  const state = stateOf(sides, side);
  if (state?.state !== 'live') return undefined;
  const revs = takenHistory(sides, side, () =>
    mergedHistory(sides.mine?.revs ?? [], sides.theirs?.revs ?? [], state.record),
  );
  return liveChange(sides, state.record, revs, side);
}

/** A version neither side had (combined fields, or a record kept over a deletion). */
export function mergedLive(sides: Sides, record: RevisedRecord): RecordChange | undefined {
  const revs = mergedHistory(sides.mine?.revs ?? [], sides.theirs?.revs ?? [], record);
  return liveChange(sides, record, revs, 'both');
}

/**
 * Leaves the record deleted: with the deleting side's history when it already follows the
 * other, else with a merge revision. `fallback` is the tombstone when neither side has one.
 */
export function keepDeleted(
  sides: Sides,
  fallback: Tombstone | undefined,
): RecordChange | undefined {
  const { mine, theirs } = sides;
  const deleters: MergeSide[] = [];
  if (mine?.state === 'deleted') deleters.push('mine');
  if (theirs?.state === 'deleted') deleters.push('theirs');
  const merged = () => mergedDeletion(mine?.revs ?? [], theirs?.revs ?? []);
  let revs: string[] | undefined;
  let from: RecordChange['from'] = 'both';
  for (const side of deleters) {
    const candidate = takenHistory(sides, side, () => []);
    if (candidate.length > 0) {
      revs = candidate;
      from = side;
      break;
    }
  }
  return deletedChange(sides, earliest(mine, theirs) ?? fallback, revs ?? merged(), from);
}

// The earlier tombstone of the two sides (deletion times are only a tie-break here).
function earliest(...states: (KeyedState | undefined)[]): Tombstone | undefined {
  let found: Tombstone | undefined;
  for (const state of states) {
    const tombstone = state?.state === 'deleted' ? state.tombstone : undefined;
    if (tombstone && (!found || tombstone.deletedAt < found.deletedAt)) found = tombstone;
  }
  return found;
}

/** A tombstone for a record deleted by the merge itself; settings have none. */
export function tombstoneFor(
  table: RevisionTable,
  id: string,
  deletedAt: string,
): Tombstone | undefined {
  return table === 'settings' ? undefined : { id, table, deletedAt };
}
