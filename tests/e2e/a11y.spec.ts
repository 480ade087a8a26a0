import { expect, test, type Page } from '@playwright/test';
import { fileMenu, openSection, seriousViolations } from './a11y-helpers';
import { PartnersPage } from './pages/partners-page';
import { PositioningPage } from './pages/positioning-page';

test.use({ locale: 'en-US' });

const PANEL_TABS = ['Details', 'Positioning', 'Plan', 'Performance', 'Activity', 'Intelligence'];

/** Walks every screen of the sample workbook and gathers axe's serious and critical findings. */
async function auditEveryScreen(page: Page): Promise<string[]> {
  const found: string[] = [];
  const check = async (screen: string) => found.push(...(await seriousViolations(page, screen)));
  const partners = new PartnersPage(page);
  await partners.goto();
  await check('Empty workbook');
  await partners.openSample();
  await check('Partners');

  await partners.dataRows().first().click();
  for (const tab of PANEL_TABS) {
    await partners.panel.getByRole('tab', { name: tab }).click();
    await expect(partners.panel.getByRole('tab', { name: tab })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.waitForTimeout(300);
    await check(`Partner panel, ${tab}`);
  }
  await partners.closePanel();

  for (const section of ['Dashboard', 'Activity', 'Voice', 'Market', 'Alliances', 'Goals']) {
    await openSection(page, section);
    await check(section);
  }
  await openSection(page, 'Templates');
  await check('Templates');
  await openSection(page, 'Settings');
  await check('Settings');

  await openSection(page, 'Positioning');
  await check('Positioning');
  const positioning = new PositioningPage(page);
  await page.getByRole('button', { name: 'New company draft' }).click();
  await check('New draft dialog');
  await positioning.createDraft({ title: 'Company story', template: 'Positioning statement' });
  await positioning.field('Target customer').fill('mid-market finance teams');
  await positioning.field('Key benefit').fill('automates reconciliations');
  await positioning.expectWorkingCopySaved();
  await positioning.saveIteration('First cut.');
  await positioning.field('Key benefit').fill('cuts reconciliation work by 80 percent');
  await positioning.saveIteration('Sales asked for a number.');
  await check('Positioning draft');
  await page
    .getByRole('toolbar', { name: 'Draft actions' })
    .getByRole('button', { name: 'Compare' })
    .click();
  await page.getByLabel('From', { exact: true }).selectOption({ label: 'Iteration 1: First cut.' });
  await page
    .getByLabel('To', { exact: true })
    .selectOption({ label: 'Iteration 2: Sales asked for a number.' });
  await expect(page.getByLabel('Key benefit, before').locator('del')).toContainText(['automates']);
  await check('Positioning compare');

  await fileMenu(page, 'Export…');
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('Export dialog');
  await page.keyboard.press('Escape');
  await fileMenu(page, 'Import partners from CSV or Excel…');
  await expect(page.getByRole('heading', { name: 'Import partners' })).toBeVisible();
  await check('Import, first step');
  await fileMenu(page, 'Backups…');
  await expect(page.getByRole('heading', { name: 'Backups', level: 2 })).toBeVisible();
  await check('Backups');

  await page.getByRole('button', { name: 'About', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('About');
  await page.keyboard.press('Escape');
  return found;
}

test('every screen of the sample workbook has no serious or critical axe violations, light', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await auditEveryScreen(page)).toEqual([]);
});

test('every screen of the sample workbook has no serious or critical axe violations, dark', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await auditEveryScreen(page)).toEqual([]);
});

test('a dialog takes focus, keeps it while open and gives it back when closed', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  const about = page.getByRole('button', { name: 'About', exact: true });
  await about.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const focusInDialog = () =>
    page.evaluate(() => document.activeElement?.closest('dialog[open]') !== null);
  // Past the dialog's last control, focus may visit the browser's own UI (the page's body then
  // holds it), but never a control of the page behind the dialog.
  const focusBehindDialog = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return active !== null && active !== document.body && !active.closest('dialog[open]');
    });
  expect(await focusInDialog()).toBe(true);
  for (let step = 0; step < 8; step += 1) {
    await page.keyboard.press('Tab');
    expect(await focusBehindDialog()).toBe(false);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await focusBehindDialog()).toBe(false);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(about).toBeFocused();
});

test('at 200% zoom (700 px wide) the main screens never scroll the page sideways', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 700, height: 900 });
  const partners = new PartnersPage(page);
  await partners.goto();
  await partners.openSample();
  const overflow = () =>
    page.evaluate(() => {
      const root = document.documentElement;
      return Math.max(root.scrollWidth, document.body.scrollWidth) - root.clientWidth;
    });
  const wide: string[] = [];
  const measure = async (screen: string) => {
    const extra = await overflow();
    if (extra > 0) wide.push(`${screen}: ${extra}px too wide`);
  };
  await measure('Partners');
  await partners.dataRows().first().click();
  await measure('Partner panel');
  await partners.closePanel();
  for (const section of [
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
    await openSection(page, section);
    await measure(section);
  }
  expect(wide).toEqual([]);
  // Every section stays reachable: the header's navigation is on screen, not clipped away.
  for (const section of ['Dashboard', 'Settings'])
    await expect(
      page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: section }),
    ).toBeInViewport();
});
