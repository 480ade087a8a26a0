import { expect, test } from '@playwright/test';
import { seedPartners } from './fixtures/seed-workbook';
import { PartnersPage } from './pages/partners-page';

const COUNT = 100_000;

test('100,000 partners: fewer than 200 rows in the DOM, and scrolling reaches the last row', async ({
  page,
}) => {
  // Seeding 100,000 partners takes about a minute on a quiet machine and several under load.
  test.setTimeout(480_000);
  const partners = new PartnersPage(page);
  await partners.goto();
  await seedPartners(page, COUNT);
  await expect(partners.count).toHaveText(`Showing 100,000 of 100,000 partners`, {
    timeout: 60_000,
  });

  const rowElements = () => page.locator('tr').count();
  expect(await rowElements()).toBeLessThan(200);

  // Scroll the grid's own scroller to the very end, as dragging its scrollbar down would.
  const scrollHeight = await partners.table.locator('..').evaluate((scroller) => {
    scroller.scrollTop = scroller.scrollHeight;
    return scroller.scrollHeight;
  });
  expect(scrollHeight).toBeGreaterThan(COUNT * 30);
  const lastRow = partners.table.locator(`tr[aria-rowindex="${COUNT + 1}"]`);
  await expect(lastRow).toBeVisible();
  await expect(lastRow).toBeInViewport();
  expect(await rowElements()).toBeLessThan(200);

  // Filtering 100,000 rows narrows the table and keeps the DOM bound.
  await partners.filter('Stage', 'At risk');
  await expect(partners.count).toHaveText(/^Showing [\d,]+ of 100,000 partners$/);
  const stages = await partners.columnValues(2);
  expect(new Set(stages)).toEqual(new Set(['At risk']));
  expect(await rowElements()).toBeLessThan(200);
});
