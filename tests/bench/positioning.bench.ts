/**
 * Benchmarks 8 to 10, the positioning studio's speed goals (issue 4), on one workbook seeded with
 * 1,000,000 iterations over about 10,000 drafts: saving an iteration, opening the timeline of a
 * draft with 1,000 iterations, and rendering the diff of two 5,000-word iterations. Seeding writes
 * raw IndexedDB in large transactions of relaxed durability; it is setup, timed and reported.
 */
import { expect, test } from '@playwright/test';
import type { PositioningSeedPlan } from '../../renderer/src/bench/bench-api';
import { BenchPage } from './bench-client';
import { useBenchBrowser } from './bench-browser';
import { pairedFigures, recordFigures, soloFigures } from './figures';
import { runPairs } from './pairs';
import { POSITIONING_JUDGED, SEED, SETTINGS } from './settings';
import { median, percentile } from './stats';

const SIZES = SETTINGS.positioning;
const TARGET = { dbName: 'bench-positioning' };
const PLAN: PositioningSeedPlan = {
  seed: SEED,
  iterations: SIZES.iterations,
  drafts: SIZES.drafts,
  timelineIterations: SIZES.timelineIterations,
  partners: SIZES.partners,
};
/** Iterations seeded per call into the page, so that progress shows and no call runs for long. */
const SEED_CALL_ITERATIONS = 200_000;
const SEED_TIMEOUT_MS = SETTINGS.quick ? 120_000 : 45 * 60_000;
/** Every figure of this file counts iterations in the database, not partners. */
const SCOPE = { size: SIZES.iterations, sizeUnit: 'iterations', judged: POSITIONING_JUDGED };

const browser = useBenchBrowser();
let bench: BenchPage;

const count = (n: number) => n.toLocaleString('en-US');

test.beforeAll(async () => {
  test.setTimeout(SEED_TIMEOUT_MS);
  const seeder = await BenchPage.open(browser().page);
  const started = Date.now();
  const partnersMs = await seeder.call('seedPositioningPartners', TARGET, PLAN);
  const drafts = PLAN.drafts + 1;
  const step = Math.max(1, Math.round((drafts * SEED_CALL_ITERATIONS) / PLAN.iterations));
  let written = 0;
  let statusChanges = 0;
  for (let from = 0; from < drafts; from += step) {
    const to = Math.min(drafts, from + step);
    const report = await seeder.call('seedPositioningDrafts', TARGET, PLAN, from, to);
    written += report.iterations;
    statusChanges += report.statusChanges;
    if (!SETTINGS.quick) {
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(
        `Seeded ${count(written)} of ${count(PLAN.iterations)} iterations (${seconds} s).`,
      );
    }
  }
  const seedMs = Date.now() - started;
  const counts = await seeder.call('countPositioning', TARGET);
  expect(counts).toEqual({
    drafts,
    iterations: PLAN.iterations,
    summaries: PLAN.iterations,
    statusChanges,
  });
  console.log(
    `Seeded ${count(PLAN.iterations)} iterations in ${count(drafts)} drafts ` +
      `in ${(seedMs / 1000).toFixed(1)} s.`,
  );
  await recordFigures(
    soloFigures({
      ...SCOPE,
      id: 'positioning-seed',
      title: 'Positioning seed (setup, relaxed durability)',
      unit: 'ms',
      candidate: { label: 'raw IndexedDB add, large transactions', samples: [seedMs] },
      details: {
        drafts,
        partners: PLAN.partners,
        statusChanges,
        partnersMs,
        iterationsPerSecond: PLAN.iterations / (seedMs / 1000),
      },
      goals: [],
    }),
  );
  // A fresh page for the measurements, so that nothing of the seeding stays in its heap.
  bench = await BenchPage.open(browser().page);
  await bench.call('openPositioning', TARGET, PLAN);
});

test('8. Save an iteration: PositioningRepo.commit vs raw IndexedDB add', async () => {
  // Round r (the pair) commits to the same drafts on both sides; the working copy is changed
  // through saveWorkingCopy first, timed apart from the commit.
  const perRound = SIZES.commitsPerRound;
  const saves: number[] = [];
  const samples = await runPairs(
    SETTINGS,
    (pair) => bench.call('addIterationsRaw', perRound, pair),
    async (pair) => {
      const round = await bench.call('commitIterations', perRound, pair);
      if (pair >= SETTINGS.warmups) saves.push(...round.saveMs);
      return round.commitMs;
    },
  );
  const commits = samples.candidate.flat();
  const adds = samples.baseline.flat();
  const p95 = percentile(commits, 95);
  await recordFigures(
    pairedFigures({
      ...SCOPE,
      id: 'positioning-commit',
      title: '8. Save an iteration',
      unit: 'ms',
      candidate: {
        label: `PositioningRepo.commit, median of ${perRound} per pair`,
        samples: samples.candidate.map((round) => median(round)),
      },
      baseline: {
        label: 'raw add, strict durability, one transaction',
        samples: samples.baseline.map((round) => median(round)),
      },
      details: {
        commits: commits.length,
        p95CommitMs: p95,
        maxCommitMs: Math.max(...commits),
        p95RawAddMs: percentile(adds, 95),
        medianSaveWorkingCopyMs: median(saves),
        p95SaveWorkingCopyMs: percentile(saves, 95),
      },
      goals: () => [{ label: 'p95 commit ≤ 50 ms', value: p95, limit: 50, unit: 'ms' }],
    }),
  );
});

test('9. Open a timeline: HistoryTimeline rendered vs raw getAll', async () => {
  const samples = await runPairs(
    SETTINGS,
    () => bench.call('timelineRaw'),
    async () => (await bench.call('renderTimeline')).ms,
  );
  await recordFigures(
    pairedFigures({
      ...SCOPE,
      id: 'positioning-timeline',
      title: `9. Open a ${count(SIZES.timelineIterations)}-iteration timeline`,
      unit: 'ms',
      candidate: {
        label: 'HistoryTimeline mounted to entries painted',
        samples: samples.candidate,
      },
      baseline: { label: 'raw getAll of the same index ranges', samples: samples.baseline },
      details: { maxMs: Math.max(...samples.candidate) },
      goals: () => [
        { label: 'timeline ≤ 200 ms', value: median(samples.candidate), limit: 200, unit: 'ms' },
      ],
    }),
  );
});

test('9. Read a timeline: PositioningRepo.timeline vs raw getAll', async () => {
  const samples = await runPairs(
    SETTINGS,
    () => bench.call('timelineRaw'),
    () => bench.call('timelineWithRepo'),
  );
  await recordFigures(
    pairedFigures({
      ...SCOPE,
      id: 'positioning-timeline-repo',
      title: '9. Timeline read (repository)',
      unit: 'ms',
      candidate: { label: 'PositioningRepo.timeline', samples: samples.candidate },
      baseline: { label: 'raw getAll of the same index ranges', samples: samples.baseline },
      details: { maxMs: Math.max(...samples.candidate) },
      goals: () => [
        { label: 'read ≤ 200 ms', value: median(samples.candidate), limit: 200, unit: 'ms' },
      ],
    }),
  );
});

test('10. Diff two iterations: diffFields + DiffView vs plain paragraphs', async () => {
  const pair = await bench.call('prepareDiff', SIZES.diffWords, SEED);
  const samples = await runPairs(
    SETTINGS,
    async () => (await bench.call('renderPlainTexts')).ms,
    async () => (await bench.call('renderDiff')).ms,
  );
  await recordFigures(
    pairedFigures({
      ...SCOPE,
      id: 'positioning-diff',
      title: `10. Diff of two ${count(SIZES.diffWords)}-word iterations`,
      unit: 'ms',
      candidate: { label: 'diffFields + DiffView painted', samples: samples.candidate },
      baseline: { label: 'both texts as plain paragraphs', samples: samples.baseline },
      details: { ...pair, maxMs: Math.max(...samples.candidate) },
      goals: () => [
        { label: 'diff ≤ 100 ms', value: median(samples.candidate), limit: 100, unit: 'ms' },
      ],
    }),
  );
});
