import { expect, test, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PartnersPage } from './pages/partners-page';

test('a saved partner is still there after the browser is closed and started again', async ({
  playwright,
}, testInfo) => {
  const profile = await mkdtemp(path.join(tmpdir(), 'workbook-profile-'));
  const { launchOptions, baseURL, viewport } = testInfo.project.use;
  const start = (): Promise<BrowserContext> =>
    playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, viewport });
  try {
    let context = await start();
    let partners = new PartnersPage(context.pages()[0] ?? (await context.newPage()));
    await partners.goto();
    await partners.startNewPartner();
    await partners.field('Name').fill('Aurora Channel Partners');
    await partners.createPartner();
    // Wait for the saved partner's panel: typing into the create form while it saves is lost.
    await partners.expectSaved();
    await partners.field('Notes').fill('Met at the Lisbon summit; wants a joint webinar.');
    await partners.expectSaved();
    await context.close();

    context = await start();
    partners = new PartnersPage(context.pages()[0] ?? (await context.newPage()));
    await partners.goto();
    await partners.expectCount(1, 1);
    await partners.open('Aurora Channel Partners');
    await expect(partners.field('Notes')).toHaveValue(
      'Met at the Lisbon summit; wants a joint webinar.',
    );
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
