/**
 * The browser every benchmark runs in: the e2e tests' Chromium with their flags and viewport,
 * as a persistent context, so that IndexedDB is on disk as in the app (an ordinary Playwright
 * context keeps it in memory, which would flatter every write and load).
 */
import { chromium, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import e2eConfig from '../../playwright.config';
import { recordBrowser } from './figures';

/** A launched benchmark browser. */
export interface BenchBrowser {
  context: BrowserContext;
  page: Page;
  /** "Chrome/156.0.…" as the browser reports it. */
  version: string;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh, temporary profile. */
export async function launchBenchBrowser(): Promise<BenchBrowser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'workbook-bench-'));
  const use = e2eConfig.use ?? {};
  const context = await chromium.launchPersistentContext(profile, {
    ...use.launchOptions,
    headless: true,
    viewport: use.viewport ?? { width: 1400, height: 900 },
    deviceScaleFactor: use.deviceScaleFactor ?? 1,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  const { product } = await session.send('Browser.getVersion');
  await session.detach();
  return {
    context,
    page,
    version: product,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Launches the browser before a benchmark file's tests (recording its version for the report)
 * and closes it, with its profile, after them. Call once at the top of the file; the returned
 * function gives the browser to hooks and tests that run after the launch.
 */
export function useBenchBrowser(): () => BenchBrowser {
  let browser: BenchBrowser | undefined;
  test.beforeAll(async () => {
    browser = await launchBenchBrowser();
    await recordBrowser(browser.version);
  });
  test.afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The bench browser is not launched yet.');
    return browser;
  };
}
