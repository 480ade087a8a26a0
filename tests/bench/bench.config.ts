/**
 * Playwright configuration of the benchmark harness (`npm run bench`, which builds dist/bench
 * first). One worker, so that benchmarks never run at the same time; the browser is launched by
 * each benchmark group (bench-browser.ts) with the e2e tests' Chromium flags.
 */
import { defineConfig } from '@playwright/test';
import { BENCH_PORT, EMPTY_PORT, QUICK, REPO_ROOT, SEEDED_ORIGIN } from './settings';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.bench\.ts$/,
  outputDir: '../../test-results/bench',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: QUICK ? 120_000 : 20 * 60_000,
  // A full run takes about three hours here (the files and positioning groups most of it).
  globalTimeout: QUICK ? 5 * 60_000 : 5 * 60 * 60_000,
  expect: { timeout: QUICK ? 15_000 : 120_000 },
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  use: { baseURL: SEEDED_ORIGIN },
  // The same build on two ports: two origins, so that the empty-workbook baselines get their own
  // IndexedDB. `--mode bench` points preview at dist/bench (vite.config.ts).
  webServer: [BENCH_PORT, EMPTY_PORT].map((port) => ({
    command: `npx vite preview --mode bench --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: REPO_ROOT,
    url: `http://127.0.0.1:${port}/bench.html`,
    reuseExistingServer: false,
    timeout: 60_000,
  })),
});
