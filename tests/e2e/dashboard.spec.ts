import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { addDays } from '../../shared/domain/strategy/iso-date';
import { bucketKey } from '../../shared/domain/strategy/revenue-by-period';
import { localToday } from '../../renderer/src/features/dashboard/use-portfolio';
import { DASHBOARD_PARTNERS, dashboardWorkbookFile } from './fixtures/dashboard-workbook';
import { DashboardPage } from './pages/dashboard-page';
import { PartnersPage } from './pages/partners-page';

test.use({ locale: 'en-US' });

const fileMenu = async (page: Page, item: string) => {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('group', { name: 'File' }).getByRole('button', { name: item }).click();
};

test('the dashboard counts, charts and lists the portfolio, and exports a chart', async ({
  page,
}, testInfo) => {
  const today = localToday();
  const partners = new PartnersPage(page);
  await partners.goto();

  // Metric entries have no screen yet: they come in a workbook file, opened as a user would.
  const chooser = page.waitForEvent('filechooser');
  await fileMenu(page, 'Open workbook file…');
  await (
    await chooser
  ).setFiles({
    name: 'Dashboard demo.partnerbook',
    mimeType: 'application/json',
    buffer: Buffer.from(dashboardWorkbookFile(today), 'utf8'),
  });
  await partners.expectCount(3, 3);

  // A fourth partner through the partner form: onboarding, active today.
  await partners.startNewPartner();
  await partners.field('Name').fill('Delta Partners');
  await partners.field('Lifecycle stage').selectOption({ label: 'Onboarding' });
  await partners.field('Last activity').fill(today);
  await partners.createPartner();
  await partners.expectCount(4, 4);
  await partners.closePanel();

  const dashboard = new DashboardPage(page);
  await dashboard.open();

  await expect(dashboard.chartImage('Partners by stage')).toHaveAccessibleName(
    'Bar chart of partners by stage: Prospect 1, Onboarding 1, Active 1, Growing 1.',
  );
  const stages = await dashboard.rows(await dashboard.showData('Partners by stage'));
  expect(stages).toEqual([
    ['Prospect', '1'],
    ['Applicant', '0'],
    ['Onboarding', '1'],
    ['Active', '1'],
    ['Growing', '1'],
    ['At risk', '0'],
    ['Exited', '0'],
  ]);

  // Sourced and influenced side by side, by quarter; the current quarter last.
  const thisQuarter = bucketKey(today, 'quarter');
  const earlier = bucketKey(addDays(today, -100), 'quarter');
  const revenue = await dashboard.rows(await dashboard.showData('Revenue by quarter'));
  expect(revenue).toHaveLength(8);
  expect(revenue.at(-1)).toEqual([thisQuarter, '12,000', '4,500']);
  expect(revenue.find((row) => row[0] === earlier)).toEqual([earlier, '3,000', '0']);

  expect(await dashboard.listNames('No activity in 30 days')).toEqual([
    DASHBOARD_PARTNERS.borealis,
    DASHBOARD_PARTNERS.cirrus,
  ]);
  await expect(dashboard.list('No activity in 30 days')).toContainText('No activity recorded');

  // A list item opens its partner.
  await dashboard
    .list('No activity in 30 days')
    .getByRole('button', { name: DASHBOARD_PARTNERS.cirrus })
    .click();
  await expect(
    partners.panel.getByRole('heading', { name: DASHBOARD_PARTNERS.cirrus }),
  ).toBeVisible();
  await partners.closePanel();

  const download = await dashboard.saveCsv('Revenue by quarter');
  expect(download.suggestedFilename()).toBe('revenue-by-quarter.csv');
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe('Quarter,Sourced revenue (EUR),Influenced revenue (EUR)');
  expect(lines.at(-1)).toBe(`${thisQuarter},12000,4500`);

  // For the eye: the screen in both themes, from its top.
  await dashboard.heading.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('dashboard-light.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(dashboard.heading).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('dashboard-dark.png'), fullPage: true });
});
