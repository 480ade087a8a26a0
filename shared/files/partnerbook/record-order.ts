import type { SnapshotTables } from './snapshot';

/**
 * The order in which a workbook file lists each table's records: settings by key, revisions by
 * table and id, everything else by id. These are the orders of the database's primary keys, so a
 * snapshot read by key is already in file order and a save can write each batch as it reads it.
 * (Iterations by draft and number, and status changes by draft and time, as files once listed
 * them, had to be read whole and sorted before any could be written.)
 */

interface Keyed {
  id: string;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byId = (a: Keyed, b: Keyed): number => byText(a.id, b.id);

type Compare<T> = (a: T, b: T) => number;

/** Each table's record order. */
export const RECORD_ORDER: { [T in keyof SnapshotTables]: Compare<SnapshotTables[T][number]> } = {
  partners: byId,
  contacts: byId,
  positioningDrafts: byId,
  positioningIterations: byId,
  positioningStatusChanges: byId,
  activities: byId,
  companyGoals: byId,
  partnerPlans: byId,
  investments: byId,
  metricEntries: byId,
  customMetrics: byId,
  templates: byId,
  qbrs: byId,
  partnerChanges: byId,
  intelligenceEntries: byId,
  feedback: byId,
  decisions: byId,
  stakeholders: byId,
  asks: byId,
  settings: (a, b) => byText(a.key, b.key),
  tombstones: byId,
  revisions: (a, b) => byText(a.table, b.table) || byText(a.id, b.id),
};

/** The records in `compare` order: the same array when already sorted, else a sorted copy. */
export function sortedBy<T>(records: readonly T[], compare: Compare<T>): readonly T[] {
  for (let i = 1; i < records.length; i += 1) {
    const previous = records[i - 1];
    const current = records[i];
    if (previous !== undefined && current !== undefined && compare(previous, current) > 0) {
      return [...records].sort(compare);
    }
  }
  return records;
}

/** A snapshot's tables, each in its file order. */
export function sortedTables(tables: SnapshotTables): SnapshotTables {
  return {
    partners: [...sortedBy(tables.partners, RECORD_ORDER.partners)],
    contacts: [...sortedBy(tables.contacts, RECORD_ORDER.contacts)],
    positioningDrafts: [...sortedBy(tables.positioningDrafts, RECORD_ORDER.positioningDrafts)],
    positioningIterations: [
      ...sortedBy(tables.positioningIterations, RECORD_ORDER.positioningIterations),
    ],
    positioningStatusChanges: [
      ...sortedBy(tables.positioningStatusChanges, RECORD_ORDER.positioningStatusChanges),
    ],
    activities: [...sortedBy(tables.activities, RECORD_ORDER.activities)],
    companyGoals: [...sortedBy(tables.companyGoals, RECORD_ORDER.companyGoals)],
    partnerPlans: [...sortedBy(tables.partnerPlans, RECORD_ORDER.partnerPlans)],
    investments: [...sortedBy(tables.investments, RECORD_ORDER.investments)],
    metricEntries: [...sortedBy(tables.metricEntries, RECORD_ORDER.metricEntries)],
    customMetrics: [...sortedBy(tables.customMetrics, RECORD_ORDER.customMetrics)],
    templates: [...sortedBy(tables.templates, RECORD_ORDER.templates)],
    qbrs: [...sortedBy(tables.qbrs, RECORD_ORDER.qbrs)],
    partnerChanges: [...sortedBy(tables.partnerChanges, RECORD_ORDER.partnerChanges)],
    intelligenceEntries: [
      ...sortedBy(tables.intelligenceEntries, RECORD_ORDER.intelligenceEntries),
    ],
    feedback: [...sortedBy(tables.feedback, RECORD_ORDER.feedback)],
    decisions: [...sortedBy(tables.decisions, RECORD_ORDER.decisions)],
    stakeholders: [...sortedBy(tables.stakeholders, RECORD_ORDER.stakeholders)],
    asks: [...sortedBy(tables.asks, RECORD_ORDER.asks)],
    settings: [...sortedBy(tables.settings, RECORD_ORDER.settings)],
    tombstones: [...sortedBy(tables.tombstones, RECORD_ORDER.tombstones)],
    revisions: [...sortedBy(tables.revisions, RECORD_ORDER.revisions)],
  };
}
