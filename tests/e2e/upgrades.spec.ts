import { expect, test } from '@playwright/test';
import { loadImage, recordsOf } from '../reliability/db-images/load-image';
import { blankAtOrigin, DEFAULT_DB, restoreImageBeforeApp } from './fixtures/db-image-page';
import { PartnersPage } from './pages/partners-page';

// Each test gets a fresh context, so the browser's IndexedDB starts empty.
for (const version of [1, 6]) {
  test(`a workbook written by schema version ${version} opens upgraded with all its partners`, async ({
    page,
  }) => {
    const partners = recordsOf<{ name: string }>(loadImage(version), 'partners');
    await restoreImageBeforeApp(page, version);
    const screen = new PartnersPage(page);
    await screen.goto();
    await screen.expectCount(partners.length, partners.length);
    await screen.search.fill('Baltic Data');
    await expect(screen.row('Baltic Data OÜ')).toBeVisible();
  });
}

test('an upgrade in another window closes this one with a banner, never a hang', async ({
  page,
  context,
}) => {
  const screen = new PartnersPage(page);
  await screen.goto();
  await screen.openSample();

  // A newer app opening the same workbook in a second window upgrades it at once.
  const newer = await context.newPage();
  await blankAtOrigin(newer);
  const upgradedTo = await newer.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open(name, 120);
        request.onsuccess = () => {
          request.result.close();
          resolve(request.result.version);
        };
        request.onerror = () => {
          reject(new Error('The newer window could not open the workbook.'));
        };
      }),
    DEFAULT_DB,
  );
  expect(upgradedTo).toBe(120);
  const banner = page
    .getByRole('alert')
    .filter({ hasText: 'updated in another Partner Workbook window' });
  await expect(banner).toContainText('nothing more is saved here until you do');
  await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
});

test('an older window holding the workbook makes the upgrade wait and say so, then it opens', async ({
  page,
  context,
}) => {
  // The older window: a version 10 workbook held open by a build that ignores versionchange.
  await restoreImageBeforeApp(page, 10);
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          Object.assign(window, { heldWorkbook: request.result });
          resolve();
        };
        request.onerror = () => {
          reject(new Error('The older window could not open the workbook.'));
        };
      }),
    DEFAULT_DB,
  );

  const newer = await context.newPage();
  await newer.goto('/');
  await expect(newer.getByRole('status')).toContainText(
    'Close other Partner Workbook windows to finish updating this workbook.',
  );
  await page.evaluate(() => {
    (window as unknown as { heldWorkbook: IDBDatabase }).heldWorkbook.close();
  });
  const partners = recordsOf(loadImage(10), 'partners');
  await new PartnersPage(newer).expectCount(partners.length, partners.length);
});
