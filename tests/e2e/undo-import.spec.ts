import { expect, test, type Page } from '@playwright/test';
import { chooseFile, exportWorkbookFile, fileMenu } from './pages/file-menu';
import { PartnersPage } from './pages/partners-page';
import { UndoKeys } from './pages/undo-keys';

const ACCOUNTS_CSV = [
  'Account Name,Website,Account Owner',
  'Nordlicht Systems,https://nordlicht.example,Maya Lindqvist',
  'Pampas Cloud Partners,pampas-cloud.example,Luis Ortega',
].join('\r\n');

/** Imports ACCOUNTS_CSV's two partners through the File menu, up to the result screen. */
async function importAccounts(page: Page): Promise<void> {
  await fileMenu(page, 'Import partners from CSV or Excel…');
  await page.getByLabel('Choose a CSV or Excel file').setInputFiles({
    name: 'accounts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(ACCOUNTS_CSV, 'utf8'),
  });
  await page.getByRole('button', { name: 'Check the import' }).click();
  await expect(page.getByText('2 to create, 0 to update, 0 skipped, 0 rejected.')).toBeVisible();
  await page.getByRole('button', { name: 'Import 2 partners' }).click();
  await expect(page.getByText('Imported: 2 created, 0 updated.')).toBeVisible();
}

test('Ctrl+Z takes a whole import back, named in the toast, and Redo brings it back', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const keys = new UndoKeys(page);
  await partners.goto();
  await partners.openSample();
  await partners.expectCount(25, 25);

  await importAccounts(page);
  await expect(
    page.getByText('Undo (Ctrl+Z, ⌘Z on a Mac) takes the whole import back.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Show partners' }).click();
  await partners.expectCount(27, 27);

  await keys.undo('Import 2 partners from accounts.csv');
  await partners.expectCount(25, 25);
  await expect(partners.row('Nordlicht Systems')).toHaveCount(0);

  await keys.toast('Undone: Import 2 partners').getByRole('button', { name: 'Redo' }).click();
  await expect(keys.toast('Redone: Import 2 partners from accounts.csv.')).toBeVisible();
  await partners.expectCount(27, 27);
  await expect(partners.row('Nordlicht Systems')).toContainText('Maya Lindqvist');
});

// Keeps the workbook's partners table busy with a write of the test's own, so that an undo
// waits behind it (as a large one takes its time); resolves once the write holds the table.
async function holdPartnersTable(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const names = (await indexedDB.databases()).flatMap((info) => (info.name ? [info.name] : []));
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(request.error?.message));
      });
      if (!db.objectStoreNames.contains('partners')) {
        db.close();
        continue;
      }
      const store = db.transaction('partners', 'readwrite').objectStore('partners');
      const held = window as unknown as { releaseHold?: boolean };
      // A transaction stays open while it has a request pending: one after another until released.
      const spin = () => {
        if (held.releaseHold) db.close();
        else store.count().onsuccess = spin;
      };
      spin();
      return;
    }
    throw new Error('No workbook database.');
  });
}

test('a long undo’s toast stays until the undo is done, then says what it took back', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const keys = new UndoKeys(page);
  await page.clock.install();
  await partners.goto();
  await partners.openSample();
  await importAccounts(page);
  await page.getByRole('button', { name: 'Show partners' }).click();
  await partners.expectCount(27, 27);

  await holdPartnersTable(page);
  await page.keyboard.press('ControlOrMeta+z');
  const running = keys.toast('Undoing “Import 2 partners from accounts.csv”…');
  await expect(running).toBeVisible();
  // Past the ten seconds after which a toast closes by itself, it still says the undo runs.
  await page.clock.fastForward(15_000);
  await expect(running).toBeVisible();
  await expect(partners.row('Nordlicht Systems')).toHaveCount(1);

  await page.evaluate(() => {
    (window as unknown as { releaseHold?: boolean }).releaseHold = true;
  });
  await expect(keys.toast('Undone: Import 2 partners from accounts.csv.')).toBeVisible();
  await expect(running).toHaveCount(0);
  await partners.expectCount(25, 25);
});

test('Ctrl+Z takes a merged colleague’s file back, and Ctrl+Shift+Z merges it again', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const keys = new UndoKeys(page);
  await partners.goto();
  await partners.openSample();
  const original = await exportWorkbookFile(page);

  // The colleague's copy: a new owner for one partner.
  await chooseFile(page, 'Open workbook file…', 'From Dana.partnerbook', original);
  await expect(page.getByText('Opened “From Dana.partnerbook”')).toBeVisible();
  await partners.open('Baltic Data Integrators');
  await partners.field('Owner').fill('Dana Reyes');
  await partners.expectSaved();
  await partners.closePanel();
  const theirs = await exportWorkbookFile(page);

  await page.getByRole('button', { name: /^Workbook: .*Switch workbook$/ }).click();
  await page
    .getByRole('list', { name: 'Workbooks' })
    .getByRole('button', { name: 'My workbook', exact: true })
    .first()
    .click();
  await partners.expectCount(25, 25);
  await expect(partners.row('Baltic Data Integrators')).not.toContainText('Dana Reyes');

  await chooseFile(page, 'Merge workbook file…', 'EMEA resellers (Dana).partnerbook', theirs);
  const review = page.getByRole('dialog', { name: 'Merge “EMEA resellers (Dana).partnerbook”' });
  await review.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText('Merged “EMEA resellers (Dana).partnerbook”.')).toBeVisible();
  await expect(partners.row('Baltic Data Integrators')).toContainText('Dana Reyes');

  await keys.undo('Merge “EMEA resellers (Dana).partnerbook”');
  await expect(partners.row('Baltic Data Integrators')).not.toContainText('Dana Reyes');
  await keys.redo('Merge “EMEA resellers (Dana).partnerbook”');
  await expect(partners.row('Baltic Data Integrators')).toContainText('Dana Reyes');
});
