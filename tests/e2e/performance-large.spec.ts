import { expect, test } from '@playwright/test';
import { seedMetricEntries } from './fixtures/seed-metric-entries';
import { seedPartners } from './fixtures/seed-workbook';
import { PartnersPage } from './pages/partners-page';

const PARTNERS = 10_000;
const PER_PARTNER = 100;
const BUDGET_MS = 200;

test('10,000 partners and 1,000,000 metric entries: a partner’s performance renders in under 200 ms', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const partners = new PartnersPage(page);
  await partners.goto();
  await seedPartners(page, PARTNERS);
  const today = new Date().toISOString().slice(0, 10);
  expect(await seedMetricEntries(page, PER_PARTNER, today)).toBe(PARTNERS * PER_PARTNER);
  await page.reload();
  await expect(partners.count).toHaveText('Showing 10,000 of 10,000 partners', {
    timeout: 60_000,
  });
  await partners.dataRows().first().click();
  await expect(partners.panel.getByRole('tab', { name: 'Performance' })).toBeVisible();

  // Timed in the page, from the click on a button to the table it brings on screen after a
  // paint, so that the test runner's round trips are not counted.
  const measure = (control: string, table: string) =>
    page.evaluate(
      async ({ control, table }) => {
        const button = [...document.querySelectorAll('button')].find(
          (element) => element.textContent === control,
        );
        if (!button) throw new Error(`No ${control} button.`);
        const shown = () => document.querySelector(`table[aria-label="${table}"]`) !== null;
        const started = performance.now();
        button.click();
        await new Promise<void>((resolve) => {
          const check = () => (shown() ? resolve() : requestAnimationFrame(check));
          check();
        });
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - started;
      },
      { control, table },
    );
  const details = partners.panel.getByRole('tab', { name: 'Details' });
  const samples: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    await details.click();
    await expect(partners.panel.getByRole('table', { name: 'Health components' })).toHaveCount(0);
    samples.push(await measure('Performance', 'Health components'));
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? Infinity;
  test.info().annotations.push({
    type: 'performance tab (ms)',
    description: samples.map((ms) => ms.toFixed(0)).join(', '),
  });
  console.log(`Performance tab rendered in ${samples.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  expect(median).toBeLessThan(BUDGET_MS);

  // The full view: from the button in the tab to the metric entries' table on screen.
  const open = page.getByRole('button', { name: 'Open performance view' });
  await open.click();
  await expect(page.getByRole('table', { name: 'Metric entries' })).toBeVisible();
  const viewSamples: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    await page.getByRole('button', { name: 'Back to partners' }).click();
    await expect(open).toBeVisible();
    viewSamples.push(await measure('Open performance view', 'Metric entries'));
  }
  viewSamples.sort((a, b) => a - b);
  console.log(
    `Performance view rendered in ${viewSamples.map((ms) => ms.toFixed(0)).join(', ')} ms`,
  );
  expect(viewSamples[Math.floor(viewSamples.length / 2)] ?? Infinity).toBeLessThan(BUDGET_MS);
});
