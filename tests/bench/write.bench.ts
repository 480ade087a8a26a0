/** Benchmark 1: bulk write through PartnerRepo.putMany against a raw IndexedDB put. */
import { test } from '@playwright/test';
import { BenchPage } from './bench-client';
import { launchBenchBrowser, type BenchBrowser } from './bench-browser';
import { pairedFigures, recordBrowser, recordFigures } from './figures';
import { runPairs } from './pairs';
import { SEED, SETTINGS } from './settings';

let browser: BenchBrowser;

test.beforeAll(async () => {
  browser = await launchBenchBrowser();
  await recordBrowser(browser.version);
});

test.afterAll(async () => {
  await browser.close();
});

test('1. Bulk write: PartnerRepo.putMany vs raw IndexedDB put', async () => {
  const bench = await BenchPage.open(browser.page);
  // A fresh database per run, deleted straight after, so that every write starts from empty.
  const write = (method: 'writeWithRepo' | 'writeRaw', stage: string) => async (pair: number) => {
    const target = { dbName: `bench-write-${stage}-${method}-${pair}` };
    try {
      return await bench.call(method, target);
    } finally {
      await bench.call('deleteDatabase', target);
    }
  };
  await bench.call('generate', Math.min(SETTINGS.writeWarmupPartners, SETTINGS.partners), SEED);
  await runPairs(
    { warmups: SETTINGS.warmups, pairs: 0 },
    write('writeRaw', 'warm'),
    write('writeWithRepo', 'warm'),
  );
  const generated = await bench.call('generate', SETTINGS.partners, SEED);
  const samples = await runPairs(
    { warmups: 0, pairs: SETTINGS.pairs },
    write('writeRaw', 'measured'),
    write('writeWithRepo', 'measured'),
  );
  await recordFigures(
    pairedFigures({
      id: 'write',
      title: '1. Bulk write',
      unit: 'ms',
      candidate: { label: 'PartnerRepo.putMany', samples: samples.candidate },
      baseline: { label: 'raw put, one transaction', samples: samples.baseline },
      details: {
        contacts: generated.contacts,
        warmupPartners: Math.min(SETTINGS.writeWarmupPartners, SETTINGS.partners),
      },
      goals: (ratio) => [{ label: 'ratio ≤ 1.15', value: ratio, limit: 1.15, unit: '×' }],
    }),
  );
});
