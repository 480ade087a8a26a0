/**
 * The dashboard benchmark's in-page API (renderer/src/bench/dashboard-bench.tsx), exposed as
 * `window.dashboardBench` and driven by tests/bench/dashboard.bench.ts. Times are milliseconds
 * measured with performance.now() inside the page.
 */
import type { DashboardSeedPlan } from './dashboard-seed';

/** The global the dashboard benchmark calls. */
export const DASHBOARD_BENCH_GLOBAL = 'dashboardBench';

/** The dashboard benchmark's calls. */
export interface DashboardBench {
  /** Creates the workbook with the app's schema and writes the plan's partners; ms. */
  seedPartners(dbName: string, plan: DashboardSeedPlan): Promise<number>;
  /** Writes the metric entries and investments of partners [from, to); how many entries. */
  seedEntries(dbName: string, plan: DashboardSeedPlan, from: number, to: number): Promise<number>;
  /** Writes six company goals and a plan for every other partner; how many plans. */
  seedPlans(dbName: string, plan: DashboardSeedPlan): Promise<number>;
  /** Builds every partner's derived figures with the app's rebuild. */
  rebuildFigures(dbName: string): Promise<{ ms: number; partners: number }>;
  /** The real DashboardScreen on a freshly opened workbook, until its charts are painted; ms. */
  renderDashboard(dbName: string): Promise<number>;
  /** The baseline: raw getAll of every partner and every partner's figures; ms. */
  readRaw(dbName: string): Promise<number>;
  /** Raw getAll of every metric entry: what the dashboard would read without figures; ms. */
  readEntriesRaw(dbName: string): Promise<number>;
  /** computePortfolio alone on data already read; ms. */
  computeOnly(dbName: string): Promise<number>;
  /** The real PerformanceView of one partner, mounted until its tables are painted; ms. */
  renderPartnerView(dbName: string, partnerId: string): Promise<number>;
  /** The baseline: raw index reads of that partner's entries, investments, plans, activities. */
  readPartnerRaw(dbName: string, partnerId: string): Promise<number>;
  /** The real PlanScreen of one planned partner, mounted until its objectives are painted; ms. */
  renderPlanView(dbName: string, partnerId: string): Promise<number>;
  /** The baseline: raw reads of that partner, its plans, the company goals and the settings. */
  readPlanRaw(dbName: string, partnerId: string): Promise<number>;
}
