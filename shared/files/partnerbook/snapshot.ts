import type { Activity } from '../../domain/activity';
import type { Contact, Partner } from '../../domain/partner';
import type {
  PositioningDraft,
  PositioningIteration,
  StatusChange,
} from '../../domain/positioning';
import type { PartnerChange } from '../../domain/partner-change';
import type { Ask } from '../../domain/people/ask';
import type { IntelligenceEntry } from '../../domain/people/intelligence';
import type { Stakeholder } from '../../domain/people/stakeholder';
import type { Decision, Feedback } from '../../domain/people/voice';
import type { RevisionEntry } from '../../domain/revision';
import type { CompanyGoal } from '../../domain/strategy/company-goal';
import type { Investment } from '../../domain/strategy/investment';
import type { CustomMetric, MetricEntry } from '../../domain/strategy/metric';
import type { PartnerPlan } from '../../domain/strategy/partner-plan';
import type { Qbr } from '../../domain/templates/qbr';
import type { Template } from '../../domain/templates/template';
import type { Tombstone } from '../../domain/tombstone';
import type { Setting } from '../../domain/workbook';

/**
 * A whole workbook as plain domain records: what a `.partnerbook` file holds and what the
 * database reads and writes in one go. Storage-only fields (a partner's `nameKey`) and derived
 * tables (iteration summaries) are left out; the database derives them again when it writes.
 */

/** A workbook's identity as it travels in a file. */
export interface WorkbookIdentity {
  /** The workbook's stable id; records of copies of one workbook merge by their ids. */
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

/** Every table of a workbook, as arrays of domain records. */
export interface SnapshotTables {
  partners: Partner[];
  contacts: Contact[];
  positioningDrafts: PositioningDraft[];
  positioningIterations: PositioningIteration[];
  positioningStatusChanges: StatusChange[];
  activities: Activity[];
  /** The company's goals, which plan objectives link to. Files before format 3 have none. */
  companyGoals: CompanyGoal[];
  /** Partner plans (joint business plans), each for one partner and period. */
  partnerPlans: PartnerPlan[];
  /** The investment ledger: time, money and energy put into partnerships. */
  investments: Investment[];
  /** Dated metric figures per partner. */
  metricEntries: MetricEntry[];
  /** The user's own metric definitions, which metric entries may name. */
  customMetrics: CustomMetric[];
  /** The user's own templates. Files before format 4 have none. */
  templates: Template[];
  /** Quarterly business reviews, each with one partner. Files before format 4 have none. */
  qbrs: Qbr[];
  /**
   * Each partner's dated stage and tier changes. Files before format 5 have none: opening one
   * starts each partner's history with its current stage and tier.
   */
  partnerChanges: PartnerChange[];
  /** Dated partner intelligence, each entry with one partner. Files before format 6 have none. */
  intelligenceEntries: IntelligenceEntry[];
  /** What partners and customers said. Files before format 6 have none. */
  feedback: Feedback[];
  /** Decision records, linked to the feedback that informed them. Files before format 6 have none. */
  decisions: Decision[];
  /** Colleagues the partner programme needs. Files before format 6 have none. */
  stakeholders: Stakeholder[];
  /** What the manager needs from a stakeholder. Files before format 6 have none. */
  asks: Ask[];
  settings: Setting[];
  tombstones: Tombstone[];
  /**
   * Each mergeable record's revision history (also of deleted ones), for merging copies of a
   * workbook. Files of format 1 have none: they are derived from the records on open.
   */
  revisions: RevisionEntry[];
}

/** The name of one table of a snapshot. */
export type SnapshotTableName = keyof SnapshotTables;

/** Every table of a snapshot, in the order files list them. */
export const SNAPSHOT_TABLES: readonly SnapshotTableName[] = [
  'partners',
  'contacts',
  'positioningDrafts',
  'positioningIterations',
  'positioningStatusChanges',
  'activities',
  'companyGoals',
  'partnerPlans',
  'investments',
  'metricEntries',
  'customMetrics',
  'templates',
  'qbrs',
  'partnerChanges',
  'intelligenceEntries',
  'feedback',
  'decisions',
  'stakeholders',
  'asks',
  'settings',
  'tombstones',
  'revisions',
];

/** A whole workbook: its identity and every table. */
export interface WorkbookSnapshot {
  workbook: WorkbookIdentity;
  tables: SnapshotTables;
}

/** How many records each table of a snapshot holds. */
export function snapshotCounts(snapshot: WorkbookSnapshot): Record<SnapshotTableName, number> {
  const { tables } = snapshot;
  return {
    partners: tables.partners.length,
    contacts: tables.contacts.length,
    positioningDrafts: tables.positioningDrafts.length,
    positioningIterations: tables.positioningIterations.length,
    positioningStatusChanges: tables.positioningStatusChanges.length,
    activities: tables.activities.length,
    companyGoals: tables.companyGoals.length,
    partnerPlans: tables.partnerPlans.length,
    investments: tables.investments.length,
    metricEntries: tables.metricEntries.length,
    customMetrics: tables.customMetrics.length,
    templates: tables.templates.length,
    qbrs: tables.qbrs.length,
    partnerChanges: tables.partnerChanges.length,
    intelligenceEntries: tables.intelligenceEntries.length,
    feedback: tables.feedback.length,
    decisions: tables.decisions.length,
    stakeholders: tables.stakeholders.length,
    asks: tables.asks.length,
    settings: tables.settings.length,
    tombstones: tables.tombstones.length,
    revisions: tables.revisions.length,
  };
}

/** Progress of a long workbook file job: which phase, and how far through it. */
export interface PartnerbookProgress {
  /** `opening`: a streamed open, which reads, checks and writes at once; counted in MiB. */
  phase: 'reading' | 'encoding' | 'parsing' | 'checking' | 'writing' | 'opening';
  done: number;
  total: number;
}

/** Receives progress reports; called synchronously, so keep it cheap. */
export type PartnerbookProgressListener = (progress: PartnerbookProgress) => void;
