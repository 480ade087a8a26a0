/**
 * Benchmarks 11 and 12, the `.partnerbook` file (issue 5): saving a workbook as a file and
 * opening a file as a new workbook, through the app's worker and client, against the plainest
 * code that does the same with the same records. The workbook is the command line's sample
 * (generateSampleSnapshot), generated once in the page as a file; opening that file through the
 * app seeds the database the save benchmark reads. Both are setup, timed and reported.
 */
import { expect, test } from '@playwright/test';
import type { PreparedPartnerbook } from '../../renderer/src/bench/files-bench-api';
import { BenchPage, inFreshDatabase } from './bench-client';
import { useBenchBrowser } from './bench-browser';
import { recordFigures, soloFigures } from './figures';
import { runPairs } from './pairs';
import { phasedFigures } from './phases';
import { FULL_FILES, filesJudged, LONG_RUN_MIN_PAIRS, SEED, SETTINGS } from './settings';
import { median } from './stats';

const PARTNERS = SETTINGS.files.partnerbookPartners;
const SAVED = { dbName: 'bench-partnerbook-saved' };
/** Generous: at full size each open writes hundreds of thousands of records twice per pair. */
const TIMEOUT_MS = SETTINGS.quick ? 120_000 : 120 * 60_000;

const browser = useBenchBrowser();
let bench: BenchPage;
let prepared: PreparedPartnerbook;

const count = (n: number) => n.toLocaleString('en-US');
const iterationsOf = (file: PreparedPartnerbook) => file.counts.positioningIterations ?? 0;

/** Whether this run's file has the issue's size: at least its partners and iterations. */
const atIssueSize = () =>
  PARTNERS >= FULL_FILES.partnerbookPartners &&
  iterationsOf(prepared) >= FULL_FILES.partnerbookIterations;

/** The size every figure of this file reports, and whether goals are judged at it. */
function scope() {
  const iterations = iterationsOf(prepared);
  return {
    size: PARTNERS,
    sizeUnit: `partners, ${count(iterations)} iterations`,
    judged:
      filesJudged(PARTNERS, FULL_FILES.partnerbookPartners, LONG_RUN_MIN_PAIRS) && atIssueSize(),
  };
}

test.beforeAll(async () => {
  test.setTimeout(TIMEOUT_MS);
  bench = await BenchPage.open(browser().page);
  const started = Date.now();
  prepared = await bench.call('preparePartnerbook', {
    seed: SEED,
    partners: PARTNERS,
    iterations: SETTINGS.files.partnerbookIterations,
  });
  const seeded = await bench.call('openPartnerbookWithApp', SAVED);
  const setupMs = Date.now() - started;
  const stores = await bench.call('countStores', SAVED);
  expect(stores.partners).toBe(PARTNERS);
  expect(stores.positioningIterations).toBe(iterationsOf(prepared));
  const records = Object.values(stores).reduce((sum, n) => sum + n, 0);
  console.log(
    `Prepared a ${count(Math.round(prepared.bytes / 2 ** 20))} MiB workbook file ` +
      `(${count(PARTNERS)} partners, ${count(iterationsOf(prepared))} iterations) and opened it ` +
      `as the saved workbook (${count(records)} records) in ${(setupMs / 1000).toFixed(1)} s.`,
  );
  await recordFigures(
    soloFigures({
      ...scope(),
      judged: false,
      id: 'partnerbook-setup',
      title: 'Partnerbook setup (generate and encode in parts, open)',
      unit: 'ms',
      candidate: { label: 'sample generated, encoded and opened', samples: [setupMs] },
      details: {
        makeMs: prepared.makeMs,
        streamedBaselines: prepared.streamedBaselines ? 1 : 0,
        openMs: seeded.ms,
        fileMiB: prepared.bytes / 2 ** 20,
        fileChars: prepared.chars,
        storedRecords: records,
        ...prefixed('file', prepared.counts),
      },
      goals: [],
    }),
  );
});

function prefixed(prefix: string, counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts).map(([table, n]) => [`${prefix}.${table}`, n] as const),
  );
}

test('11. Save as .partnerbook: exportPartnerbookFile to bytes vs raw getAll + JSON.stringify', async () => {
  test.setTimeout(TIMEOUT_MS);
  const runs = await runPairs(
    SETTINGS,
    () => bench.call('exportPartnerbookRaw', SAVED),
    () => bench.call('exportPartnerbookWithApp', SAVED),
  );
  await recordFigures(
    phasedFigures({
      ...scope(),
      id: 'partnerbook-export',
      title: '11. Save as .partnerbook',
      runs,
      labels: {
        candidate: 'exportPartnerbookFile, worker to bytes',
        baseline: prepared.streamedBaselines
          ? 'raw getAll + JSON.stringify, batch by batch'
          : 'raw getAll + JSON.stringify',
      },
      details: {
        fileBytes: median(runs.candidate.map((run) => run.bytes ?? 0)),
        baselineChars: median(runs.baseline.map((run) => run.chars)),
      },
      goals: (ratio) => [{ label: 'ratio ≤ 1.2', value: ratio, limit: 1.2, unit: '×' }],
    }),
  );
});

test('12. Open a .partnerbook: openPartnerbook vs JSON.parse + raw put', async () => {
  test.setTimeout(TIMEOUT_MS);
  // A new database per run, so that every open writes into nothing.
  const open = (method: 'openPartnerbookWithApp' | 'openPartnerbookRaw') =>
    inFreshDatabase(bench, `bench-partnerbook-${method}`, (target) => bench.call(method, target));
  // At the issue's size one open takes about 12 minutes, and the setup's open through the app
  // (the same worker, decoder and database paths, for minutes) is its warm-up.
  const warmups = atIssueSize() ? 0 : SETTINGS.warmups;
  const runs = await runPairs(
    { warmups, pairs: SETTINGS.pairs },
    open('openPartnerbookRaw'),
    open('openPartnerbookWithApp'),
  );
  await recordFigures(
    phasedFigures({
      ...scope(),
      warmups,
      id: 'partnerbook-open',
      title: '12. Open a .partnerbook',
      runs,
      labels: {
        candidate: 'openPartnerbook, file to new workbook',
        baseline: prepared.streamedBaselines
          ? 'slices + JSON.parse + raw put, batch by batch'
          : 'text + JSON.parse + raw put, strict',
      },
      details: {
        fileMiB: prepared.bytes / 2 ** 20,
      },
      goals: (ratio) => [{ label: 'ratio ≤ 1.3', value: ratio, limit: 1.3, unit: '×' }],
    }),
  );
});
