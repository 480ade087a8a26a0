import { expect, test } from '@playwright/test';
import { DEFAULT_WORKBOOK_DB } from '../../renderer/src/db/database';
import { openSection } from './a11y-helpers';
import { PartnersPage } from './pages/partners-page';

test.use({ locale: 'en-US' });

test('the last screen and the partners table’s columns, sort and filters outlast a restart', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  await partners.openSample();

  await page.getByRole('button', { name: 'Columns' }).click();
  await page
    .getByRole('group', { name: 'Visible columns' })
    .getByRole('checkbox', { name: 'Industry' })
    .uncheck();
  await page.keyboard.press('Escape');
  await partners.sortBy('Tier');
  const tierHeader = partners.table.getByRole('columnheader', { name: 'Tier' });
  await expect(tierHeader).toHaveAttribute('aria-sort', 'ascending');
  await partners.filter('Stage', 'Active');
  // The count follows the filter a moment later; read it once it has.
  await expect(partners.count).not.toHaveText('Showing 25 of 25 partners');
  const shown = await partners.count.textContent();
  await openSection(page, 'Dashboard');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 }).first()).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Dashboard' }),
  ).toHaveAttribute('aria-current', 'page');

  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Partners' })
    .click();
  await expect(partners.count).toHaveText(shown ?? '');
  await expect(page.getByRole('button', { name: 'Stage: Active' })).toBeVisible();
  await expect(tierHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(partners.table.getByRole('columnheader', { name: 'Industry' })).toHaveCount(0);
  await expect(partners.table.getByRole('columnheader', { name: 'Region' })).toHaveCount(1);
});

test('a remembered view with stale columns and junk keeps what still fits', async ({ page }) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  await partners.openSample();
  await page.evaluate(
    (key) =>
      localStorage.setItem(
        key,
        JSON.stringify({
          screen: 'no-such-screen',
          hiddenColumns: ['retired-column', 'owner'],
          sort: [{ column: 'retired-column', desc: true }],
          stages: 'active',
        }),
      ),
    `partner-workbook:view:${DEFAULT_WORKBOOK_DB}`,
  );
  await page.reload();
  await expect(partners.table).toBeVisible();
  await expect(partners.table.getByRole('columnheader', { name: 'Owner' })).toHaveCount(0);
  await expect(partners.table.getByRole('columnheader', { name: 'Industry' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Stage: Any' })).toBeVisible();
});
