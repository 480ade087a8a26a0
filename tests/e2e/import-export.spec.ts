import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { PartnersPage } from './pages/partners-page';

// A Salesforce accounts report: three new partners, one that exists (updated), one row whose
// name is a spreadsheet formula and one without a name (both rejected).
const SALESFORCE_CSV = [
  'Account Name,Website,Type,Industry,Billing Country,Account Owner',
  'Nordlicht Systems,https://nordlicht.example,Reseller,Software,Germany,Maya Lindqvist',
  'Pampas Cloud Partners,pampas-cloud.example,Technology Partner,Cloud,Argentina,Luis Ortega',
  '"Kiwi Integrations, Ltd",https://kiwi-int.example,System Integrator,IT Services,New Zealand,Aroha Ngata',
  'Baltic Data Integrators,https://baltic-data.example,System Integrator,IT Services,Latvia,Ilze Kalnina',
  '"=HYPERLINK(""http://evil.example"")",,Reseller,,France,',
  ',https://nameless.example,Reseller,,Spain,',
].join('\r\n');

const fileMenu = async (page: Page, item: string) => {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('group', { name: 'File' }).getByRole('button', { name: item }).click();
};

test('a CRM export imports through the mapping screen, and the workbook exports and reopens', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  await partners.openSample();
  await partners.expectCount(25, 25);

  await fileMenu(page, 'Import partners from CSV or Excel…');
  await page.getByLabel('Choose a CSV or Excel file').setInputFiles({
    name: 'salesforce-accounts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(SALESFORCE_CSV, 'utf8'),
  });
  await expect(
    page.getByRole('heading', { name: 'Import partners from “salesforce-accounts.csv”' }),
  ).toBeVisible();
  await expect(page.getByText(/6 rows, 4 read cleanly, 2 with problems/)).toBeVisible();
  const mapping = page.getByRole('table', { name: 'Column mapping' });
  await expect(mapping.getByLabel('Import “Account Name” as')).toHaveValue('name');
  await expect(mapping.getByLabel('Import “Account Owner” as')).toHaveValue('owner');
  await mapping.getByLabel('Import “Industry” as').selectOption({ label: 'Not imported' });
  await expect(mapping.getByLabel('Import “Industry” as')).toHaveValue('ignore');

  const problems = page.getByRole('table', { name: 'Problems' });
  await expect(problems.getByRole('row').filter({ hasText: 'formula' })).toContainText('6');
  await expect(problems.getByRole('row').filter({ hasText: /^7/ })).toBeVisible();

  await page.getByRole('button', { name: 'Check the import' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /problem/i })).toBeVisible();
  await page.getByLabel('Skip the rows with problems and import the rest').check();
  await expect(page.getByText('3 to create, 1 to update, 0 skipped, 2 rejected.')).toBeVisible();
  await page.getByRole('button', { name: 'Import 4 partners' }).click();
  await expect(page.getByText('Imported: 3 created, 1 updated.')).toBeVisible();
  await page.getByRole('button', { name: 'Show partners' }).click();
  await partners.expectCount(28, 28);
  await expect(partners.row('Nordlicht Systems')).toContainText('Maya Lindqvist');

  // Excel export: one sheet per table.
  await fileMenu(page, 'Export…');
  await page
    .getByRole('dialog')
    .getByRole('radio', { name: /Excel workbook/ })
    .check();
  let download = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Export' }).click();
  const xlsx = await download;
  expect(xlsx.suggestedFilename()).toBe('My workbook.xlsx');
  expect((await readFile(await xlsx.path())).subarray(0, 2).toString()).toBe('PK');
  await expect(page.getByText('Exported “My workbook.xlsx”.')).toBeVisible();

  // The workbook file opens as a new local workbook with every partner.
  await fileMenu(page, 'Export…');
  download = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Export' }).click();
  const partnerbook = await download;
  expect(partnerbook.suggestedFilename()).toBe('My workbook.partnerbook');
  const saved = await partnerbook.path();

  const chooser = page.waitForEvent('filechooser');
  await fileMenu(page, 'Open workbook file…');
  // Playwright keeps downloads under a random name; offer it back under the name it was saved as.
  await (
    await chooser
  ).setFiles({
    name: 'My workbook.partnerbook',
    mimeType: 'application/json',
    buffer: await readFile(saved),
  });
  await expect(
    page.getByText('Opened “My workbook.partnerbook” as the workbook “My workbook”.'),
  ).toBeVisible();
  await partners.expectCount(28, 28);

  // A damaged file is refused with the reason, and nothing changes.
  const badChooser = page.waitForEvent('filechooser');
  await fileMenu(page, 'Open workbook file…');
  await (
    await badChooser
  ).setFiles({
    name: 'broken.partnerbook',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"partner-workbook","formatVersion":1,', 'utf8'),
  });
  const refused = page.getByRole('dialog', { name: '“broken.partnerbook” could not be opened' });
  await expect(refused).toContainText('broken.partnerbook');
  await refused.getByRole('button', { name: 'Close' }).click();
  await partners.expectCount(28, 28);
});

test('a list dropped on the window opens the import screen with that file', async ({ page }) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Company name,Country/Region\nZeta Partners,Chile\n'], 'dropped.csv'));
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(
    page.getByRole('heading', { name: 'Import partners from “dropped.csv”' }),
  ).toBeVisible();
  await expect(page.getByText(/1 row, 1 read cleanly, 0 with problems/)).toBeVisible();
  await page.getByRole('button', { name: 'Check the import' }).click();
  await page.getByRole('button', { name: 'Import 1 partner' }).click();
  await expect(page.getByText('Imported: 1 created, 0 updated.')).toBeVisible();
});
