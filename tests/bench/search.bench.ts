/**
 * Benchmark 5: full-text search across partners, contacts and notes, with the index built in the
 * app's search worker (renderer/src/features/search/search-client.ts) from the database.
 */
import { test } from '@playwright/test';
import { BenchPage } from './bench-client';
import { useBenchBrowser } from './bench-browser';
import { recordFigures, soloFigures } from './figures';
import { runRepeated } from './pairs';
import { SEED, SETTINGS } from './settings';
import { median, percentile } from './stats';
import { TYPED_SEARCH, typedPrefixes } from './typed-search';

/** What people search for: a name as it is typed, an owner, a contact, words of notes, a typo. */
const QUERIES = [
  ...typedPrefixes(TYPED_SEARCH),
  'maya okafor',
  'renewal',
  'joint business plan',
  'deal registrations',
  'falcn prism',
];

const browser = useBenchBrowser();

test('5. Full-text search: index build in a worker, then queries', async () => {
  const seeder = await BenchPage.open(browser().page);
  const target = { dbName: 'bench-search' };
  await seeder.call('generate', SETTINGS.partners, SEED);
  await seeder.call('writeWithRepo', target);
  // A fresh page for the measurements: the generated records would otherwise stay in the page's
  // heap, and collecting it shows up as main-thread long tasks and slower builds.
  const bench = await BenchPage.open(browser().page);
  try {
    const builds = await runRepeated(SETTINGS, () => bench.call('buildSearchIndex', target));
    const queries = await runRepeated(SETTINGS, async () => {
      const times: number[] = [];
      for (const text of QUERIES) times.push(await bench.call('querySearchIndex', text));
      return times;
    });
    const queryTimes = queries.flat();
    const buildMs = builds.map((build) => build.ms);
    const longTasks = Math.max(...builds.map((build) => build.longTasks));
    await recordFigures(
      soloFigures({
        id: 'search-build',
        title: '5. Search index build (worker)',
        unit: 'ms',
        candidate: { label: 'build until ready', samples: buildMs },
        details: {
          maxLongTasksPerBuild: longTasks,
          maxTaskMs: Math.max(...builds.map((build) => build.maxTaskMs)),
        },
        goals: [
          { label: 'build ≤ 2,000 ms', value: median(buildMs), limit: 2000, unit: 'ms' },
          { label: 'main-thread tasks > 50 ms', value: longTasks, limit: 0, unit: '' },
        ],
      }),
    );
    await recordFigures(
      soloFigures({
        id: 'search-query',
        title: '5. Search query',
        unit: 'ms',
        candidate: { label: `${QUERIES.length} queries per round`, samples: queryTimes },
        pairs: queries.length,
        details: {
          queries: queryTimes.length,
          p95QueryMs: percentile(queryTimes, 95),
          maxQueryMs: Math.max(...queryTimes),
        },
        goals: [
          { label: 'p95 query ≤ 16 ms', value: percentile(queryTimes, 95), limit: 16, unit: 'ms' },
        ],
      }),
    );
  } finally {
    await bench.call('deleteDatabase', target);
  }
});
