import { addCounts, emptyCounts } from './conflicts';
import { fieldLabel } from './field-display';
import { greaterLatest } from './histories';
import type {
  Conflict,
  HistoryChanges,
  MergePlan,
  MergeResult,
  MergeSide,
  RecordChange,
  Resolution,
  Resolutions,
  ResolvedConflict,
} from './merge-types';
import { withHead } from './positioning-history';
import { combineVersions } from './record-fields';
import { keepDeleted, mergedLive, tombstoneFor, type Sides } from './record-outcomes';
import { mergeWrites } from './merge-writes';

/**
 * Turns a plan and the answers to its conflicts into the writes of the merge. A conflict over a
 * record changed on both sides takes, field by field, the side its answer names (a whole-record
 * answer names one side for every field); one deleted on one side is kept or deleted as a
 * whole, and what belongs to it (a partner's contacts and activities, a draft's iterations)
 * follows. A resolved record gets a new revision over both sides' histories, so merging the
 * same file again asks nothing.
 */

const isSide = (value: unknown): value is MergeSide => value === 'mine' || value === 'theirs';

/** True when `resolution` is a usable answer to `conflict`. */
export function isAnswer(conflict: Conflict, resolution: Resolution | undefined): boolean {
  if (isSide(resolution)) return true;
  if (conflict.kind !== 'both-changed' || typeof resolution !== 'object') return false;
  return Object.values(resolution.fields).every(isSide);
}

/** The same side for every conflict of a plan (the command line's `--prefer`). */
export function preferSide(plan: MergePlan, side: MergeSide): Resolutions {
  return Object.fromEntries(plan.conflicts.map((conflict) => [conflict.key, side]));
}

/**
 * For every conflict, the side whose latest revision is greater (counter, then text): a rule
 * that does not depend on which workbook is merged into which, for tests and scripts.
 */
export function preferGreaterRevision(plan: MergePlan): Resolutions {
  return Object.fromEntries(
    plan.conflicts.map((conflict) => [
      conflict.key,
      greaterLatest(conflict.mine.revs, conflict.theirs.revs),
    ]),
  );
}

interface Resolved {
  changes: RecordChange[];
  history?: HistoryChanges | undefined;
  outcome: string;
}

const sidesOf = (conflict: Conflict): Sides => ({
  table: conflict.table,
  id: conflict.id,
  mine: { ...conflict.mine, table: conflict.table, id: conflict.id },
  theirs: { ...conflict.theirs, table: conflict.table, id: conflict.id },
});

const present = (change: RecordChange | undefined): RecordChange[] => (change ? [change] : []);

function resolveBothChanged(conflict: Conflict, resolution: Resolution): Resolved {
  const { mine, theirs, table } = conflict;
  if (mine.state !== 'live' || theirs.state !== 'live')
    throw new Error('Not a both-changed conflict.');
  const choose = (field: string): MergeSide =>
    isSide(resolution) ? resolution : (resolution.fields[field] ?? 'mine');
  const combined = combineVersions(table, mine.record, theirs.record, choose);
  const record =
    conflict.derived && 'template' in combined ? withHead(combined, conflict.derived) : combined;
  const taken = conflict.fields.filter((field) => choose(field.field) === 'theirs');
  const outcome = isSide(resolution)
    ? resolution === 'mine'
      ? 'kept mine'
      : 'took theirs'
    : taken.length === 0
      ? 'kept mine'
      : taken.length === conflict.fields.length
        ? 'took theirs'
        : `took theirs for ${taken.map((field) => fieldLabel(field.field)).join(', ')}; kept mine for the rest`;
  return { changes: present(mergedLive(sidesOf(conflict), record)), outcome };
}

function resolveDeletion(conflict: Conflict, side: MergeSide): Resolved {
  const deletedOn: MergeSide = conflict.kind === 'deleted-mine' ? 'mine' : 'theirs';
  const live = deletedOn === 'mine' ? conflict.theirs : conflict.mine;
  if (live.state !== 'live') throw new Error('Not a deletion conflict.');
  const sides = sidesOf(conflict);
  const followers = conflict.followers;
  const also = followers?.summary ? ` with its ${followers.summary}` : '';
  if (side === deletedOn) {
    const fallback = tombstoneFor(conflict.table, conflict.id, live.record.updatedAt);
    return {
      changes: [...present(keepDeleted(sides, fallback)), ...(followers?.ifDeleted ?? [])],
      history: followers?.historyIfDeleted,
      outcome: `deleted${also}`,
    };
  }
  return {
    changes: [...present(mergedLive(sides, live.record)), ...(followers?.ifKept ?? [])],
    history: followers?.historyIfKept,
    outcome: `kept${also} (it was deleted in ${deletedOn === 'mine' ? 'mine' : 'theirs'})`,
  };
}

function resolve(conflict: Conflict, resolution: Resolution): Resolved {
  if (conflict.kind === 'both-changed') return resolveBothChanged(conflict, resolution);
  if (!isSide(resolution)) throw new Error('A deletion is answered with a side.');
  return resolveDeletion(conflict, resolution);
}

const joinHistory = (into: HistoryChanges, more: HistoryChanges | undefined): void => {
  if (!more) return;
  into.addIterations.push(...more.addIterations);
  into.removeIterations.push(...more.removeIterations);
  into.addStatusChanges.push(...more.addStatusChanges);
  into.removeStatusChanges.push(...more.removeStatusChanges);
};

/** The writes of a plan with an answer for every conflict, or the conflicts still unanswered. */
export function applyResolutions(plan: MergePlan, resolutions: Resolutions): MergeResult {
  const answer = (conflict: Conflict): Resolution | undefined =>
    Object.hasOwn(resolutions, conflict.key) ? resolutions[conflict.key] : undefined;
  const unanswered = plan.conflicts.filter((conflict) => !isAnswer(conflict, answer(conflict)));
  if (unanswered.length > 0) {
    const count = unanswered.length;
    return {
      ok: false,
      unanswered,
      message: `${count} conflict${count === 1 ? ' needs' : 's need'} an answer (mine or theirs) before the merge can be written.`,
    };
  }
  const changes = [...plan.changes];
  const history: HistoryChanges = {
    addIterations: [...plan.history.addIterations],
    removeIterations: [...plan.history.removeIterations],
    addStatusChanges: [...plan.history.addStatusChanges],
    removeStatusChanges: [...plan.history.removeStatusChanges],
  };
  const resolved: ResolvedConflict[] = [];
  for (const conflict of plan.conflicts) {
    const resolution = answer(conflict);
    if (resolution === undefined) continue;
    const result = resolve(conflict, resolution);
    changes.push(...result.changes);
    joinHistory(history, result.history);
    resolved.push({ conflict, resolution, outcome: result.outcome });
  }
  return {
    ok: true,
    writes: mergeWrites(changes, history),
    resolved,
    counts: addCounts(emptyCounts(), changes, history),
  };
}
