import {
  reviseContent,
  reviseDeletion,
  type RevisionEntry,
  type RevisionTable,
} from '../../domain/revision';
import { RECORD_ORDER } from '../partnerbook/record-order';
import type { SnapshotTables, WorkbookSnapshot } from '../partnerbook/snapshot';
import type { RevisedRecord } from './merge-types';

/**
 * Brings a snapshot's revision histories in line with its records: a record without a history
 * gets its first revision from its content (so two copies of one file agree), a record whose
 * content no longer matches its latest revision (changed by a tool that logged nothing) gets a
 * new one, and a record that is gone (tombstoned, or a history without its record) ends in a
 * deletion. A snapshot whose histories are already in line comes back with equal revisions.
 */

/** The key of a record's history in maps: its table and id. */
export function historyKey(table: RevisionTable, id: string): string {
  return `${table}\u0000${id}`;
}

/** Every live record of a revision table, with its table and the id its history uses. */
export function* revisedRecords(
  tables: SnapshotTables,
): Generator<{ table: RevisionTable; id: string; record: RevisedRecord }> {
  for (const record of tables.partners) yield { table: 'partners', id: record.id, record };
  for (const record of tables.contacts) yield { table: 'contacts', id: record.id, record };
  for (const record of tables.activities) yield { table: 'activities', id: record.id, record };
  for (const record of tables.positioningDrafts) {
    yield { table: 'positioningDrafts', id: record.id, record };
  }
  for (const record of tables.settings) yield { table: 'settings', id: record.key, record };
  for (const record of tables.companyGoals) yield { table: 'companyGoals', id: record.id, record };
  for (const record of tables.partnerPlans) yield { table: 'partnerPlans', id: record.id, record };
  for (const record of tables.investments) yield { table: 'investments', id: record.id, record };
  for (const record of tables.metricEntries) {
    yield { table: 'metricEntries', id: record.id, record };
  }
  for (const record of tables.customMetrics) {
    yield { table: 'customMetrics', id: record.id, record };
  }
  for (const record of tables.templates) yield { table: 'templates', id: record.id, record };
  for (const record of tables.qbrs) yield { table: 'qbrs', id: record.id, record };
  for (const record of tables.partnerChanges) {
    yield { table: 'partnerChanges', id: record.id, record };
  }
  for (const record of tables.intelligenceEntries) {
    yield { table: 'intelligenceEntries', id: record.id, record };
  }
  for (const record of tables.feedback) yield { table: 'feedback', id: record.id, record };
  for (const record of tables.decisions) yield { table: 'decisions', id: record.id, record };
  for (const record of tables.stakeholders) yield { table: 'stakeholders', id: record.id, record };
  for (const record of tables.asks) yield { table: 'asks', id: record.id, record };
}

/** The revision histories a snapshot's records call for (see the file comment), in file order. */
export function revisedHistories(tables: SnapshotTables): RevisionEntry[] {
  const known = new Map<string, RevisionEntry>();
  for (const entry of tables.revisions) known.set(historyKey(entry.table, entry.id), entry);
  const result = new Map<string, RevisionEntry>();
  for (const { table, id, record } of revisedRecords(tables)) {
    const key = historyKey(table, id);
    const revs = reviseContent(known.get(key)?.revs ?? [], record);
    result.set(key, { table, id, revs });
  }
  const gone = (table: RevisionTable, id: string, revs: readonly string[]): void => {
    const key = historyKey(table, id);
    if (!result.has(key)) result.set(key, { table, id, revs: reviseDeletion(revs) });
  };
  for (const { table, id } of tables.tombstones) {
    gone(table, id, known.get(historyKey(table, id))?.revs ?? []);
  }
  for (const entry of tables.revisions) gone(entry.table, entry.id, entry.revs);
  return [...result.values()].sort(RECORD_ORDER.revisions);
}

/**
 * The histories a snapshot holds, plus a first one for each record (or tombstone) that has none:
 * what opening a file stores. Unlike {@link revisedHistories} it does not hash records that have
 * a history, so opening a file that carries its revisions costs no hashing at all; a record
 * changed without a revision is brought in line when it is next merged.
 */
export function completedHistories(tables: SnapshotTables): RevisionEntry[] {
  const known = new Set(tables.revisions.map((entry) => historyKey(entry.table, entry.id)));
  const added: RevisionEntry[] = [];
  const add = (table: RevisionTable, id: string, revs: () => string[]): void => {
    const key = historyKey(table, id);
    if (known.has(key)) return;
    known.add(key);
    added.push({ table, id, revs: revs() });
  };
  for (const { table, id, record } of revisedRecords(tables))
    add(table, id, () => reviseContent([], record));
  for (const { table, id } of tables.tombstones) add(table, id, () => reviseDeletion([]));
  return added.length === 0 ? tables.revisions : [...tables.revisions, ...added];
}

/** The snapshot with its revision histories in line with its records. */
export function withRevisions(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    workbook: snapshot.workbook,
    tables: { ...snapshot.tables, revisions: revisedHistories(snapshot.tables) },
  };
}
