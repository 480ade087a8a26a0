/**
 * The in-page API the benchmark harness (tests/bench) drives on the bench page (renderer/bench.html,
 * built only in bench mode). Every function runs the app's real code (repositories, shared query,
 * search worker) next to a plain baseline on the same data, and returns milliseconds measured with
 * performance.now() inside the page. Exposed as `window.workbookBench`.
 */
import type { PartnerSortColumn } from '../../../shared/domain/partner-query';

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

/** The bench page's API. */
export interface WorkbookBench {
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
}

/** The global name the bench page exposes its API under. */
export const BENCH_GLOBAL = 'workbookBench';
