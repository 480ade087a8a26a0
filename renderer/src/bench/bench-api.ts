/**
 * The in-page API the benchmark harness (tests/bench) drives on the bench page (renderer/bench.html,
 * built only in bench mode). Every function runs the app's real code (repositories, shared query,
 * search worker) next to a plain baseline on the same data, and returns milliseconds measured with
 * performance.now() inside the page. Exposed as `window.workbookBench`.
 */
import type { PartnerSortColumn } from '../../../shared/domain/partner-query';
import type { FilesBench } from './files-bench-api';

/** Where one run of a write or load happened. */
export interface BenchDb {
  /** IndexedDB database name; the harness uses a fresh one per run and deletes it after. */
  dbName: string;
}

/** Main-thread responsiveness while something ran. */
export interface MainThreadReport {
  ms: number;
  /** Tasks over 50 ms seen by a PerformanceObserver('longtask') during the run. */
  longTasks: number;
  maxTaskMs: number;
}

/**
 * What the positioning benchmarks seed: one database that the save, timeline and diff benchmarks
 * share. Draft 0 holds `timelineIterations`; the other drafts share the rest, about 100 each.
 */
export interface PositioningSeedPlan {
  seed: number;
  /** Iterations in the database once seeded, the timeline draft's included. */
  iterations: number;
  /** Drafts besides the timeline draft. */
  drafts: number;
  /** Iterations of the one draft whose timeline is opened. */
  timelineIterations: number;
  /** Seeded partners the drafts belong to (every 50th draft is company-wide). */
  partners: number;
}

/** What one seeding call wrote, and how long it took. */
export interface PositioningSeedReport {
  drafts: number;
  iterations: number;
  statusChanges: number;
  ms: number;
}

/** How many records each positioning store holds. */
export interface PositioningCounts {
  drafts: number;
  iterations: number;
  summaries: number;
  statusChanges: number;
}

/** One round of the save benchmark: each commit, and the autosave that changed it before. */
export interface CommitRound {
  /** PositioningRepo.commit, call to resolved. */
  commitMs: number[];
  /** PositioningRepo.saveWorkingCopy before each commit (not part of commitMs). */
  saveMs: number[];
}

/** A view rendered into the bench page, timed to the frame painted after it appeared. */
export interface RenderReport {
  ms: number;
  /** The elements the wait looked for (timeline entries, diff fields, paragraphs). */
  elements: number;
}

/** The two long iterations the diff benchmark compares. */
export interface DiffPairReport {
  /** Words of the older and of the newer iteration. */
  wordsBefore: number;
  wordsAfter: number;
  fields: number;
  changedFields: number;
  addedWords: number;
  removedWords: number;
}

/** The bench page's API; the workbook file benchmarks' calls are in files-bench-api.ts. */
export interface WorkbookBench extends FilesBench {
  /** Generates seeded partners and contacts in page memory for the calls below. */
  generate(count: number, seed: number): Promise<{ partners: number; contacts: number }>;
  /** Writes the generated records through PartnerRepo.putMany into a new workbook database. */
  writeWithRepo(target: BenchDb): Promise<number>;
  /** Writes the same records with raw IndexedDB put, one transaction, same durability. */
  writeRaw(target: BenchDb): Promise<number>;
  /** Loads every partner of a database the way the partners screen does. */
  loadWithApp(target: BenchDb): Promise<number>;
  /** Loads every partner with raw IndexedDB getAll in batches. */
  loadRaw(target: BenchDb): Promise<number>;
  /** Sorts the generated rows with the app's query (shared/domain/partner-query). */
  sortWithApp(column: PartnerSortColumn, desc: boolean): Promise<number>;
  /** Sorts the same rows with a plain Array.prototype.sort on the column. */
  sortBaseline(column: PartnerSortColumn, desc: boolean): Promise<number>;
  /** Filters the generated rows by a search text with the app's query. */
  filterWithApp(search: string): Promise<number>;
  /** Filters the same rows with a plain Array.prototype.filter on name/owner/region/industry/tags. */
  filterBaseline(search: string): Promise<number>;
  /**
   * Builds the full-text index of a database's partners and contacts in the app's search worker
   * (which reads IndexedDB itself); resolves when the index is ready.
   */
  buildSearchIndex(target: BenchDb): Promise<MainThreadReport>;
  /** Runs one full-text query against the built index; ms from call to result on the main thread. */
  querySearchIndex(text: string): Promise<number>;
  /** Deletes a database the harness created. */
  deleteDatabase(target: BenchDb): Promise<void>;
  /** Creates the workbook and writes the plan's partners through PartnerRepo.putMany; ms. */
  seedPositioningPartners(target: BenchDb, plan: PositioningSeedPlan): Promise<number>;
  /**
   * Writes drafts [from, to) of the plan with their iterations, summaries and status changes,
   * with raw IndexedDB in large transactions of relaxed durability (setup only, not an edit).
   */
  seedPositioningDrafts(
    target: BenchDb,
    plan: PositioningSeedPlan,
    from: number,
    to: number,
  ): Promise<PositioningSeedReport>;
  /** Counts the records of each positioning store. */
  countPositioning(target: BenchDb): Promise<PositioningCounts>;
  /** Opens a seeded workbook for the calls below; returns the timeline draft's id. */
  openPositioning(target: BenchDb, plan: PositioningSeedPlan): Promise<string>;
  /**
   * Changes a draft's working copy (PositioningRepo.saveWorkingCopy) and commits it
   * (PositioningRepo.commit), `count` times over drafts drawn from `round`, timing each separately.
   */
  commitIterations(count: number, round: number): Promise<CommitRound>;
  /**
   * Adds an equivalent iteration record (same draft, same fields as commitIterations would) with
   * raw IndexedDB add, one readwrite transaction of strict durability each, `count` times; ms of
   * each add. Every record is deleted again after it is timed.
   */
  addIterationsRaw(count: number, round: number): Promise<number[]>;
  /** PositioningRepo.timeline of the timeline draft; ms. */
  timelineWithRepo(): Promise<number>;
  /** Raw getAll of the timeline draft's summaries and status changes over the same index ranges. */
  timelineRaw(): Promise<number>;
  /** Mounts the app's HistoryTimeline for the timeline draft, until its entries are painted. */
  renderTimeline(): Promise<RenderReport>;
  /** Generates two iterations of about `words` words each, the newer with words changed. */
  prepareDiff(words: number, seed: number): Promise<DiffPairReport>;
  /** diffFields of the two iterations and the app's DiffView rendered, until painted. */
  renderDiff(): Promise<RenderReport>;
  /** The same two texts rendered as plain paragraphs side by side, without a diff, until painted. */
  renderPlainTexts(): Promise<RenderReport>;
  /** Closes the workbook openPositioning opened. */
  closePositioning(): Promise<void>;
}

/** The global name the bench page exposes its API under. */
export const BENCH_GLOBAL = 'workbookBench';
