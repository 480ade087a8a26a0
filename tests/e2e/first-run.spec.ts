import { expect, test } from '@playwright/test';
import { PartnersPage } from './pages/partners-page';

test('a new workbook offers three ways to start, and the sample opens a realistic portfolio', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  await partners.goto();

  await expect(page.getByRole('heading', { name: 'Your workbook is empty' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New partner' }).first()).toBeEnabled();
  await page.getByRole('button', { name: 'Import a partner list…' }).click();
  await expect(page.getByRole('heading', { name: 'Import partners' })).toBeVisible();
  await expect(page.getByLabel('Choose a CSV or Excel file')).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();

  await partners.openSample();
  const total = Number(
    (await partners.count.textContent())?.match(/of ([\d,]+)/)?.[1]?.replace(',', ''),
  );
  expect(total).toBeGreaterThanOrEqual(20);
  expect(total).toBeLessThanOrEqual(30);
  await partners.expectCount(total, total);
  await expect(partners.dataRows()).toHaveCount(total);

  // A sample partner has contacts and notes a partner manager would write.
  await partners.dataRows().first().click();
  await expect(partners.panel.getByRole('heading', { name: 'Contacts' })).toBeVisible();
  await expect(
    partners.panel.getByRole('group').filter({ hasText: 'Contact name' }).first(),
  ).toBeVisible();
  await expect(partners.field('Notes')).not.toHaveValue('');
});
