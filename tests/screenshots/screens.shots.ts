import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSection } from '../e2e/a11y-helpers';
import { PartnersPage } from '../e2e/pages/partners-page';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

/** Waits until nothing on screen says it is still loading, then writes one PNG. */
async function shoot(page: Page, name: string, theme: string): Promise<void> {
  await expect(page.getByText(/^(Loading|Opening)/)).toHaveCount(0);
  // Charts draw with an animation; the picture is taken once it has settled.
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(OUT, `${name}-${theme}.png`) });
}

test('the sample workbook’s main screens', async ({ page }, testInfo) => {
  const theme = testInfo.project.name;
  const partners = new PartnersPage(page);
  await partners.goto();
  await partners.openSample();
  await shoot(page, 'partners', theme);

  await partners.dataRows().first().click();
  await expect(partners.panel).toBeVisible();
  await shoot(page, 'partner-panel', theme);
  await partners.closePanel();

  for (const section of ['Dashboard', 'Activity', 'Alliances', 'Goals', 'Templates', 'Settings']) {
    await openSection(page, section);
    await shoot(page, section.toLowerCase(), theme);
  }
});
