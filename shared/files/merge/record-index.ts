import type { PositioningIteration, StatusChange } from '../../domain/positioning';
import type { RevisionTable } from '../../domain/revision';
import type { Tombstone } from '../../domain/tombstone';
import type { WorkbookSnapshot } from '../partnerbook/snapshot';
import type { RecordState, RevisedRecord } from './merge-types';
import { historyKey, revisedRecords, withRevisions } from './snapshot-revisions';

/**
 * One side of a merge, indexed: every record's state by table and id (live, or deleted as its
 * history says), each partner's contacts and activities, each draft's iterations and status
 * changes. Histories are first brought in line with the records (snapshot-revisions.ts), so a
 * file without revisions, or changed by a tool that logged none, merges correctly.
 */

/** The strategy tables whose records belong to a partner and are deleted with it. */
export const PARTNER_OWNED_STRATEGY_TABLES = [
  'partnerPlans',
  'investments',
  'metricEntries',
  'qbrs',
  'partnerChanges',
  'intelligenceEntries',
] as const;

/** The people tables whose records may name a partner, and are deleted with the one they name. */
export const PARTNER_NAMING_PEOPLE_TABLES = ['feedback', 'decisions', 'asks'] as const;

/** A record's state with where it lives. */
export type KeyedState = RecordState & { table: RevisionTable; id: string };

/** One side of a merge, indexed for lookups. */
export interface SideIndex {
  /** By {@link historyKey}. */
  states: Map<string, KeyedState>;
  /** Keys of the live records that belong to a partner (contacts, activities, plans…), by its id. */
  childrenOf: Map<string, string[]>;
  iterations: Map<string, PositioningIteration>;
  statusChanges: Map<string, StatusChange>;
  iterationsOf: Map<string, PositioningIteration[]>;
  statusChangesOf: Map<string, StatusChange[]>;
  partnerNames: Map<string, string>;
  draftTitles: Map<string, string>;
  stakeholderNames: Map<string, string>;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Indexes one side of a merge. */
export function indexSide(snapshot: WorkbookSnapshot): SideIndex {
  const { tables } = withRevisions(snapshot);
  const records = new Map<string, RevisedRecord>();
  for (const { table, id, record } of revisedRecords(tables)) {
    records.set(historyKey(table, id), record);
  }
  const tombstones = new Map<string, Tombstone>();
  for (const tombstone of tables.tombstones) {
    tombstones.set(historyKey(tombstone.table, tombstone.id), tombstone);
  }
  const states = new Map<string, KeyedState>();
  for (const { table, id, revs } of tables.revisions) {
    const key = historyKey(table, id);
    const record = records.get(key);
    states.set(
      key,
      record
        ? { table, id, state: 'live', record, revs }
        : { table, id, state: 'deleted', revs, tombstone: tombstones.get(key) },
    );
  }
  const childrenOf = new Map<string, string[]>();
  for (const contact of tables.contacts) {
    push(childrenOf, contact.partnerId, historyKey('contacts', contact.id));
  }
  for (const activity of tables.activities) {
    push(childrenOf, activity.partnerId, historyKey('activities', activity.id));
  }
  // A partner's plans, investments, metric entries, QBRs, stage and tier changes and
  // intelligence go with it, as its contacts do; so do the feedback, decisions and asks naming it.
  for (const table of PARTNER_OWNED_STRATEGY_TABLES) {
    for (const record of tables[table]) {
      push(childrenOf, record.partnerId, historyKey(table, record.id));
    }
  }
  for (const table of PARTNER_NAMING_PEOPLE_TABLES) {
    for (const record of tables[table]) {
      if (record.partnerId !== undefined) {
        push(childrenOf, record.partnerId, historyKey(table, record.id));
      }
    }
  }
  const iterationsOf = new Map<string, PositioningIteration[]>();
  for (const iteration of tables.positioningIterations) {
    push(iterationsOf, iteration.draftId, iteration);
  }
  const statusChangesOf = new Map<string, StatusChange[]>();
  for (const change of tables.positioningStatusChanges) {
    push(statusChangesOf, change.draftId, change);
  }
  return {
    states,
    childrenOf,
    iterations: new Map(tables.positioningIterations.map((item) => [item.id, item])),
    statusChanges: new Map(tables.positioningStatusChanges.map((item) => [item.id, item])),
    iterationsOf,
    statusChangesOf,
    partnerNames: new Map(tables.partners.map((partner) => [partner.id, partner.name])),
    draftTitles: new Map(tables.positioningDrafts.map((draft) => [draft.id, draft.title])),
    stakeholderNames: new Map(tables.stakeholders.map((person) => [person.id, person.name])),
  };
}
