import type { Table } from 'dexie';
import type { Activity } from '../../../../shared/domain/activity';
import { countsKeyOf } from '../../../../shared/domain/people/activity-counts';
import type { PositioningDraft, StatusChange } from '../../../../shared/domain/positioning';
import { REVISION_TABLES, type RevisionTable } from '../../../../shared/domain/revision';
import {
  TOMBSTONE_TABLES,
  type Tombstone,
  type TombstoneTable,
} from '../../../../shared/domain/tombstone';
import { changedSinceMessage } from '../../../../shared/domain/undo-label';
import { countTables, refreshActivityCounts, refreshPartnerCounts } from '../activity-counts-store';
import { refreshLastActivity } from '../activity-upkeep';
import type { WorkbookDatabase } from '../database';
import { newId, nowIso } from '../ids';
import { logStageTierChanges } from '../partner-change-log';
import { figureTables, refreshPartnerFigures } from '../partner-figures-store';
import { logRevisions, sameApartFromTimes, type LoggedWrite } from '../revision-log';
import { fromStored, type StoredPartner } from '../stored-partner';
import { APPEND_ONLY_TABLES, type RecordChange } from './change-capture';
import { chunksOf, UndoProgress, type ProgressListener } from './undo-progress';

/**
 * Undoing or redoing one history entry: every record it touched is checked to be still as the
 * change left it (else the whole undo is refused, nothing written), then written back to the
 * other state as a new change, in one transaction: with its own revisions and tombstones (the
 * revision history only ever grows), stage, tier and status changes recorded as any such change
 * is, and the derived tables (activity counts, partner figures, last activity) recomputed.
 * History never shrinks: a saved iteration or a recorded status or stage change stays.
 */

/** Which way an entry is applied. */
export type Direction = 'undo' | 'redo';

/** An undo refused because a record changed since; carries the message for the user. */
export class RefusedUndo extends Error {}

/** What an applied entry touched, per table, for the change feed. */
export type Touched = Map<string, Set<string>>;

const REVISIONS: ReadonlySet<string> = new Set(REVISION_TABLES);
const TOMBSTONES: ReadonlySet<string> = new Set(TOMBSTONE_TABLES);

type Row = Record<string, unknown>;
const asRow = (value: unknown): Row | undefined =>
  typeof value === 'object' && value !== null ? (value as Row) : undefined;

// Records only ever added: the positioning history, and the stage and tier changes a partner
// write records. Undo leaves them, unless the partner or draft they belong to goes too.
const appendOnly = (change: RecordChange) =>
  change.before === undefined &&
  (APPEND_ONLY_TABLES.has(change.table) || change.table === 'partnerChanges');

const ownerOf = (record: Row | undefined) => {
  const owner = record?.partnerId ?? record?.draftId;
  return typeof owner === 'string' ? owner : undefined;
};

// A draft's head and iteration count point into its append-only history: they never go back.
function comparable(table: string, record: Row): Row {
  if (table !== 'positioningDrafts') return record;
  const { headIterationId: _head, iterationCount: _count, ...rest } = record;
  return rest;
}

function same(table: string, current: Row | undefined, expected: Row | undefined): boolean {
  if (!current || !expected) return current === expected;
  return sameApartFromTimes(comparable(table, current), comparable(table, expected));
}

// The record to store: the target state, dated now when it replaces a record, and a draft
// keeping its current head and iteration count.
function written(table: string, current: Row | undefined, target: Row, now: string): Row {
  if (!current) return target;
  const next: Row = 'updatedAt' in target ? { ...target, updatedAt: now } : { ...target };
  if (table === 'positioningDrafts') {
    next.headIterationId = current.headIterationId;
    next.iterationCount = current.iterationCount;
    if (next.headIterationId === undefined) delete next.headIterationId;
  }
  return next;
}

const domain = (table: string, record: Row | undefined): object | undefined =>
  record && table === 'partners' ? fromStored(record as StoredPartner) : record;

interface Step {
  change: RecordChange;
  current: Row | undefined;
  target: Row | undefined;
}

// Each change's record as stored now, read table by table, a piece at a time.
async function currentStates(
  db: WorkbookDatabase,
  changes: readonly RecordChange[],
  progress: UndoProgress,
) {
  const byTable = new Map<string, { at: number[]; keys: string[] }>();
  changes.forEach((change, index) => {
    const group = byTable.get(change.table) ?? { at: [], keys: [] };
    group.at.push(index);
    group.keys.push(change.key);
    byTable.set(change.table, group);
  });
  const states: (Row | undefined)[] = [];
  for (const [table, { at, keys }] of byTable) {
    let offset = 0;
    for (const chunk of chunksOf(keys)) {
      const found: unknown[] = await db.table(table).bulkGet(chunk);
      found.forEach((row, n) => {
        const index = at[offset + n];
        if (index !== undefined) states[index] = asRow(row);
      });
      offset += chunk.length;
      progress.add(chunk.length);
    }
  }
  return states;
}

// Checks every record, and works out what to write; throws RefusedUndo when one changed since.
async function plan(
  db: WorkbookDatabase,
  entry: AppliedEntry,
  direction: Direction,
  progress: UndoProgress,
) {
  const from = (c: RecordChange) => asRow(direction === 'undo' ? c.after : c.before);
  const to = (c: RecordChange) => asRow(direction === 'undo' ? c.before : c.after);
  const leaving = new Set(
    entry.changes
      .filter(
        (c) => to(c) === undefined && (c.table === 'partners' || c.table === 'positioningDrafts'),
      )
      .map((c) => c.key),
  );
  const currents = await currentStates(db, entry.changes, progress);
  const steps: Step[] = [];
  entry.changes.forEach((change, index) => {
    const current = currents[index];
    if (appendOnly(change)) {
      const target = to(change);
      const owner = ownerOf(asRow(change.after));
      if (target === undefined && owner !== undefined && leaving.has(owner) && current) {
        steps.push({ change, current, target });
      } else if (target !== undefined && !current) steps.push({ change, current, target });
      return;
    }
    if (!same(change.table, current, from(change))) {
      throw new RefusedUndo(
        changedSinceMessage(direction, entry.label, change.table, current ?? from(change)),
      );
    }
    const target = to(change);
    if (change.table === 'positioningDrafts' && !target && Number(current?.iterationCount) > 0) {
      throw new RefusedUndo(
        `“${entry.label}” can’t be undone: the draft has saved iterations, which are kept for ever. Nothing was changed.`,
      );
    }
    steps.push({ change, current, target });
  });
  progress.planned(steps.length);
  return steps;
}

const listIn = <T>(lists: Map<string, T[]>, table: string, item: T) => {
  const list = lists.get(table) ?? [];
  list.push(item);
  lists.set(table, list);
};

// Writes the steps with their tombstones and revisions, a piece at a time (each record is
// touched once, so the pieces do not depend on one another); returns the records as written.
async function write(
  db: WorkbookDatabase,
  steps: readonly Step[],
  now: string,
  progress: UndoProgress,
) {
  const stored: (Row | undefined)[] = [];
  for (const chunk of chunksOf(steps)) {
    stored.push(...(await writePiece(db, chunk, now)));
    progress.add(chunk.length);
  }
  return stored;
}

async function writePiece(db: WorkbookDatabase, steps: readonly Step[], now: string) {
  const logged: LoggedWrite[] = [];
  const stored: (Row | undefined)[] = [];
  const puts = new Map<string, Row[]>();
  const deletes = new Map<string, string[]>();
  const graves: Tombstone[] = [];
  const revived: string[] = [];
  for (const { change, current, target } of steps) {
    const { table, key } = change;
    const record = target && written(table, current, target, now);
    if (record) listIn(puts, table, record);
    else listIn(deletes, table, key);
    if (TOMBSTONES.has(table)) {
      if (record) revived.push(key);
      else graves.push({ id: key, table: table as TombstoneTable, deletedAt: now });
    }
    if (REVISIONS.has(table)) {
      const content = domain(table, record);
      logged.push({
        table: table as RevisionTable,
        id: key,
        content,
        previous: domain(table, current),
      });
    }
    stored.push(record);
  }
  for (const [table, keys] of deletes) await db.table(table).bulkDelete(keys);
  for (const [table, records] of puts) await db.table(table).bulkPut(records);
  if (revived.length > 0) await db.tombstones.bulkDelete(revived);
  if (graves.length > 0) await db.tombstones.bulkPut(graves);
  await logRevisions(db, logged);
  return stored;
}

// Stage and tier changes, and draft status changes, recorded as any such change is.
async function recordHistory(
  db: WorkbookDatabase,
  steps: readonly Step[],
  stored: readonly (Row | undefined)[],
  direction: Direction,
  now: string,
) {
  const partners = steps.flatMap(({ change, current }, index) => {
    const after = stored[index];
    return change.table === 'partners' && current && after
      ? [
          {
            before: fromStored(current as StoredPartner),
            after: fromStored(after as StoredPartner),
          },
        ]
      : [];
  });
  await logStageTierChanges(db, partners, now);
  const note = direction === 'undo' ? 'Undone.' : 'Redone.';
  const statuses = steps.flatMap(({ change, current }, index): StatusChange[] => {
    const before = current as PositioningDraft | undefined;
    const after = stored[index] as PositioningDraft | undefined;
    if (change.table !== 'positioningDrafts' || !before || !after) return [];
    if (before.status === after.status) return [];
    return [
      {
        id: newId(),
        draftId: after.id,
        from: before.status,
        to: after.status,
        note,
        at: now,
        author: undefined,
      },
    ];
  });
  if (statuses.length > 0) await db.positioningStatusChanges.bulkAdd(statuses);
}

// Of the partners an undo adds or takes away, those whose activity counts or figures can change:
// the ones with activities, metric entries, investments or such derived rows. Found with one
// query per table, so that undoing an import of 20,000 partners, which have none, does not
// refresh them one by one.
async function partnersWithDerived(db: WorkbookDatabase, ids: readonly string[]) {
  const counts = new Set<string>();
  const figures = new Set<string>();
  if (ids.length === 0) return { counts, figures };
  const ownersIn = async (table: Table, into: Set<string>) => {
    const keys = await table.where('partnerId').anyOf(ids).keys();
    for (const key of keys) if (typeof key === 'string') into.add(key);
  };
  await ownersIn(db.activities, counts);
  await ownersIn(db.activityCounts, counts);
  await ownersIn(db.metricEntries, figures);
  await ownersIn(db.investments, figures);
  const kept = await db.partnerFigures.bulkGet([...ids]);
  kept.forEach((row, index) => {
    const id = ids[index];
    if (row && id !== undefined) figures.add(id);
  });
  return { counts, figures };
}

// Activity counts, last activities and partner figures, recomputed for what was written.
async function refreshDerived(
  db: WorkbookDatabase,
  steps: readonly Step[],
  stored: readonly (Row | undefined)[],
) {
  const activities: Activity[] = [];
  const figures = new Set<string>();
  const partners = new Set<string>();
  steps.forEach(({ change, current }, index) => {
    const versions = [current, stored[index]].filter((row) => row !== undefined);
    if (change.table === 'activities') activities.push(...(versions as unknown as Activity[]));
    if (change.table === 'metricEntries' || change.table === 'investments') {
      for (const row of versions) if (typeof row.partnerId === 'string') figures.add(row.partnerId);
    }
    if (change.table === 'partners' && (current === undefined) !== (stored[index] === undefined)) {
      partners.add(change.key);
    }
  });
  const owners = await partnersWithDerived(db, [...partners]);
  for (const id of owners.figures) figures.add(id);
  await refreshActivityCounts(countTables(db), activities.map(countsKeyOf));
  await refreshPartnerCounts(countTables(db), owners.counts);
  await refreshLastActivity(
    db,
    activities.map((activity) => activity.partnerId),
  );
  await refreshPartnerFigures(figureTables(db), figures);
}

// The tables an entry's records name, for the change feed (a contact or activity is on its partner's row).
function touched(steps: readonly Step[], stored: readonly (Row | undefined)[]): Touched {
  const found: Touched = new Map();
  const add = (table: string, id: unknown) => {
    if (typeof id !== 'string') return;
    const ids = found.get(table) ?? new Set<string>();
    ids.add(id);
    found.set(table, ids);
  };
  steps.forEach(({ change, current }, index) => {
    const record = stored[index] ?? current;
    add(change.table, change.key);
    if (['contacts', 'activities', 'positioningDrafts'].includes(change.table)) {
      add('partners', record?.partnerId);
    }
  });
  return found;
}

// The tables an entry's undo reads and writes: its own, and what they keep in step.
function tablesOf(db: WorkbookDatabase, entry: AppliedEntry): Table[] {
  const names = new Set(['tombstones', 'revisions', ...entry.changes.map((c) => c.table)]);
  const also = (name: string, more: readonly string[]) => {
    if (names.has(name)) for (const table of more) names.add(table);
  };
  also('partners', ['activities', 'activityCounts', 'partnerChanges']);
  also('partners', ['metricEntries', 'investments', 'partnerFigures']);
  also('activities', ['partners', 'activityCounts']);
  also('metricEntries', ['investments', 'partnerFigures']);
  also('investments', ['metricEntries', 'partnerFigures']);
  also('positioningDrafts', ['positioningStatusChanges']);
  return [...names].map((name) => db.table(name));
}

/** What applying an entry needs of it: its label and its (unpacked) record changes. */
export interface AppliedEntry {
  label: string;
  changes: readonly RecordChange[];
}

/**
 * Applies an entry one way, in one transaction; returns what it touched. `onProgress` hears how
 * many of its records are checked and written so far.
 */
export function applyEntry(
  db: WorkbookDatabase,
  entry: AppliedEntry,
  direction: Direction,
  onProgress?: ProgressListener,
): Promise<Touched> {
  return db.transaction('rw', tablesOf(db, entry), async () => {
    const progress = new UndoProgress(entry.changes.length, onProgress);
    const steps = await plan(db, entry, direction, progress);
    const now = nowIso();
    const stored = await write(db, steps, now, progress);
    await recordHistory(db, steps, stored, direction, now);
    await refreshDerived(db, steps, stored);
    progress.finished();
    return touched(steps, stored);
  });
}
