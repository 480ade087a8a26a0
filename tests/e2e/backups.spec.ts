import { expect, test, type Page } from '@playwright/test';
import { PartnersPage } from './pages/partners-page';

async function openBackups(page: Page) {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('button', { name: 'Backups…' }).click();
  await expect(page.getByRole('heading', { name: 'Backups', level: 2 })).toBeVisible();
}

const backupsTable = (page: Page) => page.getByRole('table', { name: /^Backups of/ });

test('back up, preview, restore over the workbook, and get it back after the data is lost', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  await partners.openSample();
  await partners.expectCount(25, 25);

  await openBackups(page);
  await expect(page.getByText('No backups yet of “My workbook”.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Backed up “My workbook”: 25 partners/ }),
  ).toBeVisible();
  const rows = backupsTable(page).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Backed up by you');
  await expect(rows.nth(1)).toContainText('25 partners');

  // The preview lists what the backup holds, partners by name.
  await rows
    .nth(1)
    .getByRole('button', { name: /^Preview the backup from/ })
    .click();
  const preview = page.getByRole('dialog', { name: 'Backup of “My workbook”' });
  await expect(preview.getByRole('list', { name: 'What it holds' })).toContainText('25 partners');
  await expect(
    preview.getByRole('list', { name: 'Partners in the backup' }).getByRole('listitem'),
  ).toHaveCount(20);
  await expect(preview.getByText('Albion Channel Distribution')).toBeVisible();
  await preview.getByRole('button', { name: 'Close' }).click();

  // A partner deleted by mistake comes back with a restore over the workbook.
  await page.getByRole('button', { name: 'Partners', exact: true }).click();
  await partners.open('Albion Channel Distribution');
  await partners.panel.getByRole('button', { name: 'Delete partner' }).click();
  await partners.expectCount(24, 24);
  await openBackups(page);
  await rows
    .nth(1)
    .getByRole('button', { name: /over this workbook$/ })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Restore over “My workbook”?' });
  await expect(confirm).toContainText('The workbook as it is now is backed up first');
  await confirm.getByRole('button', { name: 'Restore over this workbook' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Restored the backup from/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Partners', exact: true }).click();
  await partners.expectCount(25, 25);
  await expect(partners.row('Albion Channel Distribution')).toBeVisible();

  // The workbook as it was before the restore was kept.
  await openBackups(page);
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Before a restore');
  await expect(rows.nth(1)).toContainText('24 partners');

  // The browser's databases are lost (a new profile, a changed origin): the app opens empty and
  // offers the newest backup instead of an empty screen.
  await page.evaluate(async () => {
    const databases = await indexedDB.databases();
    const names = databases.flatMap(({ name }) => (name ? [name] : []));
    await Promise.all(
      names.map(
        (name) =>
          new Promise((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = () => {
              resolve(null);
            };
          }),
      ),
    );
  });
  await page.reload();
  const offer = page.getByRole('dialog', { name: 'This workbook is empty' });
  await expect(offer).toContainText('A backup of “My workbook” from');
  await expect(offer).toContainText('24 partners');
  await offer.getByRole('button', { name: 'Restore the backup' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Restored “My workbook”/ }),
  ).toBeVisible();
  await partners.expectCount(24, 24);
});

test('restore a backup as a workbook of its own beside the original', async ({ page }) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  await partners.openSample();
  await openBackups(page);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await backupsTable(page)
    .getByRole('button', { name: /as a new workbook$/ })
    .click();
  await expect(
    page.getByRole('button', { name: 'Workbook: My workbook (restored). Switch workbook' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Partners', exact: true }).click();
  await partners.expectCount(25, 25);
});

test('a workbook that no longer opens offers its backups, and one restores as a workbook that opens', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  await partners.openSample();
  await openBackups(page);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(backupsTable(page).getByRole('row')).toHaveCount(2);

  // The storage the workbooks live in is reported in the settings.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(
    page.getByRole('region', { name: 'Storage' }).getByText(/^Using [\d.]+ MB of the/),
  ).toBeVisible();

  // The database becomes one this app cannot open (here: one a far newer version wrote).
  await page.evaluate(async () => {
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('partner-workbook');
      request.onsuccess = request.onerror = () => {
        resolve(null);
      };
    });
    await new Promise((resolve) => {
      const request = indexedDB.open('partner-workbook', 100_000);
      request.onsuccess = () => {
        request.result.close();
        resolve(null);
      };
      request.onerror = () => {
        resolve(null);
      };
    });
  });
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'Partner Workbook could not open your workbook' }),
  ).toBeVisible();
  // This version never writes to it, and says why.
  await expect(
    page.getByText(/^This workbook was last written by a newer Partner Workbook;/),
  ).toBeVisible();
  const recovery = page.getByRole('region', { name: 'Restore from a backup' });
  await expect(recovery).toContainText('“My workbook”');
  await expect(recovery).toContainText('25 partners');
  await recovery.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(
    page.getByRole('button', { name: 'Workbook: My workbook (restored). Switch workbook' }),
  ).toBeVisible();
  await partners.expectCount(25, 25);
});
