import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { PartnersPage } from './pages/partners-page';

const switcher = (page: Page) =>
  page.getByRole('button', { name: /^Workbook: .*Switch workbook$/ });

async function menuAction(page: Page, name: string) {
  await switcher(page).click();
  await page.getByRole('button', { name }).click();
}

test('several workbooks: create, switch, rename, reopen the last one, and delete with a backup file', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  await partners.openSample();
  await partners.expectCount(25, 25);

  await menuAction(page, 'New workbook…');
  await page.getByRole('dialog').getByLabel('Workbook name').fill('Technology alliances');
  await page.getByRole('dialog').getByRole('button', { name: 'Create workbook' }).click();
  await expect(switcher(page)).toHaveAccessibleName(
    'Workbook: Technology alliances. Switch workbook',
  );
  await expect(page.getByRole('heading', { name: 'Your workbook is empty' })).toBeVisible();

  // The last opened workbook opens again at start.
  await page.reload();
  await expect(switcher(page)).toHaveAccessibleName(
    'Workbook: Technology alliances. Switch workbook',
  );

  await switcher(page).click();
  const list = page.getByRole('list', { name: 'Workbooks' });
  await expect(list.getByRole('button', { name: /Technology alliances/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await list.getByRole('button', { name: 'My workbook', exact: true }).click();
  await partners.expectCount(25, 25);

  await menuAction(page, 'Rename this workbook…');
  await page.getByRole('dialog').getByLabel('Workbook name').fill('   ');
  await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('dialog').getByText('A workbook needs a name.')).toBeVisible();
  await page.getByRole('dialog').getByLabel('Workbook name').fill('EMEA resellers');
  await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
  await expect(switcher(page)).toHaveAccessibleName('Workbook: EMEA resellers. Switch workbook');

  await switcher(page).click();
  await list.getByRole('button', { name: 'Delete Technology alliances' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Technology alliances”?' });
  const download = page.waitForEvent('download');
  await confirm.getByRole('button', { name: 'Save backup and delete' }).click();
  const backup = await download;
  expect(backup.suggestedFilename()).toMatch(
    /^Technology alliances backup \d{4}-\d{2}-\d{2}\.partnerbook$/,
  );
  const file = JSON.parse(await readFile(await backup.path(), 'utf8')) as {
    format: string;
    workbook: { name: string };
  };
  expect(file.format).toBe('partner-workbook');
  expect(file.workbook.name).toBe('Technology alliances');
  await expect(confirm).toHaveCount(0);

  await switcher(page).click();
  await expect(list.getByRole('button', { name: /Technology alliances/ })).toHaveCount(0);
  await expect(list.getByRole('button', { name: /EMEA resellers/ })).toBeVisible();
});
