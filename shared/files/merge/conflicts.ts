import { REVISION_TABLES, type RevisionTable } from '../../domain/revision';
import {
  displayValue,
  fieldLabel,
  recordLabel,
  RECORD_KIND_LABELS,
  type NameLookup,
} from './field-display';
import type {
  Conflict,
  ConflictKind,
  HistoryChanges,
  MergeCounts,
  RecordChange,
} from './merge-types';
import type { SideIndex } from './record-index';
import { differingFields, filledFields } from './record-fields';
import type { Sides } from './record-outcomes';

/**
 * Conflicts as people review them (what, which one, each differing field as text on both
 * sides), and the counts of what a merge does.
 */

/** Names from both sides, mine first. */
export function namesOf(mine: SideIndex, theirs: SideIndex): NameLookup {
  return {
    partnerName: (id) => mine.partnerNames.get(id) ?? theirs.partnerNames.get(id),
    draftTitle: (id) => mine.draftTitles.get(id) ?? theirs.draftTitles.get(id),
    stakeholderName: (id) => mine.stakeholderNames.get(id) ?? theirs.stakeholderNames.get(id),
  };
}

/** The key of a conflict's answer: `table:id`. */
export function conflictKey(table: RevisionTable, id: string): string {
  return `${table}:${id}`;
}

/** A conflict over one record, with its fields as display text. */
export function conflictOf(
  sides: Sides,
  kind: ConflictKind,
  mineIndex: SideIndex,
  theirsIndex: SideIndex,
  derived?: Conflict['derived'],
): Conflict {
  const { table, id, mine, theirs } = sides;
  if (!mine || !theirs) throw new Error(`A conflict needs both sides of ${table} ${id}.`);
  const names = namesOf(mineIndex, theirsIndex);
  const show = (field: string, value: unknown) => displayValue(table, field, value, names);
  const live = mine.state === 'live' ? mine : theirs;
  if (live.state !== 'live') throw new Error(`A conflict needs a live side of ${table} ${id}.`);
  const values = (record: object) => record as Record<string, unknown>;
  const fields =
    mine.state === 'live' && theirs.state === 'live'
      ? differingFields(table, mine.record, theirs.record).map((field) => ({
          field,
          label: fieldLabel(field),
          mine: show(field, values(mine.record)[field]),
          theirs: show(field, values(theirs.record)[field]),
        }))
      : filledFields(table, live.record).map((field) => {
          const text = show(field, values(live.record)[field]);
          return {
            field,
            label: fieldLabel(field),
            mine: mine.state === 'live' ? text : null,
            theirs: theirs.state === 'live' ? text : null,
          };
        });
  return {
    key: conflictKey(table, id),
    table,
    id,
    kind,
    what: RECORD_KIND_LABELS[table],
    label: recordLabel(live.record, names),
    fields,
    mine,
    theirs,
    ...(derived ? { derived } : {}),
  };
}

/** The table and id of a `table:id` key, or undefined when it names no revision table. */
export function splitRecordKey(key: string): { table: RevisionTable; id: string } | undefined {
  const at = key.indexOf(':');
  const table = REVISION_TABLES.find((name) => name === key.slice(0, at));
  return at < 0 || table === undefined ? undefined : { table, id: key.slice(at + 1) };
}

/** No changes to any table. */
export function emptyCounts(): MergeCounts {
  const zero = () => ({ added: 0, updated: 0, deleted: 0 });
  const counts = Object.fromEntries(REVISION_TABLES.map((table) => [table, zero()]));
  return {
    ...(counts as Record<RevisionTable, ReturnType<typeof zero>>),
    positioningIterations: zero(),
    positioningStatusChanges: zero(),
  };
}

/** Adds what some changes do to `counts`. */
export function addCounts(
  counts: MergeCounts,
  changes: readonly RecordChange[],
  history: HistoryChanges,
): MergeCounts {
  for (const change of changes) {
    const count = counts[change.table];
    if (change.action === 'add' || change.action === 'restore') count.added += 1;
    else if (change.action === 'update') count.updated += 1;
    else if (change.action === 'delete') count.deleted += 1;
  }
  counts.positioningIterations.added += history.addIterations.length;
  counts.positioningIterations.deleted += history.removeIterations.length;
  counts.positioningStatusChanges.added += history.addStatusChanges.length;
  counts.positioningStatusChanges.deleted += history.removeStatusChanges.length;
  return counts;
}

/** What a plan's changes do, before any conflict is answered. */
export function countPlan(changes: readonly RecordChange[], history: HistoryChanges): MergeCounts {
  return addCounts(emptyCounts(), changes, history);
}
