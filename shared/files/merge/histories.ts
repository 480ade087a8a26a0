import {
  deletionRevisionAt,
  MAX_REVISIONS,
  revisionCounter,
  revisionOf,
} from '../../domain/revision';

/**
 * How two histories of one record relate, and the histories a merge leaves behind. Revisions
 * are content-addressed (domain/revision.ts), so "my latest revision is in their history" means
 * they had my version and changed it since: theirs is newer.
 */

/** How my history of a record relates to theirs. */
export type HistoryOrder = 'same' | 'mine-newer' | 'theirs-newer' | 'diverged';

/** Compares two histories (each newest first) by their latest revisions. */
export function compareHistories(mine: readonly string[], theirs: readonly string[]): HistoryOrder {
  const [latestMine] = mine;
  const [latestTheirs] = theirs;
  if (latestMine === latestTheirs) return 'same';
  if (latestMine !== undefined && theirs.includes(latestMine)) return 'theirs-newer';
  if (latestTheirs !== undefined && mine.includes(latestTheirs)) return 'mine-newer';
  return 'diverged';
}

/** Newest first: by counter, then by text, so that both sides of a merge order alike. */
export function byNewest(a: string, b: string): number {
  return revisionCounter(b) - revisionCounter(a) || (a < b ? 1 : a > b ? -1 : 0);
}

/**
 * Both histories as one, `top` first and the rest newest first, capped: what a record's history
 * becomes when one side's version is taken, so that merging the same file again is a no-op.
 */
export function unionHistories(
  top: string,
  mine: readonly string[],
  theirs: readonly string[],
): string[] {
  const rest = new Set([...mine, ...theirs]);
  rest.delete(top);
  return [top, ...[...rest].sort(byNewest)].slice(0, MAX_REVISIONS);
}

/** The greater of two latest revisions (counter, then text): a rule both sides agree on. */
export function greaterLatest(
  mine: readonly string[],
  theirs: readonly string[],
): 'mine' | 'theirs' {
  return byNewest(mine[0] ?? '0-', theirs[0] ?? '0-') <= 0 ? 'mine' : 'theirs';
}

// The counter a merge revision takes: one above both sides' latest.
function nextCounter(mine: readonly string[], theirs: readonly string[]): number {
  return Math.max(revisionCounter(mine[0] ?? '0'), revisionCounter(theirs[0] ?? '0')) + 1;
}

/**
 * The history of a record whose merged version neither side had (a resolved conflict, or two
 * versions that differ only in time): a new revision of the merged content above both sides'
 * latest, over both histories. It depends only on the two histories and the content, so merging
 * A into B and B into A give the same revision.
 */
export function mergedHistory(
  mine: readonly string[],
  theirs: readonly string[],
  content: unknown,
): string[] {
  return unionHistories(revisionOf(nextCounter(mine, theirs), content), mine, theirs);
}

/** Like {@link mergedHistory}, for a record the merge deletes. */
export function mergedDeletion(mine: readonly string[], theirs: readonly string[]): string[] {
  return unionHistories(deletionRevisionAt(nextCounter(mine, theirs)), mine, theirs);
}
