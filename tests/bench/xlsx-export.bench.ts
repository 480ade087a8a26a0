/**
 * Benchmark 14 (issue 5): an XLSX sheet of 100,000 rows × 20 columns of the app's export cells,
 * written by the app's writer (sheetsToXlsx) against write-excel-file alone over the same header
 * and values.
 */
import { test } from '@playwright/test';
import { BenchPage } from './bench-client';
import { useBenchBrowser } from './bench-browser';
import { pairedFigures, recordFigures } from './figures';
import { runPairs } from './pairs';
import { FULL_FILES, filesJudged, SEED, SETTINGS } from './settings';
import { median } from './stats';

const ROWS = SETTINGS.files.xlsxRows;
const TIMEOUT_MS = SETTINGS.quick ? 120_000 : 30 * 60_000;

const browser = useBenchBrowser();

test('14. XLSX export: sheetsToXlsx vs write-excel-file alone', async () => {
  test.setTimeout(TIMEOUT_MS);
  const bench = await BenchPage.open(browser().page);
  const sheet = await bench.call('prepareXlsxSheet', ROWS, SEED);
  const bytes: { app: number[]; plain: number[] } = { app: [], plain: [] };
  const samples = await runPairs(
    SETTINGS,
    async () => {
      const written = await bench.call('writeXlsxPlain');
      bytes.plain.push(written.bytes);
      return written.ms;
    },
    async () => {
      const written = await bench.call('writeXlsxWithApp');
      bytes.app.push(written.bytes);
      return written.ms;
    },
  );
  await recordFigures(
    pairedFigures({
      size: sheet.rows,
      sizeUnit: `rows × ${sheet.columns} columns`,
      judged: filesJudged(sheet.rows, FULL_FILES.xlsxRows) && sheet.columns >= 20,
      id: 'xlsx-export',
      title: '14. XLSX export',
      unit: 'ms',
      candidate: { label: 'sheetsToXlsx', samples: samples.candidate },
      baseline: { label: 'write-excel-file alone', samples: samples.baseline },
      details: {
        fileMiB: median(bytes.app) / 2 ** 20,
        baselineFileMiB: median(bytes.plain) / 2 ** 20,
        buildSheetsMs: sheet.buildSheetsMs,
      },
      goals: (ratio) => [{ label: 'ratio ≤ 1.2', value: ratio, limit: 1.2, unit: '×' }],
    }),
  );
});
