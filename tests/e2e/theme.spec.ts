import { expect, test, type Page } from '@playwright/test';
import { openSection } from './a11y-helpers';
import { PartnersPage } from './pages/partners-page';

// The theme's page background: --bg in theme.css.
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(22, 25, 30)';

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme follows the system until one is chosen, and the choice outlasts a restart', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const partners = new PartnersPage(page);
  await partners.goto();
  expect(await background(page)).toBe(DARK_BG);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(LIGHT_BG);

  await openSection(page, 'Settings');
  const theme = page.getByRole('region', { name: 'Appearance' }).getByLabel('Theme');
  await expect(theme).toHaveValue('system');
  await theme.selectOption({ label: 'Dark' });
  expect(await background(page)).toBe(DARK_BG);

  // The renderer entry applies the stored choice before React renders anything.
  await page.reload();
  expect(await background(page)).toBe(DARK_BG);
  await openSection(page, 'Settings');
  await expect(theme).toHaveValue('dark');

  // Light holds even when the system turns dark.
  await page.emulateMedia({ colorScheme: 'dark' });
  await theme.selectOption({ label: 'Light' });
  expect(await background(page)).toBe(LIGHT_BG);

  await theme.selectOption({ label: 'Same as the system' });
  expect(await background(page)).toBe(DARK_BG);
  await page.reload();
  await openSection(page, 'Settings');
  await expect(theme).toHaveValue('system');
});

test('a stored theme that is not a known choice is ignored', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const partners = new PartnersPage(page);
  await partners.goto();
  await page.evaluate(() => localStorage.setItem('partner-workbook:theme', 'purple'));
  await page.reload();
  expect(await background(page)).toBe(LIGHT_BG);
  await openSection(page, 'Settings');
  await expect(page.getByLabel('Theme')).toHaveValue('system');
});
