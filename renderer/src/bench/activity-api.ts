/**
 * The activity benchmark's in-page API (renderer/src/bench/activity-bench.tsx), exposed as
 * `window.activityBench` and driven by tests/bench/activity.bench.ts. Times are milliseconds
 * measured with performance.now() inside the page.
 */
import type { ActivitySeedPlan } from './activity-seed';

/** The global the activity benchmark calls. */
export const ACTIVITY_BENCH_GLOBAL = 'activityBench';

/** The activity benchmark's calls. */
export interface ActivityBench {
  /** Creates the workbook with the app's schema and writes the plan's partners; ms. */
  seedPartners(dbName: string, plan: ActivitySeedPlan): Promise<number>;
  /** Writes the activities of partners [from, to); how many. */
  seedActivities(dbName: string, plan: ActivitySeedPlan, from: number, to: number): Promise<number>;
  /** Writes feedback entries [from, to); how many. */
  seedFeedback(dbName: string, plan: ActivitySeedPlan, from: number, to: number): Promise<number>;
  /** Builds the derived activity counts with the app's rebuild. */
  rebuildCounts(dbName: string): Promise<{ ms: number; records: number }>;
  /** Opens the workbook the adds below write to (kept open between calls). */
  open(dbName: string): Promise<void>;
  /** Logs `count` activities one by one through ActivityRepo.create; ms of each. */
  addActivities(count: number, round: number): Promise<number[]>;
  /** The baseline: `count` raw IndexedDB puts of one activity each, strict durability; ms of each. */
  putActivitiesRaw(count: number, round: number): Promise<number[]>;
  /** The real BalanceView for a year on the open workbook, until painted; ms. */
  renderBalance(year: number): Promise<number>;
  /** The baseline: a raw count of the year's activities over the occurredAt index; ms. */
  countYearRaw(year: number): Promise<number>;
  /** How many activities the year holds (read once, for the report). */
  activitiesInYear(year: number): Promise<number>;
}
