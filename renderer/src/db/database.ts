import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Activity } from '../../../shared/domain/activity';
import type { Contact } from '../../../shared/domain/partner';
import type { ActivityCounts } from '../../../shared/domain/people/activity-counts';
import type { Ask } from '../../../shared/domain/people/ask';
import type { IntelligenceEntry } from '../../../shared/domain/people/intelligence';
import type { Stakeholder } from '../../../shared/domain/people/stakeholder';
import type { Decision, Feedback } from '../../../shared/domain/people/voice';
import type {
  IterationSummary,
  PositioningDraft,
  PositioningIteration,
  StatusChange,
} from '../../../shared/domain/positioning';
import type { RevisionEntry, RevisionTable } from '../../../shared/domain/revision';
import type { CompanyGoal } from '../../../shared/domain/strategy/company-goal';
import type { Investment } from '../../../shared/domain/strategy/investment';
import type { CustomMetric, MetricEntry } from '../../../shared/domain/strategy/metric';
import type { PartnerFigures } from '../../../shared/domain/strategy/partner-figures';
import type { PartnerPlan } from '../../../shared/domain/strategy/partner-plan';
import type { PartnerChange } from '../../../shared/domain/partner-change';
import type { Qbr } from '../../../shared/domain/templates/qbr';
import type { Template } from '../../../shared/domain/templates/template';
import type { Tombstone } from '../../../shared/domain/tombstone';
import type { Setting, WorkbookMeta } from '../../../shared/domain/workbook';
import { SCHEMA_VERSIONS } from './schema';
import type { StoredPartner } from './stored-partner';
import { captureMiddleware, ChangeCapture } from './undo/change-capture';
import { UndoHistory } from './undo/undo-history';

/** The IndexedDB database that holds one workbook. Only repositories use it. */
export class WorkbookDatabase extends Dexie {
  declare partners: EntityTable<StoredPartner, 'id'>;
  declare contacts: EntityTable<Contact, 'id'>;
  declare positioningDrafts: EntityTable<PositioningDraft, 'id'>;
  declare positioningIterations: EntityTable<PositioningIteration, 'id'>;
  /**
   * Each iteration without its fields, for timelines: written with an iteration committed here,
   * and for a file's iterations when a timeline first reads their draft (draft-summaries.ts).
   */
  declare positioningIterationSummaries: EntityTable<IterationSummary, 'id'>;
  declare positioningStatusChanges: EntityTable<StatusChange, 'id'>;
  declare activities: EntityTable<Activity, 'id'>;
  /** The company's goals for a period, which plan objectives link to (version 6 on). */
  declare companyGoals: EntityTable<CompanyGoal, 'id'>;
  /** Partner plans (joint business plans), one per partner and period. */
  declare partnerPlans: EntityTable<PartnerPlan, 'id'>;
  /** The investment ledger: time, money and energy put into each partnership. */
  declare investments: EntityTable<Investment, 'id'>;
  /** Dated metric figures per partner; built-in metrics by key, custom ones by id. */
  declare metricEntries: EntityTable<MetricEntry, 'id'>;
  /** The user's own metric definitions. */
  declare customMetrics: EntityTable<CustomMetric, 'id'>;
  /** Derived from metric entries and investments for the dashboard (version 8 on; never in files). */
  declare partnerFigures: EntityTable<PartnerFigures, 'id'>;
  /** The user's own templates; the built-in ones live in code (version 7 on). */
  declare templates: EntityTable<Template, 'id'>;
  /** Quarterly business reviews, each with one partner. */
  declare qbrs: EntityTable<Qbr, 'id'>;
  /** Each partner's dated stage and tier changes, append-only (version 9 on). */
  declare partnerChanges: EntityTable<PartnerChange, 'id'>;
  /** Each partner's dated knowledge: customers, technology, competition, channels, trends (v10 on). */
  declare intelligenceEntries: EntityTable<IntelligenceEntry, 'id'>;
  /** What partners and customers said, each entry possibly evidence for an iteration. */
  declare feedback: EntityTable<Feedback, 'id'>;
  /** Decision records, each linked to the feedback that informed it. */
  declare decisions: EntityTable<Decision, 'id'>;
  /** Colleagues across the company: influence, stance and the partners they matter for. */
  declare stakeholders: EntityTable<Stakeholder, 'id'>;
  /** What the manager needs from a stakeholder, and how it went. */
  declare asks: EntityTable<Ask, 'id'>;
  /** Derived from activities for the balance view, per partner and year (v11 on; never in files). */
  declare activityCounts: EntityTable<ActivityCounts, 'id'>;
  declare settings: EntityTable<Setting, 'key'>;
  declare meta: EntityTable<WorkbookMeta, 'key'>;
  /** One record per deleted record of a mergeable table (not settings), for merges and files. */
  declare tombstones: EntityTable<Tombstone, 'id'>;
  /** Each mergeable record's revision history (see shared/domain/revision.ts), for merges. */
  declare revisions: Table<RevisionEntry, [RevisionTable, string]>;
  /** What the user changes being written touch, for the undo history (recorded-write.ts). */
  readonly capture = new ChangeCapture();
  /** This session's undo and redo stacks; a new database (another workbook) starts empty. */
  readonly history = new UndoHistory();

  /**
   * Strict durability by default: a user's edit is on disk before the write resolves. Only a new
   * workbook being written from a file, not listed until a last strict write ends it, writes
   * relaxed (snapshot-stream-write.ts).
   */
  constructor(name: string, durability: 'strict' | 'relaxed' = 'strict') {
    super(name, { chromeTransactionDurability: durability });
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
    this.use(captureMiddleware(this.capture));
  }
}

/** The name of the default local workbook's database. */
export const DEFAULT_WORKBOOK_DB = 'partner-workbook';
