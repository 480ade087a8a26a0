import { expect, test, type Page } from '@playwright/test';
import { injectionWorkbookFile, PAYLOADS } from './fixtures/injection-workbook';
import { PartnersPage } from './pages/partners-page';
import { PositioningPage } from './pages/positioning-page';

// Every rendered text field holds script or markup (see fixtures/injection-workbook.ts); each
// screen must show it as text: no element made from it, no javascript: link, nothing run.

const fileMenu = async (page: Page, item: string) => {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('group', { name: 'File' }).getByRole('button', { name: item }).click();
};

const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name });

/** Checks the screen as it is: the payloads shown as text only, none of them run. */
async function expectInert(page: Page, where: string): Promise<void> {
  // The payloads' own elements: an <img src=x>, an <svg onload>, any handler attribute.
  const made = page.locator('img[src="x"], img[onerror], svg[onload], [onerror], [onload]');
  await expect(made, `elements made from data on ${where}`).toHaveCount(0);
  await expect(
    page.locator('a[href^="javascript:" i]'),
    `javascript: links on ${where}`,
  ).toHaveCount(0);
  const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
  expect(pwned, `a payload ran on ${where}`).toBeUndefined();
}

test('script and markup in every text field of an opened workbook are shown as text and never run', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const { text, fields } = injectionWorkbookFile();
  expect(fields).toBeGreaterThan(30);

  const partners = new PartnersPage(page);
  await partners.goto();
  const chooser = page.waitForEvent('filechooser');
  await fileMenu(page, 'Open workbook file…');
  await (
    await chooser
  ).setFiles({
    name: 'Injection probe.partnerbook',
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
  await expect(
    page.getByText('Opened “Injection probe.partnerbook” as the workbook “Injection probe”.'),
  ).toBeVisible();
  await partners.expectCount(2, 2);

  // The partners table shows the payloads as text.
  const payloadCell = partners.table.getByRole('cell', { name: /<(img|svg) / }).first();
  await expect(payloadCell).toBeVisible();
  await expectInert(page, 'Partners');

  // Each partner's panel, every tab, then its brief, business case, plan and performance.
  const names = await partners.dataRows().getByRole('cell').first().allTextContents();
  expect(names.length).toBeGreaterThan(0);
  for (const row of await partners.dataRows().all()) {
    await row.click();
    await expect(partners.panel).toBeVisible();
    const tabs = partners.panel.getByRole('tablist', { name: 'Partner sections' }).getByRole('tab');
    for (const tab of await tabs.all()) {
      const label = (await tab.textContent()) ?? '';
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await expectInert(page, `the partner panel's ${label} tab`);
    }
    await partners.panel.getByRole('tab', { name: 'Details' }).click();
    await partners.panel.getByRole('button', { name: 'Partner brief' }).click();
    await expect(page.getByText(PAYLOADS[0], { exact: false }).first()).toBeVisible();
    await expectInert(page, 'the partner brief');
    await section(page, 'Partners').click();
    await row.click();
    await partners.panel.getByRole('button', { name: 'Business case' }).click();
    await expectInert(page, 'the business case');
    await section(page, 'Partners').click();
  }

  for (const name of [
    'Dashboard',
    'Activity',
    'Positioning',
    'Voice',
    'Market',
    'Alliances',
    'Goals',
    'Templates',
    'Settings',
  ]) {
    await section(page, name).click();
    await expect(section(page, name)).toHaveAttribute('aria-current', 'page');
    await expectInert(page, name);
  }

  // A positioning draft, its history and an iteration with its evidence link.
  const positioning = new PositioningPage(page);
  await positioning.gotoList();
  await positioning.drafts.getByRole('row').nth(1).getByRole('button').first().click();
  await expect(positioning.history).toBeVisible();
  await expectInert(page, 'the positioning studio');
  await positioning.iteration(1).getByRole('button', { name: 'View iteration 1' }).click();
  await expect(page.getByText('Evidence link')).toBeVisible();
  await expect(page.getByText(PAYLOADS[2], { exact: false }).first()).toBeVisible();
  await expectInert(page, 'an iteration with its evidence link');

  expect(dialogs).toEqual([]);
});
