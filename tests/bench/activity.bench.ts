/**
 * Benchmarks 18 and 19, the activity log's speed goals (issue 7): with 1,000,000 activities and
 * 100,000 feedback entries, adding an activity takes under 50 ms at the 95th percentile, and the
 * balance view for a year renders in under 300 ms. Seeds its own workbook (10,000 partners,
 * activities over five years, feedback straight into its table; raw IndexedDB, relaxed
 * durability; setup, reported on its own row), builds the derived counts with the app's rebuild,
 * then times the real ActivityRepo.create against a raw put of one record, and the real
 * BalanceView for a year against a raw count of that year's activities over the same index. The
 * quick run seeds 1,000 partners, 20,000 activities and 2,000 feedback entries.
 * BENCH_ACTIVITY_PARTNERS, BENCH_ACTIVITIES and BENCH_FEEDBACK override.
 */
import { expect, test, type Page } from '@playwright/test';
import { ACTIVITY_BENCH_GLOBAL, type ActivityBench } from '../../renderer/src/bench/activity-api';
import type { ActivitySeedPlan } from '../../renderer/src/bench/activity-seed';
import { launchBenchBrowser, type BenchBrowser } from './bench-browser';
import { pairedFigures, recordBrowser, recordFigures, soloFigures } from './figures';
import { runPairs } from './pairs';
import { deleteDatabaseIn, openBenchPage, pageApi } from './page-api';
import { SEED, SEEDED_ORIGIN, SETTINGS } from './settings';
import { median, percentile } from './stats';

const FULL = { partners: 10_000, activities: 1_000_000, feedback: 100_000 };
const QUICK = { partners: 1_000, activities: 20_000, feedback: 2_000 };

function sizeFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be >= 1.`);
  return value;
}

const defaults = SETTINGS.quick ? QUICK : FULL;
const PARTNERS = sizeFromEnv('BENCH_ACTIVITY_PARTNERS', defaults.partners);
const ACTIVITIES = sizeFromEnv('BENCH_ACTIVITIES', defaults.activities);
const FEEDBACK = sizeFromEnv('BENCH_FEEDBACK', defaults.feedback);
const DB = 'bench-activity';
const PLAN: ActivitySeedPlan = {
  seed: SEED,
  partners: PARTNERS,
  activitiesPerPartner: Math.max(1, Math.round(ACTIVITIES / PARTNERS)),
  feedback: FEEDBACK,
  lastDay: '2026-10-31',
};
/** The year whose balance is rendered: a whole year inside the seeded five. */
const YEAR = 2025;
/** Adds timed per pair; the p95 is over every measured add. */
const ADDS_PER_ROUND = SETTINGS.quick ? 5 : 20;
/** Records written per call into the page, so that progress shows and no call runs for long. */
const RECORDS_PER_CALL = 100_000;
const SCOPE = {
  size: PLAN.partners * PLAN.activitiesPerPartner,
  sizeUnit: 'activities',
  judged:
    !SETTINGS.quick &&
    SETTINGS.pairs >= 7 &&
    PARTNERS >= FULL.partners &&
    PLAN.partners * PLAN.activitiesPerPartner >= FULL.activities &&
    FEEDBACK >= FULL.feedback,
};

let browser: BenchBrowser;
let page: Page;

// Calls one function of the bench page's API.
const call = pageApi<ActivityBench>(() => page, ACTIVITY_BENCH_GLOBAL);

async function openPage(): Promise<void> {
  await openBenchPage(browser.page, SEEDED_ORIGIN, ACTIVITY_BENCH_GLOBAL);
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
  const step = Math.max(1, Math.floor(RECORDS_PER_CALL / PLAN.activitiesPerPartner));
  let written = 0;
  for (let from = 0; from < PLAN.partners; from += step) {
    written += await call('seedActivities', DB, PLAN, from, Math.min(PLAN.partners, from + step));
    if (!SETTINGS.quick) {
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(`Seeded ${count(written)} of ${count(SCOPE.size)} activities (${seconds} s).`);
    }
  }
  let feedback = 0;
  for (let from = 0; from < PLAN.feedback; from += RECORDS_PER_CALL) {
    feedback += await call(
      'seedFeedback',
      DB,
      PLAN,
      from,
      Math.min(PLAN.feedback, from + RECORDS_PER_CALL),
    );
  }
  const seedMs = Date.now() - started;
  const rebuilt = await call('rebuildCounts', DB);
  expect(rebuilt.records).toBeGreaterThan(0);
  console.log(
    `Seeded ${count(written)} activities and ${count(feedback)} feedback entries for ` +
      `${count(PLAN.partners)} partners in ${(seedMs / 1000).toFixed(1)} s; counts rebuilt in ` +
      `${(rebuilt.ms / 1000).toFixed(1)} s.`,
  );
  await recordFigures(
    soloFigures({
      ...SCOPE,
      id: 'activity-seed',
      title: 'Activity seed (setup, relaxed durability) and counts rebuild',
      unit: 'ms',
      candidate: { label: 'raw IndexedDB put, large transactions', samples: [seedMs] },
      details: {
        partners: PLAN.partners,
        feedback,
        partnersMs,
        rebuildMs: rebuilt.ms,
        countRecords: rebuilt.records,
      },
      goals: [],
    }),
  );
  // A fresh page for the measurements, so that nothing of the seeding stays in its heap.
  await openPage();
  await call('open', DB);
});

test.afterAll(async () => {
  await browser.close();
});

test('18. Add an activity: ActivityRepo.create vs raw IndexedDB put of one record', async () => {
  const samples = await runPairs(
    SETTINGS,
    (pair) => call('putActivitiesRaw', ADDS_PER_ROUND, pair),
    (pair) => call('addActivities', ADDS_PER_ROUND, pair),
  );
  const adds = samples.candidate.flat();
  const puts = samples.baseline.flat();
  const p95 = percentile(adds, 95);
  await recordFigures(
    pairedFigures({
      ...SCOPE,
      id: 'activity-add',
      title: `18. Add an activity, ${count(SCOPE.size)} activities`,
      unit: 'ms',
      candidate: {
        label: `ActivityRepo.create, median of ${ADDS_PER_ROUND} per pair`,
        samples: samples.candidate.map((round) => median(round)),
      },
      baseline: {
        label: 'raw put of one record, strict durability',
        samples: samples.baseline.map((round) => median(round)),
      },
      details: {
        adds: adds.length,
        p95AddMs: p95,
        maxAddMs: Math.max(...adds),
        p95RawPutMs: percentile(puts, 95),
      },
      goals: () => [{ label: 'p95 add ≤ 50 ms', value: p95, limit: 50, unit: 'ms' }],
    }),
  );
});

test('19. Balance view for a year: BalanceView vs raw count of the year’s activities', async () => {
  const inYear = await call('activitiesInYear', YEAR);
  const samples = await runPairs(
    SETTINGS,
    () => call('countYearRaw', YEAR),
    () => call('renderBalance', YEAR),
  );
  const rendered = median(samples.candidate);
  await recordFigures(
    pairedFigures({
      ...SCOPE,
      id: 'activity-balance',
      title: `19. Balance view for ${YEAR}, ${count(inYear)} activities in the year`,
      unit: 'ms',
      candidate: {
        label: 'BalanceView mounted to per-partner rows painted',
        samples: samples.candidate,
      },
      baseline: {
        label: 'raw count over the occurredAt index, one year',
        samples: samples.baseline,
      },
      details: { activitiesInYear: inYear, maxMs: Math.max(...samples.candidate) },
      goals: () => [{ label: 'render ≤ 300 ms', value: rendered, limit: 300, unit: 'ms' }],
    }),
  );
});
