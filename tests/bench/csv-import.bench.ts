/**
 * Benchmark 13 (issue 5): a CRM accounts export of 100,000 rows imported into an empty workbook
 * through the app's import client and worker (read, plan, apply), against Papa Parse of the same
 * text plus a raw IndexedDB write of the partners and contacts that import wrote. The main
 * thread's long tasks are counted while the app imports.
 */
import { expect, test } from '@playwright/test';
import type { ImportReport } from '../../renderer/src/bench/files-bench-api';
import { BenchPage, inFreshDatabase, type BenchDb } from './bench-client';
import { useBenchBrowser } from './bench-browser';
import { recordFigures } from './figures';
import { runPairs } from './pairs';
import { phasedFigures, type PhasedRun } from './phases';
import { FULL_FILES, filesJudged, SEED, SETTINGS } from './settings';

const ROWS = SETTINGS.files.csvRows;
/** Generous: a full-size pair takes two to three minutes here, much longer on a busy machine. */
const TIMEOUT_MS = SETTINGS.quick ? 120_000 : 120 * 60_000;

const browser = useBenchBrowser();

test('13. Import a CRM export (CSV): import worker vs Papa Parse + raw put', async () => {
  test.setTimeout(TIMEOUT_MS);
  const bench = await BenchPage.open(browser().page);
  const csv = await bench.call('prepareCrmCsv', ROWS, SEED);
  // A new workbook per run, so that every import starts from empty.
  // Each side starts with the page's garbage collected, so that a collection of the baseline's
  // parsed rows does not land among the app's main-thread tasks.
  const inFreshWorkbook = <T>(name: string, run: (target: BenchDb) => Promise<T>) =>
    inFreshDatabase(bench, `bench-import-${name}`, async (target) => {
      await bench.collectGarbage();
      return run(target);
    });
  const importWithApp = async (target: BenchDb) => {
    await bench.call('createWorkbook', target);
    return bench.call('importCsvWithApp', target);
  };
  // The baseline writes what the app's import wrote: one import first, kept by the page.
  const first = await inFreshWorkbook('setup', async (target) => {
    const report = await importWithApp(target);
    return { report, kept: await bench.call('captureImported', target) };
  })(0);
  expect(first.report.rows).toBe(ROWS);
  expect(first.kept.partners).toBe(first.report.created);
  const reports: ImportReport[] = [];
  const runs = await runPairs<PhasedRun>(
    SETTINGS,
    inFreshWorkbook('raw', (target) => bench.call('importCsvRaw', target)),
    inFreshWorkbook('app', async (target) => {
      const report = await importWithApp(target);
      reports.push(report);
      return report;
    }),
  );
  const measured = reports.slice(SETTINGS.warmups);
  const longTasks = Math.max(...measured.map((report) => report.longTasks));
  await recordFigures(
    phasedFigures({
      size: ROWS,
      sizeUnit: 'CSV rows',
      judged: filesJudged(ROWS, FULL_FILES.csvRows),
      id: 'csv-import',
      title: '13. Import a CRM export (CSV)',
      runs,
      labels: {
        candidate: 'import worker: read, plan, apply',
        baseline: 'Papa.parse + raw put, strict',
      },
      details: {
        columns: csv.columns,
        fileMiB: csv.bytes / 2 ** 20,
        created: first.report.created,
        contacts: first.kept.contacts,
        problemRows: first.report.problemRows,
        maxLongTasksPerImport: longTasks,
        maxTaskMs: Math.max(...measured.map((report) => report.maxTaskMs)),
      },
      goals: (ratio) => [
        { label: 'ratio ≤ 1.3', value: ratio, limit: 1.3, unit: '×' },
        { label: 'main-thread tasks > 50 ms', value: longTasks, limit: 0, unit: '' },
      ],
    }),
  );
});
