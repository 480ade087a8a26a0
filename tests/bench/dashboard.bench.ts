/**
 * Benchmark 15, the portfolio dashboard's speed goal (issue 6): with 10,000 partners and
 * 1,000,000 metric entries the dashboard renders in under 1 s. Seeds its own workbook (raw
 * IndexedDB, relaxed durability; setup, reported on its own row), builds the derived figures with
 * the app's rebuild, then times the real DashboardScreen from opening the workbook to its charts
 * painted, against raw getAll of the records any dashboard must read. Benchmarks 16 and 17 time
 * one partner's performance view and plan view on the same workbook, which also holds six company
 * goals and a plan for every other partner (plan-seed.ts). The quick run seeds 1,000
 * partners and 20,000 entries. BENCH_DASHBOARD_PARTNERS and BENCH_DASHBOARD_ENTRIES override.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  DASHBOARD_BENCH_GLOBAL,
  type DashboardBench,
} from '../../renderer/src/bench/dashboard-api';
import { seededPartnerId, type DashboardSeedPlan } from '../../renderer/src/bench/dashboard-seed';
import { plannedPartner } from '../../renderer/src/bench/plan-seed';
import { launchBenchBrowser, type BenchBrowser } from './bench-browser';
import { pairedFigures, recordBrowser, recordFigures, soloFigures } from './figures';
import { runPairs } from './pairs';
import { deleteDatabaseIn, openBenchPage, pageApi } from './page-api';
import { SEED, SEEDED_ORIGIN, SETTINGS } from './settings';
import { median } from './stats';

const FULL = { partners: 10_000, entries: 1_000_000 };
const QUICK = { partners: 1_000, entries: 20_000 };

function sizeFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be >= 1.`);
  return value;
}

const defaults = SETTINGS.quick ? QUICK : FULL;
const PARTNERS = sizeFromEnv('BENCH_DASHBOARD_PARTNERS', defaults.partners);
const ENTRIES = sizeFromEnv('BENCH_DASHBOARD_ENTRIES', defaults.entries);
const DB = 'bench-dashboard';
const PLAN: DashboardSeedPlan = {
  seed: SEED,
  partners: PARTNERS,
  entriesPerPartner: Math.max(1, Math.round(ENTRIES / PARTNERS)),
  today: new Date().toISOString().slice(0, 10),
};
/** Entries written per call into the page, so that progress shows and no call runs for long. */
const ENTRIES_PER_CALL = 100_000;
const SCOPE = {
  size: PLAN.partners * PLAN.entriesPerPartner,
  sizeUnit: 'metric entries',
  judged:
    !SETTINGS.quick &&
    SETTINGS.pairs >= 7 &&
    PARTNERS >= FULL.partners &&
    PLAN.partners * PLAN.entriesPerPartner >= FULL.entries,
};

let browser: BenchBrowser;
let page: Page;

// Calls one function of the bench page's API.
const call = pageApi<DashboardBench>(() => page, DASHBOARD_BENCH_GLOBAL);

async function openPage(): Promise<void> {
  await openBenchPage(browser.page, SEEDED_ORIGIN, DASHBOARD_BENCH_GLOBAL);
  page = browser.page;
}

const count = (n: number) => n.toLocaleString('en-US');

test.beforeAll(async () => {
  test.setTimeout(SETTINGS.quick ? 120_000 : 45 * 60_000);
  browser = await launchBenchBrowser();
  await recordBrowser(browser.version);
  await openPage();
  await deleteDatabaseIn(page, DB);
  const started = Date.now();
  const partnersMs = await call('seedPartners', DB, PLAN);
  const step = Math.max(1, Math.floor(ENTRIES_PER_CALL / PLAN.entriesPerPartner));
  let written = 0;
  for (let from = 0; from < PLAN.partners; from += step) {
    written += await call('seedEntries', DB, PLAN, from, Math.min(PLAN.partners, from + step));
    if (!SETTINGS.quick) {
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(
        `Seeded ${count(written)} of ${count(SCOPE.size)} metric entries (${seconds} s).`,
      );
    }
  }
  const plans = await call('seedPlans', DB, PLAN);
  const seedMs = Date.now() - started;
  const rebuilt = await call('rebuildFigures', DB);
  expect(rebuilt.partners).toBe(PLAN.partners);
  console.log(
    `Seeded ${count(written)} entries and ${count(plans)} plans for ${count(PLAN.partners)} partners in ` +
      `${(seedMs / 1000).toFixed(1)} s; figures rebuilt in ${(rebuilt.ms / 1000).toFixed(1)} s.`,
  );
  await recordFigures(
    soloFigures({
      ...SCOPE,
      id: 'dashboard-seed',
      title: 'Dashboard seed (setup, relaxed durability) and figures rebuild',
      unit: 'ms',
      candidate: { label: 'raw IndexedDB put, large transactions', samples: [seedMs] },
      details: { partners: PLAN.partners, plans, partnersMs, rebuildMs: rebuilt.ms },
      goals: [],
    }),
  );
  // A fresh page for the measurements, so that nothing of the seeding stays in its heap.
  await openPage();
});

test.afterAll(async () => {
  await browser.close();
});

test('15. Dashboard first render: DashboardScreen vs raw getAll of partners and figures', async () => {
  // What the dashboard would read without derived figures, once: the reason they exist.
  const entriesMs = await call('readEntriesRaw', DB);
  const computeMs = await call('computeOnly', DB);
  const samples = await runPairs(
    SETTINGS,
    () => call('readRaw', DB),
    () => call('renderDashboard', DB),
  );
  const rendered = median(samples.candidate);
  await recordFigures(
    pairedFigures({
      ...SCOPE,
      id: 'dashboard-render',
      title: `15. Dashboard first render, ${count(PLAN.partners)} partners`,
      unit: 'ms',
      candidate: {
        label: 'workbook opened to DashboardScreen charts painted',
        samples: samples.candidate,
      },
      baseline: { label: 'raw getAll of partners and partnerFigures', samples: samples.baseline },
      details: {
        partners: PLAN.partners,
        maxMs: Math.max(...samples.candidate),
        computePortfolioMs: computeMs,
        rawGetAllOfEveryMetricEntryMs: entriesMs,
      },
      goals: () => [{ label: 'render ≤ 1,000 ms', value: rendered, limit: 1000, unit: 'ms' }],
    }),
  );
});

test('16. A partner’s performance view: PerformanceView vs raw index reads of its records', async () => {
  // A different partner for each run, spread over the workbook, each read by both sides.
  let run = 0;
  const nextPartner = () => seededPartnerId((run++ * 7919) % PLAN.partners);
  let partnerId = nextPartner();
  const samples = await runPairs(
    SETTINGS,
    () => call('readPartnerRaw', DB, partnerId),
    async () => {
      const ms = await call('renderPartnerView', DB, partnerId);
      partnerId = nextPartner();
      return ms;
    },
  );
  const rendered = median(samples.candidate);
  await recordFigures(
    pairedFigures({
      ...SCOPE,
      id: 'partner-view-render',
      title: `16. A partner’s performance view, ${count(PLAN.partners)} partners`,
      unit: 'ms',
      candidate: {
        label: 'PerformanceView mounted to entries and health painted',
        samples: samples.candidate,
      },
      baseline: {
        label: 'raw index reads of the partner’s records',
        samples: samples.baseline,
      },
      details: { partners: PLAN.partners, maxMs: Math.max(...samples.candidate) },
      goals: () => [{ label: 'view ≤ 200 ms', value: rendered, limit: 200, unit: 'ms' }],
    }),
  );
});

test('17. A partner’s plan view: PlanScreen vs raw reads of its plans and the goals', async () => {
  // A different planned partner for each run, spread over the workbook, each read by both sides.
  let run = 0;
  const nextPartner = () => seededPartnerId(plannedPartner(run++ * 7919, PLAN.partners));
  let partnerId = nextPartner();
  const samples = await runPairs(
    SETTINGS,
    () => call('readPlanRaw', DB, partnerId),
    async () => {
      const ms = await call('renderPlanView', DB, partnerId);
      partnerId = nextPartner();
      return ms;
    },
  );
  const rendered = median(samples.candidate);
  await recordFigures(
    pairedFigures({
      ...SCOPE,
      id: 'plan-view-render',
      title: `17. A partner’s plan view, ${count(PLAN.partners)} partners`,
      unit: 'ms',
      candidate: {
        label: 'PlanScreen mounted to objectives and plan history painted',
        samples: samples.candidate,
      },
      baseline: {
        label: 'raw reads of the partner, its plans, goals and settings',
        samples: samples.baseline,
      },
      details: { partners: PLAN.partners, maxMs: Math.max(...samples.candidate) },
      goals: () => [{ label: 'view ≤ 200 ms', value: rendered, limit: 200, unit: 'ms' }],
    }),
  );
});
