/**
 * Benchmark 4, in memory: sorting and filtering the rows with the app's query
 * (shared/domain/partner-query) against a plain Array sort / filter of the same rows.
 */
import { test } from '@playwright/test';
import type { PartnerSortColumn } from '../../shared/domain/partner-query';
import { BenchPage } from './bench-client';
import { useBenchBrowser } from './bench-browser';
import { pairedFigures, recordFigures } from './figures';
import { runPairs } from './pairs';
import { SEED, SETTINGS } from './settings';
import { TYPED_SEARCH, typedPrefixes } from './typed-search';

const browser = useBenchBrowser();
let bench: BenchPage;

test.beforeAll(async () => {
  bench = await BenchPage.open(browser().page);
  await bench.call('generate', SETTINGS.partners, SEED);
});

const SORTS: readonly { id: string; title: string; column: PartnerSortColumn }[] = [
  { id: 'sort-name', title: '4. Sort by name (query)', column: 'name' },
  { id: 'sort-health', title: '4. Sort by health (query)', column: 'healthScore' },
];

for (const sort of SORTS) {
  test(`${sort.title}: app query vs Array.prototype.sort`, async () => {
    // Each pair sorts ascending then descending, so both directions count.
    const both = (method: 'sortWithApp' | 'sortBaseline') => async () =>
      (await bench.call(method, sort.column, false)) +
      (await bench.call(method, sort.column, true));
    const samples = await runPairs(SETTINGS, both('sortBaseline'), both('sortWithApp'));
    await recordFigures(
      pairedFigures({
        id: sort.id,
        title: sort.title,
        unit: 'ms',
        candidate: { label: 'queryPartners, asc + desc', samples: samples.candidate },
        baseline: { label: 'slice().sort(<, >), asc + desc', samples: samples.baseline },
        goals: (ratio) => [{ label: 'ratio ≤ 2', value: ratio, limit: 2, unit: '×' }],
      }),
    );
  });
}

test('4. Filter (query): app query vs Array.prototype.filter, per typed prefix', async () => {
  const prefixes = typedPrefixes(TYPED_SEARCH);
  const typed = (method: 'filterWithApp' | 'filterBaseline') => async () => {
    let total = 0;
    for (const prefix of prefixes) total += await bench.call(method, prefix);
    return total / prefixes.length;
  };
  const samples = await runPairs(SETTINGS, typed('filterBaseline'), typed('filterWithApp'));
  await recordFigures(
    pairedFigures({
      id: 'filter',
      title: '4. Filter (query)',
      unit: 'ms',
      candidate: {
        label: `queryPartners, mean of "${TYPED_SEARCH}" prefixes`,
        samples: samples.candidate,
      },
      baseline: { label: 'filter(includes), same prefixes', samples: samples.baseline },
      goals: (ratio) => [{ label: 'ratio ≤ 2', value: ratio, limit: 2, unit: '×' }],
    }),
  );
});
