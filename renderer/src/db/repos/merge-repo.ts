import type { RevisionTable } from '../../../../shared/domain/revision';
import { reviseContent, reviseDeletion } from '../../../../shared/domain/revision';
import { applyResolutions } from '../../../../shared/files/merge/apply-resolutions';
import { withDerivedFirstRecords } from '../../../../shared/files/merge/first-records';
import { splitRecordKey } from '../../../../shared/files/merge/conflicts';
import type {
  MergeCounts,
  MergePlan,
  MergeWrites,
  PlanResult,
  Resolutions,
  ResolvedConflict,
} from '../../../../shared/files/merge/merge-types';
import { planMerge, type PlanMergeOptions } from '../../../../shared/files/merge/plan-merge';
import type { WorkbookSnapshot } from '../../../../shared/files/partnerbook/snapshot';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { nowIso } from '../ids';
import { reconcileStageTierChanges, storeFirstChanges } from '../partner-change-log';
import { countTables, refreshPartnerCounts } from '../activity-counts-store';
import { refreshLastActivity } from '../activity-upkeep';
import { figureTables, refreshPartnerFigures } from '../partner-figures-store';
import { trackWrite } from '../pending-writes';
import { fromStored, toStored } from '../stored-partner';
import { packCaptured, UNDO_ENTRY_LIMIT, type Recording } from '../undo/packed-changes';
import { capturedWrite } from '../undo/recorded-write';
import { iterationSummary } from './positioning-records';
import { readSnapshot, type SnapshotReadOptions } from './snapshot-read';

/**
 * Merges a colleague's copy of this workbook into it (see shared/files/merge/): plans against
 * a consistent read of the whole workbook, then writes the plan with the answers to its
 * conflicts in one transaction, all or nothing, and reports what changed once it committed; what
 * it changed is captured for the undo history, up to a bound (packed-changes.ts).
 */

/** What a merge wrote. */
export interface MergeOutcome {
  counts: MergeCounts;
  resolved: ResolvedConflict[];
  /** Partners and drafts whose records or rows changed (already reported on the change feed). */
  changed: { partners: string[]; positioningDrafts: string[] };
  /** What it changed, for the window's undo history (or that it is too large to undo). */
  recording: Recording;
}

/** A merge that was refused or rolled back; the message is fit to show the user. */
export class MergeFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeFailedError';
  }
}

const STALE =
  'The workbook changed while the merge was being reviewed, so nothing was merged. ' +
  'Start the merge again to review it against the workbook as it is now.';

// The ids of a table's records that a merge writes, by table.
function writtenIds(writes: MergeWrites): Map<RevisionTable, string[]> {
  const ids = new Map<RevisionTable, string[]>();
  for (const key of Object.keys(writes.expected)) {
    const parts = splitRecordKey(key);
    if (!parts) continue;
    const list = ids.get(parts.table) ?? [];
    list.push(parts.id);
    ids.set(parts.table, list);
  }
  return ids;
}

// The strategy tables a merge may write.
const strategyTables = (db: WorkbookDatabase) => [
  db.companyGoals,
  db.partnerPlans,
  db.investments,
  db.metricEntries,
  db.customMetrics,
  db.partnerFigures,
  db.activityCounts,
  db.templates,
  db.qbrs,
  db.partnerChanges,
];

// The people tables a merge may write.
const PEOPLE_TABLES = [
  'intelligenceEntries',
  'feedback',
  'decisions',
  'stakeholders',
  'asks',
] as const;

const peopleTables = (db: WorkbookDatabase) => PEOPLE_TABLES.map((table) => db[table]);

// True when a removed partner still has records that belong to it or name it.
async function ownedByRemoved(db: WorkbookDatabase, partnerIds: string[]): Promise<boolean> {
  const { contacts, activities, partnerPlans, investments, metricEntries, qbrs } = db;
  const owned = [contacts, activities, partnerPlans, investments, metricEntries, qbrs];
  const { intelligenceEntries, feedback, decisions, asks } = db;
  const people = [intelligenceEntries, feedback, decisions, asks];
  for (const table of [...owned, db.partnerChanges, ...people]) {
    if ((await table.where('partnerId').anyOf(partnerIds).count()) > 0) return true;
  }
  return false;
}

// The partners whose records or stage and tier history a merge writes or removes.
function partnersWritten({ put, remove }: MergeWrites): string[] {
  return [
    ...put.partners.map((partner) => partner.id),
    ...remove.partners,
    ...put.partnerChanges.map((change) => change.partnerId),
  ];
}

/** Plans and writes merges into one workbook. */
export class MergeRepo {
  constructor(
    private readonly db: WorkbookDatabase,
    private readonly feed: ChangeFeed,
  ) {}

  /** Plans merging `theirs` into this workbook; writes nothing. */
  async planMergeWith(
    theirs: WorkbookSnapshot,
    options: PlanMergeOptions & SnapshotReadOptions = {},
  ): Promise<PlanResult> {
    const mine = await readSnapshot(this.db, options);
    return planMerge(withDerivedFirstRecords(mine), theirs, options);
  }

  /**
   * Writes a plan with an answer for each of its conflicts, in one transaction: nothing is
   * written when an answer is missing, when any record the merge writes changed since the plan
   * was made, or when the result would leave a contact, activity or iteration without its owner.
   * Rejects with {@link MergeFailedError} then.
   */
  async applyMerge(plan: MergePlan, resolutions: Resolutions): Promise<MergeOutcome> {
    const result = applyResolutions(plan, resolutions);
    if (!result.ok) throw new MergeFailedError(result.message);
    const { writes } = result;
    const { db } = this;
    const changed = { partners: new Set<string>(), positioningDrafts: new Set<string>() };
    const tables = [
      db.partners,
      db.contacts,
      db.activities,
      db.positioningDrafts,
      db.positioningIterations,
      db.positioningIterationSummaries,
      db.positioningStatusChanges,
      db.settings,
      ...strategyTables(db),
      ...peopleTables(db),
      db.tombstones,
      db.revisions,
    ];
    const write = capturedWrite(db, tables, { maxBytes: UNDO_ENTRY_LIMIT }, async () => {
      // The plan saw the derived first records of partners written in bulk (planMergeWith adds
      // them to my side; a saved file leaves them out); stored now, while the partners are as
      // the plan saw them, they are checked, replaced and removed as stored records are, and
      // stay when their partner's stage changes.
      await storeFirstChanges(db, partnersWritten(writes));
      if (await this.changedSincePlanned(writes)) throw new MergeFailedError(STALE);
      await this.noteOwners(writes, changed);
      const figuresOf = await this.partnersWithFiguresChanged(writes);
      const countsOf = await this.partnersWithActivitiesChanged(writes);
      await this.write(writes);
      await this.checkOwners(writes);
      await refreshPartnerFigures(figureTables(db), figuresOf);
      await refreshPartnerCounts(countTables(db), countsOf);
      // A partner whose activities the merge changed keeps its last activity equal to its
      // latest one, whichever side's partner record was taken (a copy written before the log
      // kept it may not have it at all).
      await refreshLastActivity(db, countsOf);
    });
    const { captured } = await trackWrite(write);
    const outcome: MergeOutcome = {
      counts: result.counts,
      resolved: result.resolved,
      changed: {
        partners: [...changed.partners],
        positioningDrafts: [...changed.positioningDrafts],
      },
      recording: packCaptured(captured),
    };
    if (outcome.changed.positioningDrafts.length > 0) {
      this.feed.emit({ table: 'positioningDrafts', ids: outcome.changed.positioningDrafts });
    }
    if (outcome.changed.partners.length > 0) {
      this.feed.emit({ table: 'partners', ids: outcome.changed.partners });
    }
    // The people records written or removed, for views kept up to date record by record.
    for (const table of PEOPLE_TABLES) {
      const ids = [...writes.put[table].map((record) => record.id), ...writes.remove[table]];
      if (ids.length > 0) this.feed.emit({ table, ids });
    }
    return outcome;
  }

  // True when a record the merge writes no longer has the latest revision it was planned
  // against (computed as the plan computed it: from its history and its current content).
  private async changedSincePlanned(writes: MergeWrites): Promise<boolean> {
    const { db } = this;
    for (const [table, ids] of writtenIds(writes)) {
      const entries = await db.revisions.bulkGet(ids.map((id) => [table, id]));
      const graves = await db.tombstones.bulkGet(ids);
      const records: (object | undefined)[] =
        table === 'partners'
          ? (await db.partners.bulkGet(ids)).map((stored) => stored && fromStored(stored))
          : await db.table<object, string>(table).bulkGet(ids);
      const stale = ids.some((id, index) => {
        const history = entries[index]?.revs ?? [];
        const record = records[index];
        const gone = history.length > 0 || graves[index] !== undefined;
        const latest = record
          ? reviseContent(history, record)[0]
          : gone
            ? reviseDeletion(history)[0]
            : undefined;
        return latest !== writes.expected[`${table}:${id}`];
      });
      if (stale) return true;
    }
    return false;
  }

  // Notes the partners and drafts whose rows change, including owners of removed records.
  private async noteOwners(
    writes: MergeWrites,
    changed: { partners: Set<string>; positioningDrafts: Set<string> },
  ): Promise<void> {
    const { db } = this;
    const { put, remove } = writes;
    const partner = (id: string | undefined) => id !== undefined && changed.partners.add(id);
    const draft = (id: string) => changed.positioningDrafts.add(id);
    [...put.partners.map((p) => p.id), ...remove.partners].forEach(partner);
    [...put.contacts, ...put.activities].forEach((record) => partner(record.partnerId));
    const removedContacts = await db.contacts.bulkGet(remove.contacts);
    const removedActivities = await db.activities.bulkGet(remove.activities);
    [...removedContacts, ...removedActivities].forEach((record) => partner(record?.partnerId));
    const removedDrafts = await db.positioningDrafts.bulkGet(remove.positioningDrafts);
    for (const item of [...put.positioningDrafts, ...removedDrafts]) {
      if (!item) continue;
      draft(item.id);
      partner(item.partnerId);
    }
    remove.positioningDrafts.forEach(draft);
    [...put.positioningIterations, ...put.positioningStatusChanges].forEach((item) =>
      draft(item.draftId),
    );
    const removedIterations = await db.positioningIterations.bulkGet(remove.positioningIterations);
    const removedChanges = await db.positioningStatusChanges.bulkGet(
      remove.positioningStatusChanges,
    );
    for (const item of [...removedIterations, ...removedChanges]) if (item) draft(item.draftId);
  }

  // The partners whose derived figures the merge changes: owners of the metric entries and
  // investments it writes or removes, before and after, and the partners it removes.
  private async partnersWithFiguresChanged(writes: MergeWrites): Promise<Set<string>> {
    const { db } = this;
    const { put, remove } = writes;
    const ids = new Set(remove.partners);
    const entryIds = [...put.metricEntries.map((entry) => entry.id), ...remove.metricEntries];
    const investmentIds = [...put.investments.map((entry) => entry.id), ...remove.investments];
    const before = [
      ...(await db.metricEntries.bulkGet(entryIds)),
      ...(await db.investments.bulkGet(investmentIds)),
    ];
    for (const record of [...before, ...put.metricEntries, ...put.investments]) {
      if (record) ids.add(record.partnerId);
    }
    return ids;
  }

  // The partners whose activity counts the merge changes: owners of the activities it writes or
  // removes, before and after, and the partners it removes.
  private async partnersWithActivitiesChanged(writes: MergeWrites): Promise<Set<string>> {
    const { put, remove } = writes;
    const before = await this.db.activities.bulkGet([
      ...put.activities.map((activity) => activity.id),
      ...remove.activities,
    ]);
    const ids = new Set(remove.partners);
    for (const record of [...before, ...put.activities]) if (record) ids.add(record.partnerId);
    return ids;
  }

  private async write(writes: MergeWrites): Promise<void> {
    const { db } = this;
    const { put, remove } = writes;
    await db.partners.bulkDelete(remove.partners);
    await db.contacts.bulkDelete(remove.contacts);
    await db.activities.bulkDelete(remove.activities);
    await db.positioningDrafts.bulkDelete(remove.positioningDrafts);
    await db.positioningIterations.bulkDelete(remove.positioningIterations);
    await db.positioningIterationSummaries.bulkDelete(remove.positioningIterations);
    await db.positioningStatusChanges.bulkDelete(remove.positioningStatusChanges);
    await db.settings.bulkDelete(remove.settings);
    await db.companyGoals.bulkDelete(remove.companyGoals);
    await db.partnerPlans.bulkDelete(remove.partnerPlans);
    await db.investments.bulkDelete(remove.investments);
    await db.metricEntries.bulkDelete(remove.metricEntries);
    await db.customMetrics.bulkDelete(remove.customMetrics);
    await db.templates.bulkDelete(remove.templates);
    await db.qbrs.bulkDelete(remove.qbrs);
    await db.partnerChanges.bulkDelete(remove.partnerChanges);
    await db.intelligenceEntries.bulkDelete(remove.intelligenceEntries);
    await db.feedback.bulkDelete(remove.feedback);
    await db.decisions.bulkDelete(remove.decisions);
    await db.stakeholders.bulkDelete(remove.stakeholders);
    await db.asks.bulkDelete(remove.asks);
    await db.tombstones.bulkDelete(remove.tombstones);
    await db.partners.bulkPut(put.partners.map(toStored));
    await db.contacts.bulkPut(put.contacts);
    await db.activities.bulkPut(put.activities);
    await db.positioningDrafts.bulkPut(put.positioningDrafts);
    await db.positioningIterations.bulkPut(put.positioningIterations);
    await db.positioningIterationSummaries.bulkPut(put.positioningIterations.map(iterationSummary));
    await db.positioningStatusChanges.bulkPut(put.positioningStatusChanges);
    await db.settings.bulkPut(put.settings);
    await db.companyGoals.bulkPut(put.companyGoals);
    await db.partnerPlans.bulkPut(put.partnerPlans);
    await db.investments.bulkPut(put.investments);
    await db.metricEntries.bulkPut(put.metricEntries);
    await db.customMetrics.bulkPut(put.customMetrics);
    await db.templates.bulkPut(put.templates);
    await db.qbrs.bulkPut(put.qbrs);
    await db.partnerChanges.bulkPut(put.partnerChanges);
    await db.intelligenceEntries.bulkPut(put.intelligenceEntries);
    await db.feedback.bulkPut(put.feedback);
    await db.decisions.bulkPut(put.decisions);
    await db.stakeholders.bulkPut(put.stakeholders);
    await db.asks.bulkPut(put.asks);
    await db.tombstones.bulkPut(put.tombstones);
    await db.revisions.bulkPut(put.revisions);
    // A partner whose stage or tier the merge changed without the other copy's record of it
    // (a copy written before changes were kept) gets one now.
    await reconcileStageTierChanges(db, put.partners, nowIso());
  }

  // The merge must not leave a contact or activity without its partner (nor intelligence,
  // feedback, a decision or an ask naming a partner that is gone), or an iteration or status
  // change without its draft; throwing rolls the whole merge back.
  private async checkOwners(writes: MergeWrites): Promise<void> {
    const { db } = this;
    const { put, remove } = writes;
    const owned = [...put.contacts, ...put.activities, ...put.partnerPlans, ...put.investments];
    const people = [...put.intelligenceEntries, ...put.feedback, ...put.decisions, ...put.asks];
    const partnerIds = [
      ...new Set(
        [...owned, ...put.metricEntries, ...put.qbrs, ...put.partnerChanges, ...people].flatMap(
          (r) => r.partnerId ?? [],
        ),
      ),
    ];
    const draftIds = [
      ...new Set(
        [...put.positioningIterations, ...put.positioningStatusChanges].map((r) => r.draftId),
      ),
    ];
    const orphaned =
      (await db.partners.bulkGet(partnerIds)).some((partner) => !partner) ||
      (await db.positioningDrafts.bulkGet(draftIds)).some((draft) => !draft) ||
      (await ownedByRemoved(db, remove.partners)) ||
      (await db.positioningIterations.where('draftId').anyOf(remove.positioningDrafts).count()) >
        0 ||
      (await db.positioningStatusChanges.where('draftId').anyOf(remove.positioningDrafts).count()) >
        0;
    if (orphaned) {
      throw new MergeFailedError(
        'The merged workbook would have a contact, activity, plan, investment, metric entry, QBR, ' +
          'stage or tier change, intelligence entry, feedback entry, decision, ask or iteration ' +
          'without the record it belongs to, so nothing was merged.',
      );
    }
  }
}
