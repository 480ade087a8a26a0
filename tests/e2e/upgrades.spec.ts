import { expect, test, type Page } from '@playwright/test';
import { loadImage, recordsOf } from '../reliability/db-images/load-image';
import { restoreImage } from '../reliability/db-images/restore-image';
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
  await holdOpen(page, DEFAULT_DB);

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

/** Opens the named database in the page raw and keeps it open, ignoring versionchange. */
function holdOpen(page: Page, name: string): Promise<void> {
  return page.evaluate(
    (dbName) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onsuccess = () => {
          Object.assign(window, { heldWorkbook: request.result });
          resolve();
        };
        request.onerror = () => {
          reject(new Error('The older window could not open the workbook.'));
        };
      }),
    name,
  );
}

test('switching to a workbook an older window holds waits and says so: go back, or wait for it', async ({
  page,
  context,
}) => {
  const screen = new PartnersPage(page);
  await screen.goto();
  await screen.openSample();
  await screen.expectCount(25, 25);

  // The older window: a version 10 workbook this browser lists, held open by an older build.
  const older = await context.newPage();
  await blankAtOrigin(older);
  await older.evaluate(restoreImage, { name: 'older-book', image: loadImage(10) });
  await older.evaluate(
    (entry) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('partner-workbook-registry');
        request.onsuccess = () => {
          const registry = request.result;
          const put = registry.transaction('workbooks', 'readwrite').objectStore('workbooks');
          put.put(entry).onsuccess = () => {
            registry.close();
            resolve();
          };
        };
        request.onerror = () => {
          reject(new Error('The registry did not open.'));
        };
      }),
    {
      dbName: 'older-book',
      name: 'Older workbook',
      createdAt: '2026-01-05T09:00:00.000Z',
      openedAt: '2026-01-05T09:00:00.000Z',
    },
  );
  await holdOpen(older, 'older-book');

  const switcher = page.getByRole('button', { name: /^Workbook: .*Switch workbook$/ });
  const switchToOlder = async () => {
    await switcher.click();
    await page
      .getByRole('list', { name: 'Workbooks' })
      .getByRole('button', { name: 'Older workbook', exact: true })
      .click();
  };
  await switchToOlder();
  const waiting = page.getByRole('status').filter({ hasText: 'Updating “Older workbook”' });
  await expect(waiting).toContainText(
    'Close other Partner Workbook windows to finish updating this workbook.',
  );
  const goBack = waiting.getByRole('button', { name: 'Go back to “My workbook”' });
  await expect(goBack).toBeFocused();
  await goBack.click();
  await expect(switcher).toHaveAccessibleName('Workbook: My workbook. Switch workbook');
  await screen.expectCount(25, 25);

  // Switched again and left to wait: the workbook opens, whole, once the older window closes.
  await switchToOlder();
  await expect(waiting).toBeVisible();
  await older.evaluate(() => {
    (window as unknown as { heldWorkbook: IDBDatabase }).heldWorkbook.close();
  });
  const partners = recordsOf(loadImage(10), 'partners');
  await screen.expectCount(partners.length, partners.length);
  await expect(waiting).toBeHidden();
});
