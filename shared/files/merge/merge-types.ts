import type { Activity } from '../../domain/activity';
import type { Contact, Partner } from '../../domain/partner';
import type {
  PositioningDraft,
  PositioningIteration,
  StatusChange,
} from '../../domain/positioning';
import type { RevisionEntry, RevisionTable } from '../../domain/revision';
import type { CompanyGoal } from '../../domain/strategy/company-goal';
import type { Investment } from '../../domain/strategy/investment';
import type { CustomMetric, MetricEntry } from '../../domain/strategy/metric';
import type { PartnerPlan } from '../../domain/strategy/partner-plan';
import type { PartnerChange } from '../../domain/partner-change';
import type { Ask } from '../../domain/people/ask';
import type { IntelligenceEntry } from '../../domain/people/intelligence';
import type { Stakeholder } from '../../domain/people/stakeholder';
import type { Decision, Feedback } from '../../domain/people/voice';
import type { Qbr } from '../../domain/templates/qbr';
import type { Template } from '../../domain/templates/template';
import type { Tombstone } from '../../domain/tombstone';
import type { Setting } from '../../domain/workbook';

/**
 * The shapes of a merge: the plan (what merging their workbook into mine would change, and the
 * conflicts to review), the answers to those conflicts, and the writes that result. Everything
 * is plain data, so a plan can travel between a worker and the window.
 */

/** Whose version: the workbook merged into ("mine") or the file merged in ("theirs"). */
export type MergeSide = 'mine' | 'theirs';

/** Each revision table's record type. */
export interface RevisedRecords {
  partners: Partner;
  contacts: Contact;
  activities: Activity;
  positioningDrafts: PositioningDraft;
  settings: Setting;
  companyGoals: CompanyGoal;
  partnerPlans: PartnerPlan;
  investments: Investment;
  metricEntries: MetricEntry;
  customMetrics: CustomMetric;
  templates: Template;
  qbrs: Qbr;
  partnerChanges: PartnerChange;
  intelligenceEntries: IntelligenceEntry;
  feedback: Feedback;
  decisions: Decision;
  stakeholders: Stakeholder;
  asks: Ask;
}

/** A record of any revision table. */
export type RevisedRecord = RevisedRecords[RevisionTable];

/** One record's state on one side: live with its history, or deleted (its history says so). */
export type RecordState =
  | { state: 'live'; record: RevisedRecord; revs: string[] }
  | { state: 'deleted'; revs: string[]; tombstone?: Tombstone | undefined };

/**
 * One record as the merge leaves it in my workbook: its new state, and which side it came from
 * ('both' when the merge made a version neither side had).
 */
export interface RecordChange {
  table: RevisionTable;
  id: string;
  /** The record, or undefined when the merge deletes it. */
  record?: RevisedRecord | undefined;
  /** The tombstone a deleted record leaves (none for settings). */
  tombstone?: Tombstone | undefined;
  revs: string[];
  from: MergeSide | 'both';
  /** What it does to my workbook. `history` changes only the revision history. */
  action: 'add' | 'update' | 'delete' | 'restore' | 'history';
  /** My latest revision when planned (undefined: none), checked again when the merge is written. */
  expected: string | undefined;
}

/** Iterations and status changes to add or remove: they never change, so no revisions. */
export interface HistoryChanges {
  addIterations: PositioningIteration[];
  removeIterations: string[];
  addStatusChanges: StatusChange[];
  removeStatusChanges: string[];
}

/** One differing field of a conflict, as display text (null: the record is deleted there). */
export interface ConflictField {
  /** The field's name in the record, as per-field answers name it. */
  field: string;
  /** The field's name for people. */
  label: string;
  mine: string | null;
  theirs: string | null;
}

/** What kind of conflict: changed on both sides, or deleted on one and changed on the other. */
export type ConflictKind = 'both-changed' | 'deleted-mine' | 'deleted-theirs';

/** What a conflict's answer brings along: changes that follow the record kept or deleted. */
export interface Followers {
  ifKept: RecordChange[];
  ifDeleted: RecordChange[];
  historyIfKept: HistoryChanges;
  historyIfDeleted: HistoryChanges;
  /** For people: what follows, e.g. "2 contacts and 1 activity". */
  summary: string;
}

/** A record changed on both sides (or deleted on one, changed on the other), for review. */
export interface Conflict {
  /** `table:id`: the key of its answer in {@link Resolutions}. */
  key: string;
  table: RevisionTable;
  id: string;
  kind: ConflictKind;
  /** What the record is, for people: "Partner", "Contact"… */
  what: string;
  /** Which record, for people: a partner's name, a contact's name and partner… */
  label: string;
  /** Fields that differ; for a deletion, the kept side's fields with null on the other. */
  fields: ConflictField[];
  mine: RecordState;
  theirs: RecordState;
  /** For a drafts conflict: the head and count the merged iterations give. */
  derived?: Pick<PositioningDraft, 'headIterationId' | 'iterationCount'> | undefined;
  followers?: Followers | undefined;
}

/** How many records of each table a merge adds, updates and deletes. */
export type MergeCounts = Record<
  RevisionTable | 'positioningIterations' | 'positioningStatusChanges',
  { added: number; updated: number; deleted: number }
>;

/** What merging their workbook into mine would do: changes taken as they are, and conflicts. */
export interface MergePlan {
  /** My workbook's id and name. */
  workbook: { id: string; name: string };
  /** Their workbook's id and name, as the file says. */
  theirs: { id: string; name: string };
  /** Records changed on their side only (and merges that need no answer). */
  changes: RecordChange[];
  history: HistoryChanges;
  conflicts: Conflict[];
  /** What `changes` and `history` do, before any conflict is answered. */
  counts: MergeCounts;
}

/** The plan, or why there is none. */
export type PlanResult =
  { ok: true; plan: MergePlan } | { ok: false; reason: 'different-workbook'; message: string };

/** An answer to one conflict: a side for the whole record, or a side per differing field. */
export type Resolution = MergeSide | { fields: Record<string, MergeSide> };

/** Answers by conflict key. */
export type Resolutions = Record<string, Resolution>;

/** Every put and removal a merge makes to my workbook. */
export interface MergeWrites {
  put: {
    partners: Partner[];
    contacts: Contact[];
    activities: Activity[];
    positioningDrafts: PositioningDraft[];
    positioningIterations: PositioningIteration[];
    positioningStatusChanges: StatusChange[];
    settings: Setting[];
    companyGoals: CompanyGoal[];
    partnerPlans: PartnerPlan[];
    investments: Investment[];
    metricEntries: MetricEntry[];
    customMetrics: CustomMetric[];
    templates: Template[];
    qbrs: Qbr[];
    partnerChanges: PartnerChange[];
    intelligenceEntries: IntelligenceEntry[];
    feedback: Feedback[];
    decisions: Decision[];
    stakeholders: Stakeholder[];
    asks: Ask[];
    tombstones: Tombstone[];
    revisions: RevisionEntry[];
  };
  remove: {
    partners: string[];
    contacts: string[];
    activities: string[];
    positioningDrafts: string[];
    positioningIterations: string[];
    positioningStatusChanges: string[];
    /** Setting keys. */
    settings: string[];
    companyGoals: string[];
    partnerPlans: string[];
    investments: string[];
    metricEntries: string[];
    customMetrics: string[];
    templates: string[];
    qbrs: string[];
    partnerChanges: string[];
    intelligenceEntries: string[];
    feedback: string[];
    decisions: string[];
    stakeholders: string[];
    asks: string[];
    /** Ids of records the merge brings back, whose tombstones go. */
    tombstones: string[];
  };
  /** My latest revision of each record written, as planned: `table:id` → revision. */
  expected: Record<string, string | undefined>;
}

/** How one conflict was answered, for reports such as the command line's. */
export interface ResolvedConflict {
  conflict: Conflict;
  resolution: Resolution;
  /** In words: "kept mine", "took theirs", "deleted", "name: theirs; stage: mine"… */
  outcome: string;
}

/** The writes of a plan with its answers, or the conflicts still without one. */
export type MergeResult =
  | { ok: true; writes: MergeWrites; resolved: ResolvedConflict[]; counts: MergeCounts }
  | { ok: false; unanswered: Conflict[]; message: string };
