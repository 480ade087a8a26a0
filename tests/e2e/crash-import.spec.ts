import { rm } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { PartnersPage } from './pages/partners-page';
import {
  crashSettings,
  openApp,
  SAMPLE_PARTNERS,
  sampleProfile,
  shownTotal,
  sleep,
} from '../reliability/crash/crash-app';
import { crashSeed, killsPerScenario, reliabilityFull } from '../reliability/crash/crash-counts';
import {
  killLeftBrowsers,
  launchKillable,
  type KillableBrowser,
  type LaunchSettings,
} from '../reliability/crash/killable-browser';
import { partnerListCsv } from '../reliability/crash/partner-list-csv';
import { seededRandom } from '../reliability/crash/seeded-random';

// Issue 8, crash safety: the browser is killed (SIGKILL) at a random moment while the import
// wizard writes a 10,000-row CSV, then started again on the same profile. The import is one
// IndexedDB transaction, so the workbook must hold all 10,000 new partners or none of them.

// The issue's 10,000 rows in the full run; the quick run in every CI only proves the mechanics, so
// a smaller file keeps it short.
const ROWS = reliabilityFull ? 10_000 : 3_000;
const ROWS_TEXT = ROWS.toLocaleString('en-US');
const KILLS = killsPerScenario(2);
// Kills land anywhere from the click on Import to this much past the control run's duration.
const WINDOW_FACTOR = 1.3;

type Settings = LaunchSettings & { baseURL: string };

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

async function startImport(page: Page, csv: Buffer): Promise<() => Promise<void>> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page
    .getByRole('group', { name: 'File' })
    .getByRole('button', { name: 'Import partners from CSV or Excel…' })
    .click();
  await page.getByLabel('Choose a CSV or Excel file').setInputFiles({
    name: 'crashproof-partners.csv',
    mimeType: 'text/csv',
    buffer: csv,
  });
  await page.getByRole('button', { name: 'Check the import' }).click();
  await expect(
    page.getByText(`${ROWS_TEXT} to create, 0 to update, 0 skipped, 0 rejected.`),
  ).toBeVisible({ timeout: 30_000 });
  const importButton = page.getByRole('button', { name: `Import ${ROWS_TEXT} partners` });
  await expect(importButton).toBeEnabled();
  return () => importButton.click();
}

const importedText = (page: Page) => page.getByText(`Imported: ${ROWS_TEXT} created, 0 updated.`);

/** A browser open on the app, with the partners it shows (undefined: the workbook did not open). */
async function openOn(settings: Settings, profile: string) {
  const browser = await launchKillable(settings, profile);
  try {
    const total = await shownTotal(await openApp(browser.page, settings.baseURL));
    return { browser, total };
  } catch {
    return { browser, total: undefined };
  }
}

/** Imports without a kill; resolves to the milliseconds from the click to "Imported". */
async function timeImport(page: Page, csv: Buffer): Promise<number> {
  const clickImport = await startImport(page, csv);
  const start = Date.now();
  await clickImport();
  await importedText(page).waitFor({ timeout: 300_000 });
  return Date.now() - start;
}

/**
 * Starts the import and kills the browser `killAfter` ms after the click; resolves to how long
 * the import took when it was reported done before the kill.
 */
async function importAndKill(browser: KillableBrowser, csv: Buffer, killAfter: number) {
  let finished: number | undefined;
  try {
    const clickImport = await startImport(browser.page, csv);
    const start = Date.now();
    const done = importedText(browser.page)
      .waitFor({ timeout: killAfter + 60_000 })
      .then(() => {
        finished = Date.now() - start;
      });
    // The kill breaks the connection; the click or the wait may fail with it, which is expected.
    done.catch(() => undefined);
    await clickImport().catch(() => undefined);
    await sleep(start + killAfter - Date.now());
  } finally {
    await browser.kill();
  }
  return { finished };
}

// A test that times out must not leave a browser running on its profile.
test.afterEach(killLeftBrowsers);

test('a CSV import (10,000 rows in the full run) killed at random moments is there whole or not at all, and the workbook reopens', async ({
  baseURL,
}, testInfo) => {
  // Generous: the import alone takes up to a minute on a busy shared machine.
  test.setTimeout(180_000 + KILLS * 150_000);
  const seed = crashSeed();
  const random = seededRandom(seed);
  console.log(`crash-import: seed ${seed} (replay with CRASH_SEED=${seed}), ${KILLS} kills`);
  const settings = crashSettings(testInfo, baseURL);
  const csv = partnerListCsv(ROWS);
  const sample = await sampleProfile(settings);
  const began = Date.now();
  const tally = {
    whole: 0,
    none: 0,
    finishedBeforeKill: 0,
    partial: [] as number[],
    openFailures: 0,
    lostAfterDone: 0,
  };
  const kills: string[] = [];
  let killWindow: number;
  // The workbook a kill left untouched takes the next import as it is (its reopen was checked);
  // one holding the import starts again from a copy of the sample.
  let current: { browser: KillableBrowser; profile: string } | undefined;
  const discard = async () => {
    if (!current) return;
    await current.browser.close();
    await rm(current.profile, { recursive: true, force: true });
    current = undefined;
  };
  const fresh = async (label: string) => {
    const profile = await sample.copy(label);
    const opened = await openOn(settings, profile);
    current = { browser: opened.browser, profile };
    expect(opened.total, 'partners before the import').toBe(SAMPLE_PARTNERS);
    return current;
  };
  try {
    // A control run without a kill: the import works, and its duration sets the kill window.
    const control = await fresh('control');
    // On a shared machine the duration drifts with the load: each import seen to finish before
    // its kill moves the window, so that kills keep landing during the write.
    const durations = [await timeImport(control.browser.page, csv)];
    const windowNow = () => median(durations) * WINDOW_FACTOR;
    killWindow = windowNow();
    await control.browser.page.getByRole('button', { name: 'Show partners' }).click();
    // The list may first show the count it had, then the import's partners once it has read them.
    await expect
      .poll(() => shownTotal(new PartnersPage(control.browser.page)))
      .toBe(SAMPLE_PARTNERS + ROWS);
    await discard();
    for (let i = 0; i < KILLS; i += 1) {
      killWindow = windowNow();
      const killAfter = Math.round(random() * killWindow);
      const { browser, profile } = current ?? (await fresh(`import-${i}`));
      const { finished } = await importAndKill(browser, csv, killAfter);
      const reopened = await openOn(settings, profile);
      current = { browser: reopened.browser, profile };
      const { total } = reopened;
      if (finished !== undefined) {
        tally.finishedBeforeKill += 1;
        durations.push(finished);
      }
      // An import the wizard had reported done must be there after the kill.
      if (finished !== undefined && total !== SAMPLE_PARTNERS + ROWS) tally.lostAfterDone += 1;
      if (total === undefined) {
        tally.openFailures += 1;
        await reopened.browser.page
          .screenshot({ path: testInfo.outputPath(`did-not-open-${i}.png`) })
          .catch(() => undefined);
      } else if (total === SAMPLE_PARTNERS) tally.none += 1;
      else if (total === SAMPLE_PARTNERS + ROWS) tally.whole += 1;
      else tally.partial.push(total - SAMPLE_PARTNERS);
      const line = `kill ${i + 1}/${KILLS} at ${killAfter} ms: ${total === undefined ? 'did not open' : `${total - SAMPLE_PARTNERS} new partners`}${finished === undefined ? '' : ` (reported done after ${finished} ms)`}`;
      kills.push(line);
      // Printed as it goes, so that the figures so far survive a run cut short.
      console.log(`crash-import: ${line} (${((Date.now() - began) / 1000).toFixed(0)} s)`);
      if (total !== SAMPLE_PARTNERS) await discard();
    }
  } finally {
    await discard();
    await sample.remove();
  }
  const summary = [
    `crash-import: seed ${seed}, ${KILLS} kills, last window ${Math.round(killWindow)} ms`,
    `whole ${tally.whole}, none ${tally.none} (finished before the kill: ${tally.finishedBeforeKill})`,
    `partial imports ${tally.partial.length}, open failures ${tally.openFailures}, lost after done ${tally.lostAfterDone}`,
    `${((Date.now() - began) / 1000).toFixed(1)} s`,
  ].join('; ');
  console.log(summary);
  await testInfo.attach('crash-import', { body: [summary, ...kills].join('\n') });
  expect(tally.partial, 'partners an interrupted import left behind').toEqual([]);
  expect(tally.openFailures, 'reopens where the workbook did not open').toBe(0);
  expect(tally.lostAfterDone, 'imports reported done but missing after the kill').toBe(0);
  expect(tally.whole + tally.none).toBe(KILLS);
});
