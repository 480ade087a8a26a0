import type { Tombstone } from '../../domain/tombstone';
import { compareHistories } from './histories';
import type { Followers, HistoryChanges, MergeSide, RecordChange } from './merge-types';
import type { KeyedState, SideIndex } from './record-index';
import { keepDeleted, keepLive, tombstoneFor, type Sides } from './record-outcomes';

/**
 * A deleted partner takes its contacts, activities, plans, investments, metric entries, QBRs,
 * stage and tier changes and intelligence with it, and the feedback, decisions and asks that
 * name it (stakeholders keep existing: the deleting side's update takes the partner off their
 * list, and merges as any update does), and a deleted draft its
 * iterations and status changes. When one side deleted a partner (or draft) and the other still
 * has it, the deletion stands only if the other side changed nothing of it since: not the record
 * and, for a partner, none of its contacts or activities (one added there counts as a change).
 * Otherwise the deletion is a conflict, and what belongs to the record follows the answer: kept
 * with it, or deleted with it. These are the changes for either answer.
 */

/** How a one-sided deletion of a partner or draft goes. */
export type DeletionVerdict =
  { kind: 'live-newer' } | { kind: 'deletion-stands' } | { kind: 'conflict'; followers: Followers };

// What a partner's followers are called, in the order a summary lists them.
const FOLLOWER_NOUNS: readonly (readonly [string, string, string])[] = [
  ['contacts', 'contact', 'contacts'],
  ['activities', 'activity', 'activities'],
  ['partnerPlans', 'partner plan', 'partner plans'],
  ['investments', 'investment', 'investments'],
  ['metricEntries', 'metric entry', 'metric entries'],
  ['qbrs', 'QBR', 'QBRs'],
  ['partnerChanges', 'stage or tier change', 'stage or tier changes'],
  ['intelligenceEntries', 'intelligence entry', 'intelligence entries'],
  ['feedback', 'feedback entry', 'feedback entries'],
  ['decisions', 'decision', 'decisions'],
  ['asks', 'ask', 'asks'],
];

const plural = (count: number, one: string, many: string): string | undefined =>
  count === 0 ? undefined : `${count} ${count === 1 ? one : many}`;

// "a", "a and b", "a, b and c".
const joined = (parts: (string | undefined)[]): string => {
  const present = parts.filter((part) => part !== undefined);
  const last = present.pop();
  if (last === undefined) return '';
  return present.length === 0 ? last : `${present.join(', ')} and ${last}`;
};

const noHistory = (): HistoryChanges => ({
  addIterations: [],
  removeIterations: [],
  addStatusChanges: [],
  removeStatusChanges: [],
});

/** The two sides of a merge with the live and deleting side of one record named. */
export interface DeletionSides {
  mine: SideIndex;
  theirs: SideIndex;
  live: MergeSide;
  record: Sides;
}

// True when the live side is newer: it restored the record after the deletion it has seen.
function liveIsNewer({ live, record }: DeletionSides): boolean {
  const order = compareHistories(record.mine?.revs ?? [], record.theirs?.revs ?? []);
  return order === (live === 'mine' ? 'mine-newer' : 'theirs-newer');
}

const index = (sides: DeletionSides, side: MergeSide): SideIndex =>
  side === 'mine' ? sides.mine : sides.theirs;

const deleter = (sides: DeletionSides): MergeSide => (sides.live === 'mine' ? 'theirs' : 'mine');

function childSides(sides: DeletionSides, key: string): Sides | undefined {
  const mine = sides.mine.states.get(key);
  const theirs = sides.theirs.states.get(key);
  const any: KeyedState | undefined = mine ?? theirs;
  return any && { table: any.table, id: any.id, mine, theirs };
}

/** The verdict on a partner deleted on one side and live on the other. */
export function partnerDeletion(sides: DeletionSides, deletedAt: string): DeletionVerdict {
  if (liveIsNewer(sides)) return { kind: 'live-newer' };
  const liveIndex = index(sides, sides.live);
  const deletingIndex = index(sides, deleter(sides));
  const children = liveIndex.childrenOf.get(sides.record.id) ?? [];
  const childChanged = children.some((key) => {
    const latest = liveIndex.states.get(key)?.revs[0];
    const known = deletingIndex.states.get(key);
    return latest === undefined || known?.revs.includes(latest) !== true;
  });
  const order = compareHistories(sides.record.mine?.revs ?? [], sides.record.theirs?.revs ?? []);
  if (order !== 'diverged' && !childChanged) return { kind: 'deletion-stands' };
  const ifKept: RecordChange[] = [];
  const ifDeleted: RecordChange[] = [];
  const counts = new Map<string, number>();
  for (const key of children) {
    const child = childSides(sides, key);
    if (!child) continue;
    counts.set(child.table, (counts.get(child.table) ?? 0) + 1);
    const kept = keepLive(child, sides.live);
    if (kept) ifKept.push(kept);
    const gone = keepDeleted(child, tombstoneFor(child.table, child.id, deletedAt));
    if (gone) ifDeleted.push(gone);
  }
  const summary = joined(
    FOLLOWER_NOUNS.map(([table, one, many]) => plural(counts.get(table) ?? 0, one, many)),
  );
  return {
    kind: 'conflict',
    followers: {
      ifKept,
      ifDeleted,
      historyIfKept: noHistory(),
      historyIfDeleted: noHistory(),
      summary,
    },
  };
}

/** The verdict on a draft deleted on one side and live on the other. */
export function draftDeletion(sides: DeletionSides): DeletionVerdict {
  if (liveIsNewer(sides)) return { kind: 'live-newer' };
  const order = compareHistories(sides.record.mine?.revs ?? [], sides.record.theirs?.revs ?? []);
  if (order !== 'diverged') return { kind: 'deletion-stands' };
  const liveIndex = index(sides, sides.live);
  const iterations = liveIndex.iterationsOf.get(sides.record.id) ?? [];
  const statusChanges = liveIndex.statusChangesOf.get(sides.record.id) ?? [];
  const historyIfKept = noHistory();
  const historyIfDeleted = noHistory();
  if (sides.live === 'theirs') {
    historyIfKept.addIterations = iterations.filter((item) => !sides.mine.iterations.has(item.id));
    historyIfKept.addStatusChanges = statusChanges.filter(
      (item) => !sides.mine.statusChanges.has(item.id),
    );
  } else {
    historyIfDeleted.removeIterations = iterations.map((item) => item.id);
    historyIfDeleted.removeStatusChanges = statusChanges.map((item) => item.id);
  }
  const summary = joined([
    plural(iterations.length, 'iteration', 'iterations'),
    plural(statusChanges.length, 'status change', 'status changes'),
  ]);
  return {
    kind: 'conflict',
    followers: { ifKept: [], ifDeleted: [], historyIfKept, historyIfDeleted, summary },
  };
}

/** The keys of a partner's contacts and activities on the side that still has it. */
export function followerKeys(sides: DeletionSides): string[] {
  return index(sides, sides.live).childrenOf.get(sides.record.id) ?? [];
}

/** The deletion time to give records deleted along with a partner: its tombstone's. */
export function deletionTime(state: KeyedState | undefined, fallback: string): string {
  const tombstone: Tombstone | undefined = state?.state === 'deleted' ? state.tombstone : undefined;
  return tombstone?.deletedAt ?? fallback;
}
