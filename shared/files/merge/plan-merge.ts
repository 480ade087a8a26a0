import { REVISION_TABLES } from '../../domain/revision';
import type { WorkbookSnapshot } from '../partnerbook/snapshot';
import { conflictOf, countPlan } from './conflicts';
import { draftDeletion, followerKeys, partnerDeletion } from './deletion-followers';
import { compareHistories } from './histories';
import type { Conflict, MergePlan, PlanResult, RecordChange } from './merge-types';
import {
  bothSidesIterations,
  historyChanges,
  mergedHead,
  withHead,
  type DraftFate,
} from './positioning-history';
import { indexSide, type SideIndex } from './record-index';
import { combineVersions, differingFields } from './record-fields';
import { keepDeleted, keepLive, mergedLive, tombstoneFor, type Sides } from './record-outcomes';
import { historyKey } from './snapshot-revisions';

/**
 * Plans merging their copy of a workbook into mine, record by record (matched by id), by
 * revision history rather than by clock: a record only one side changed takes that side's
 * version; changed on both sides, it is a conflict to review field by field; deleted on one
 * side and unchanged on the other, it is deleted; deleted on one and changed on the other, a
 * conflict. Nothing here writes: the plan lists changes, and applyResolutions turns a plan and
 * the answers to its conflicts into writes. Merging the same file again plans nothing, and
 * merging A into B or B into A gives the same records when conflicts get the same answers.
 */

/** Options of {@link planMerge}. */
export interface PlanMergeOptions {
  /** Merge a file of another workbook (another id) all the same: nothing will match by id. */
  allowDifferentWorkbook?: boolean;
}

type Decision =
  | { kind: 'keep' }
  | { kind: 'change'; change: RecordChange }
  | { kind: 'conflict'; conflict: Conflict };

const KEEP: Decision = { kind: 'keep' };

const changed = (change: RecordChange | undefined): Decision =>
  change ? { kind: 'change', change } : KEEP;

/** Why a file of another workbook is not merged, for people. */
export function differentWorkbookMessage(mine: string, theirs: string): string {
  return (
    `“${theirs}” is a different workbook from “${mine}” (it was not copied from it), so none of ` +
    'its records can match. Open it as a workbook of its own, or import its partners, instead.'
  );
}

const updatedAtOf = (sides: Sides): string => {
  const live = sides.mine?.state === 'live' ? sides.mine : sides.theirs;
  return live?.state === 'live' ? live.record.updatedAt : '';
};

class Planner {
  readonly decisions = new Map<string, Decision>();

  constructor(
    readonly mine: SideIndex,
    readonly theirs: SideIndex,
  ) {}

  sides(key: string): Sides | undefined {
    const mine = this.mine.states.get(key);
    const theirs = this.theirs.states.get(key);
    const any = mine ?? theirs;
    return any && { table: any.table, id: any.id, mine, theirs };
  }

  decide(sides: Sides): Decision {
    const { mine: m, theirs: t } = sides;
    if (!t) return KEEP;
    if (!m)
      return changed(
        t.state === 'live' ? keepLive(sides, 'theirs') : keepDeleted(sides, undefined),
      );
    const fallback = tombstoneFor(sides.table, sides.id, updatedAtOf(sides));
    switch (compareHistories(m.revs, t.revs)) {
      case 'same':
        // The same revision is the same content; two deletions may differ in their time only.
        return m.state === 'deleted' ? changed(keepDeleted(sides, undefined)) : KEEP;
      case 'mine-newer':
        return changed(m.state === 'live' ? keepLive(sides, 'mine') : keepDeleted(sides, fallback));
      case 'theirs-newer':
        return changed(
          t.state === 'live' ? keepLive(sides, 'theirs') : keepDeleted(sides, fallback),
        );
      case 'diverged':
        return this.diverged(sides);
    }
  }

  private diverged(sides: Sides): Decision {
    const { mine: m, theirs: t, table, id } = sides;
    if (m?.state === 'deleted' && t?.state === 'deleted')
      return changed(keepDeleted(sides, undefined));
    if (m?.state !== 'live' || t?.state !== 'live') {
      const kind = m?.state === 'deleted' ? 'deleted-mine' : 'deleted-theirs';
      return { kind: 'conflict', conflict: conflictOf(sides, kind, this.mine, this.theirs) };
    }
    const derived =
      table === 'positioningDrafts'
        ? mergedHead(bothSidesIterations(id, this.mine, this.theirs))
        : undefined;
    if (differingFields(table, m.record, t.record).length > 0) {
      const conflict = conflictOf(sides, 'both-changed', this.mine, this.theirs, derived);
      return { kind: 'conflict', conflict };
    }
    // Changed on both sides to the same content (only the times differ): one version.
    const combined = combineVersions(table, m.record, t.record, () => 'mine');
    const record = derived && 'template' in combined ? withHead(combined, derived) : combined;
    return changed(mergedLive(sides, record));
  }

  // A partner or draft deleted on one side and live on the other: see deletion-followers.ts.
  applyDeletionRules(key: string, sides: Sides): void {
    const { mine: m, theirs: t, table } = sides;
    if (!m || !t || m.state === t.state) return;
    if (table !== 'partners' && table !== 'positioningDrafts') return;
    const live = m.state === 'live' ? 'mine' : 'theirs';
    const deletion = { mine: this.mine, theirs: this.theirs, live, record: sides } as const;
    const deleter = live === 'mine' ? t : m;
    const deletedAt = deleter.state === 'deleted' ? deleter.tombstone?.deletedAt : undefined;
    const verdict =
      table === 'partners'
        ? partnerDeletion(deletion, deletedAt ?? updatedAtOf(sides))
        : draftDeletion(deletion);
    if (verdict.kind !== 'conflict') return;
    const kind = live === 'mine' ? 'deleted-theirs' : 'deleted-mine';
    const conflict = conflictOf(sides, kind, this.mine, this.theirs);
    conflict.followers = verdict.followers;
    this.decisions.set(key, { kind: 'conflict', conflict });
    if (table === 'partners') {
      for (const child of followerKeys(deletion)) this.decisions.set(child, KEEP);
    }
  }

  fate(draftId: string): DraftFate {
    const key = historyKey('positioningDrafts', draftId);
    const decision = this.decisions.get(key);
    if (decision?.kind === 'conflict') {
      return decision.conflict.kind === 'both-changed' ? 'live' : 'pending';
    }
    if (decision?.kind === 'change') return decision.change.record ? 'live' : 'deleted';
    const state = this.mine.states.get(key) ?? this.theirs.states.get(key);
    return state?.state === 'deleted' ? 'deleted' : 'live';
  }
}

const TABLE_ORDER = new Map<string, number>(REVISION_TABLES.map((table, index) => [table, index]));

const byTableThen =
  <T extends { table: string }>(rest: (a: T, b: T) => number) =>
  (a: T, b: T): number =>
    (TABLE_ORDER.get(a.table) ?? 0) - (TABLE_ORDER.get(b.table) ?? 0) || rest(a, b);

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Plans merging `theirs` into `mine`; refuses a file of another workbook unless allowed. */
export function planMerge(
  mine: WorkbookSnapshot,
  theirs: WorkbookSnapshot,
  options: PlanMergeOptions = {},
): PlanResult {
  if (mine.workbook.id !== theirs.workbook.id && options.allowDifferentWorkbook !== true) {
    return {
      ok: false,
      reason: 'different-workbook',
      message: differentWorkbookMessage(mine.workbook.name, theirs.workbook.name),
    };
  }
  const planner = new Planner(indexSide(mine), indexSide(theirs));
  const keys = [...new Set([...planner.mine.states.keys(), ...planner.theirs.states.keys()])];
  const all = keys.flatMap((key) => {
    const sides = planner.sides(key);
    return sides ? [{ key, sides }] : [];
  });
  for (const { key, sides } of all) planner.decisions.set(key, planner.decide(sides));
  for (const { key, sides } of all) planner.applyDeletionRules(key, sides);

  const changes: RecordChange[] = [];
  const conflicts: Conflict[] = [];
  for (const decision of planner.decisions.values()) {
    if (decision.kind === 'change') changes.push(decision.change);
    if (decision.kind === 'conflict') conflicts.push(decision.conflict);
  }
  changes.sort(byTableThen((a, b) => byText(a.id, b.id)));
  conflicts.sort(byTableThen((a, b) => byText(a.label, b.label) || byText(a.id, b.id)));
  const history = historyChanges(planner.mine, planner.theirs, (id) => planner.fate(id));
  const plan: MergePlan = {
    workbook: { id: mine.workbook.id, name: mine.workbook.name },
    theirs: { id: theirs.workbook.id, name: theirs.workbook.name },
    changes,
    history,
    conflicts,
    counts: countPlan(changes, history),
  };
  return { ok: true, plan };
}
