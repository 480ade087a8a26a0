/** Benchmark 1: bulk write through PartnerRepo.putMany against a raw IndexedDB put. */
import { test } from '@playwright/test';
import { BenchPage, inFreshDatabase } from './bench-client';
import { useBenchBrowser } from './bench-browser';
import { pairedFigures, recordFigures } from './figures';
import { runPairs } from './pairs';
import { SEED, SETTINGS } from './settings';

const browser = useBenchBrowser();

test('1. Bulk write: PartnerRepo.putMany vs raw IndexedDB put', async () => {
  const bench = await BenchPage.open(browser().page);
  // A fresh database per run, so that every write starts from empty.
  const write = (method: 'writeWithRepo' | 'writeRaw', stage: string) =>
    inFreshDatabase(bench, `bench-write-${stage}-${method}`, (target) =>
      bench.call(method, target),
    );
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
