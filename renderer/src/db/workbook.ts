import { ChangeFeed } from './change-feed';
import {
  OpenCancelledError,
  watchConnection,
  watchOpening,
  WorkbookConnection,
} from './connection-watch';
import { isVersionError, tooNewError, writtenByNewerApp } from './too-new';
import { ActivityRepo } from './repos/activity-repo';
import { AskRepo } from './repos/ask-repo';
import { WorkbookDatabase } from './database';
import { PartnerRowsStore } from './partner-rows-store';
import { CompanyGoalRepo } from './repos/company-goal-repo';
import { DashboardRepo } from './repos/dashboard-repo';
import { InvestmentRepo } from './repos/investment-repo';
import { MetaRepo } from './repos/meta-repo';
import { MetricRepo } from './repos/metric-repo';
import { PartnerFiguresRepo } from './repos/partner-figures-repo';
import { PartnerPlanRepo } from './repos/partner-plan-repo';
import { PartnerChangeRepo } from './repos/partner-change-repo';
import { PartnerRepo } from './repos/partner-repo';
import { PartnerRowRepo } from './repos/partner-row-repo';
import { QbrRepo } from './repos/qbr-repo';
import { IntelligenceRepo } from './repos/intelligence-repo';
import { FeedbackRepo } from './repos/feedback-repo';
import { DecisionRepo } from './repos/decision-repo';
import { TemplateRepo } from './repos/template-repo';
import { TemplateUseRepo } from './repos/template-use-repo';
import { PositioningRepo } from './repos/positioning-repo';
import { SampleRepo } from './repos/sample-repo';
import { SettingsRepo } from './repos/settings-repo';
import { StakeholderRepo } from './repos/stakeholder-repo';
import { UndoRepo } from './repos/undo-repo';
import type { PackedApplier } from './undo/packed-apply';
import type { WorkbookMeta } from '../../../shared/domain/workbook';

/** An open workbook: its repositories and identity. Screens get it from context, never the db. */
export interface Workbook {
  meta: WorkbookMeta;
  /** The IndexedDB database it lives in, for workers that open it themselves. */
  dbName: string;
  partners: PartnerRepo;
  /** The partners table's rows, kept in memory and refreshed per changed record. */
  partnerRows: PartnerRowsStore;
  /** Committed changes, for in-memory views such as the search index. */
  changes: ChangeFeed;
  sample: SampleRepo;
  /** Positioning drafts, their iterations and status history. */
  positioning: PositioningRepo;
  /** The company's goals for each period. */
  companyGoals: CompanyGoalRepo;
  /** Partner plans, kept to the plan rules. */
  plans: PartnerPlanRepo;
  /** The investment ledger. */
  investments: InvestmentRepo;
  /** Metric entries and custom metric definitions. */
  metrics: MetricRepo;
  /** The portfolio dashboard's reads. */
  dashboard: DashboardRepo;
  /** One partner's figures assembled from its own records (its health input). */
  figures: PartnerFiguresRepo;
  /** The user's own templates (the built-in library is in shared/). */
  templates: TemplateRepo;
  /** Quarterly business reviews. */
  qbrs: QbrRepo;
  /** Each partner's dated stage and tier changes, and their effective dates. */
  partnerChanges: PartnerChangeRepo;
  /** Colleagues across the company on the stakeholder map. */
  stakeholders: StakeholderRepo;
  /** What the partner manager needs from those colleagues. */
  asks: AskRepo;
  /** What starting a QBR or scorecard reads: partner choices, a partner's scorecard data. */
  templateUse: TemplateUseRepo;
  /** The activity log, the partners' last activity and the counts the balance reads. */
  activities: ActivityRepo;
  /** Each partner's dated intelligence: customers, technology, competition, channels, trends. */
  intelligence: IntelligenceRepo;
  /** What partners and customers said. */
  feedback: FeedbackRepo;
  /** Decision records and the feedback that informed them. */
  decisions: DecisionRepo;
  /** Workbook settings, such as the author recorded on iterations. */
  settings: SettingsRepo;
  /** The workbook's identity row: its name, for the header and the switcher. */
  metaRepo: MetaRepo;
  /** Undo and redo of this session's changes, every screen's (gone when the workbook closes). */
  undo: UndoRepo;
  /** Whether another window has upgraded or deleted the workbook, closing this connection. */
  connection: WorkbookConnection;
  close(): void;
}

/** What the opener hears while the workbook opens. */
export interface OpenOptions {
  /**
   * The upgrade waits for another window still holding the workbook at an older version; it
   * carries on by itself once that window closes it.
   */
  onBlocked?: () => void;
  /** Stops waiting: the opening then rejects with an OpenCancelledError and opens nothing. */
  signal?: AbortSignal;
  /** Applies undos and redos of imports and merges (the app's: in a worker); in place if not given. */
  applyPacked?: PackedApplier;
}

/** Opens (creating on first use, with the given name) the workbook stored in the named database. */
export async function openWorkbook(
  dbName: string,
  name = 'My workbook',
  options: OpenOptions = {},
): Promise<Workbook> {
  // Checked before Dexie opens it: Dexie would open a newer database and even add the tables it
  // lacks, and this app must never write to what a newer one wrote.
  if (await writtenByNewerApp(dbName)) throw await tooNewError(dbName);
  const db = new WorkbookDatabase(dbName);
  const connection = new WorkbookConnection();
  watchConnection(db, connection);
  const { signal } = options;
  if (signal?.aborted) throw new OpenCancelledError();
  const settled = watchOpening(db, options);
  try {
    await db.open();
  } catch (error) {
    settled(false);
    db.close();
    if (signal?.aborted) throw new OpenCancelledError();
    throw isVersionError(error) ? await tooNewError(dbName) : error;
  }
  settled(true);
  // Given up at the moment the open succeeded: closed by the signal, so nothing is opened.
  if (signal?.aborted) throw new OpenCancelledError();
  const metaRepo = new MetaRepo(db);
  const meta = await metaRepo.ensure(name);
  const changes = new ChangeFeed();
  const partners = new PartnerRepo(db, changes);
  const settings = new SettingsRepo(db);
  return {
    meta,
    dbName,
    partners,
    partnerRows: new PartnerRowsStore(new PartnerRowRepo(db), changes),
    changes,
    sample: new SampleRepo(partners),
    positioning: new PositioningRepo(db, changes, settings),
    companyGoals: new CompanyGoalRepo(db, changes),
    plans: new PartnerPlanRepo(db, changes),
    investments: new InvestmentRepo(db, changes),
    metrics: new MetricRepo(db, changes),
    dashboard: new DashboardRepo(db),
    figures: new PartnerFiguresRepo(db),
    templates: new TemplateRepo(db, changes),
    qbrs: new QbrRepo(db, changes),
    partnerChanges: new PartnerChangeRepo(db, changes),
    stakeholders: new StakeholderRepo(db, changes),
    asks: new AskRepo(db, changes),
    templateUse: new TemplateUseRepo(db),
    activities: new ActivityRepo(db, changes),
    intelligence: new IntelligenceRepo(db, changes),
    feedback: new FeedbackRepo(db, changes),
    decisions: new DecisionRepo(db, changes),
    settings,
    metaRepo,
    undo: new UndoRepo(db, changes, options.applyPacked),
    connection,
    close: () => {
      db.close();
    },
  };
}
