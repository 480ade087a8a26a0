import { sortedTables } from '../partnerbook/record-order';
import type { SnapshotTables, WorkbookSnapshot } from '../partnerbook/snapshot';
import { conflictKey } from './conflicts';
import type { HistoryChanges, MergeWrites, RecordChange, RevisedRecord } from './merge-types';
import { historyKey, withRevisions } from './snapshot-revisions';

/**
 * The writes a merge makes to my workbook, from its record changes and history changes: the
 * same list whether a database applies it (in one transaction) or the command line applies it
 * to a snapshot in memory (see {@link mergedSnapshot}).
 */

function emptyWrites(): MergeWrites {
  return {
    put: {
      partners: [],
      contacts: [],
      activities: [],
      positioningDrafts: [],
      positioningIterations: [],
      positioningStatusChanges: [],
      settings: [],
      companyGoals: [],
      partnerPlans: [],
      investments: [],
      metricEntries: [],
      customMetrics: [],
      templates: [],
      qbrs: [],
      partnerChanges: [],
      intelligenceEntries: [],
      feedback: [],
      decisions: [],
      stakeholders: [],
      asks: [],
      tombstones: [],
      revisions: [],
    },
    remove: {
      partners: [],
      contacts: [],
      activities: [],
      positioningDrafts: [],
      positioningIterations: [],
      positioningStatusChanges: [],
      settings: [],
      companyGoals: [],
      partnerPlans: [],
      investments: [],
      metricEntries: [],
      customMetrics: [],
      templates: [],
      qbrs: [],
      partnerChanges: [],
      intelligenceEntries: [],
      feedback: [],
      decisions: [],
      stakeholders: [],
      asks: [],
      tombstones: [],
    },
    expected: {},
  };
}

// Each change's record goes to its table's puts; the record's type follows its table.
function putRecord(writes: MergeWrites, change: RecordChange, record: RevisedRecord): void {
  const puts = writes.put[change.table] as RevisedRecord[];
  puts.push(record);
}

/** The puts and removals that make these changes. */
export function mergeWrites(
  changes: readonly RecordChange[],
  history: HistoryChanges,
): MergeWrites {
  const writes = emptyWrites();
  for (const change of changes) {
    const { table, id, record } = change;
    writes.expected[conflictKey(table, id)] = change.expected;
    writes.put.revisions.push({ table, id, revs: change.revs });
    if (record) {
      if (change.action !== 'history') putRecord(writes, change, record);
      if (change.action === 'restore' && table !== 'settings') writes.remove.tombstones.push(id);
    } else {
      if (change.action === 'delete') writes.remove[table].push(id);
      if (change.tombstone) writes.put.tombstones.push(change.tombstone);
    }
  }
  writes.put.positioningIterations.push(...history.addIterations);
  writes.remove.positioningIterations.push(...history.removeIterations);
  writes.put.positioningStatusChanges.push(...history.addStatusChanges);
  writes.remove.positioningStatusChanges.push(...history.removeStatusChanges);
  return writes;
}

// Records minus the removed, with the put ones replacing or joining them.
function patched<T>(
  records: readonly T[],
  keyOf: (record: T) => string,
  put: readonly T[],
  remove: readonly string[],
): T[] {
  const byKey = new Map(records.map((record) => [keyOf(record), record]));
  for (const key of remove) byKey.delete(key);
  for (const record of put) byKey.set(keyOf(record), record);
  return [...byKey.values()];
}

/** My workbook with a merge's writes applied: what the command line saves. */
export function mergedSnapshot(mine: WorkbookSnapshot, writes: MergeWrites): WorkbookSnapshot {
  const { tables } = withRevisions(mine);
  const { put, remove } = writes;
  const byId = (record: { id: string }) => record.id;
  const merged: SnapshotTables = {
    partners: patched(tables.partners, byId, put.partners, remove.partners),
    contacts: patched(tables.contacts, byId, put.contacts, remove.contacts),
    positioningDrafts: patched(
      tables.positioningDrafts,
      byId,
      put.positioningDrafts,
      remove.positioningDrafts,
    ),
    positioningIterations: patched(
      tables.positioningIterations,
      byId,
      put.positioningIterations,
      remove.positioningIterations,
    ),
    positioningStatusChanges: patched(
      tables.positioningStatusChanges,
      byId,
      put.positioningStatusChanges,
      remove.positioningStatusChanges,
    ),
    activities: patched(tables.activities, byId, put.activities, remove.activities),
    companyGoals: patched(tables.companyGoals, byId, put.companyGoals, remove.companyGoals),
    partnerPlans: patched(tables.partnerPlans, byId, put.partnerPlans, remove.partnerPlans),
    investments: patched(tables.investments, byId, put.investments, remove.investments),
    metricEntries: patched(tables.metricEntries, byId, put.metricEntries, remove.metricEntries),
    customMetrics: patched(tables.customMetrics, byId, put.customMetrics, remove.customMetrics),
    templates: patched(tables.templates, byId, put.templates, remove.templates),
    qbrs: patched(tables.qbrs, byId, put.qbrs, remove.qbrs),
    partnerChanges: patched(tables.partnerChanges, byId, put.partnerChanges, remove.partnerChanges),
    intelligenceEntries: patched(
      tables.intelligenceEntries,
      byId,
      put.intelligenceEntries,
      remove.intelligenceEntries,
    ),
    feedback: patched(tables.feedback, byId, put.feedback, remove.feedback),
    decisions: patched(tables.decisions, byId, put.decisions, remove.decisions),
    stakeholders: patched(tables.stakeholders, byId, put.stakeholders, remove.stakeholders),
    asks: patched(tables.asks, byId, put.asks, remove.asks),
    settings: patched(tables.settings, (setting) => setting.key, put.settings, remove.settings),
    tombstones: patched(tables.tombstones, byId, put.tombstones, remove.tombstones),
    revisions: patched(
      tables.revisions,
      (entry) => historyKey(entry.table, entry.id),
      put.revisions,
      [],
    ),
  };
  return { workbook: mine.workbook, tables: sortedTables(merged) };
}
