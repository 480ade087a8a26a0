/**
 * The app as the crash tests see it: where the browser comes from, opening the app on a profile
 * and reading what the partners screen says, and a starting profile holding the sample workbook
 * that each kill run copies instead of building it again.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, type Page, type TestInfo } from '@playwright/test';
import { PartnersPage } from '../../e2e/pages/partners-page';
import { launchKillable, type LaunchSettings } from './killable-browser';

/** The partners the sample workbook holds. */
export const SAMPLE_PARTNERS = 25;

/** The browser, flags and viewport from the Playwright project, and the app's address. */
export function crashSettings(
  testInfo: TestInfo,
  baseURL: string | undefined,
): LaunchSettings & { baseURL: string } {
  const { launchOptions, viewport } = testInfo.project.use;
  const system = '/usr/bin/chromium';
  return {
    executablePath:
      launchOptions?.executablePath ?? (existsSync(system) ? system : chromium.executablePath()),
    args: [...(launchOptions?.args ?? []), '--lang=en-US'],
    viewport: viewport ?? { width: 1400, height: 900 },
    baseURL: baseURL ?? 'http://127.0.0.1:4173',
  };
}

/** Opens the app; resolves once the workbook screen has replaced "Opening your workbook…". */
export async function openApp(page: Page, baseURL: string): Promise<PartnersPage> {
  await page.goto(baseURL);
  await expect(page.getByRole('heading', { name: 'Partner Workbook', level: 1 })).toBeVisible();
  await expect(page.getByText('Opening your workbook…')).toHaveCount(0, { timeout: 30_000 });
  return new PartnersPage(page);
}

/**
 * The number of partners the screen shows once every row has loaded, or undefined when the
 * partners screen never says (the workbook did not open).
 */
export async function shownTotal(partners: PartnersPage): Promise<number | undefined> {
  const loaded = partners.count.filter({ hasText: /^Showing [\d,]+ of [\d,]+ partners$/ });
  try {
    await loaded.waitFor({ timeout: 30_000 });
  } catch {
    return undefined;
  }
  const text = (await loaded.textContent()) ?? '';
  const total = /of ([\d,]+) partners/.exec(text)?.[1];
  return total === undefined ? undefined : Number(total.replaceAll(',', ''));
}

/** A new temporary folder for a browser profile. */
export function newProfileDir(label: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `workbook-crash-${label}-`));
}

/** A profile whose workbook holds the sample partners, closed cleanly. */
export async function sampleProfile(settings: LaunchSettings & { baseURL: string }) {
  const dir = await newProfileDir('sample');
  const browser = await launchKillable(settings, dir);
  try {
    const partners = await openApp(browser.page, settings.baseURL);
    await partners.openSample();
    await partners.expectCount(SAMPLE_PARTNERS, SAMPLE_PARTNERS);
  } finally {
    await browser.close();
  }
  return {
    dir,
    /** A fresh copy of the profile in a folder of its own. */
    copy: async (label: string): Promise<string> => {
      const target = await newProfileDir(label);
      await cp(dir, target, { recursive: true });
      return target;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Waits `ms` milliseconds. */
export const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, Math.max(0, ms));
  });
