import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe on what the page shows now and returns the serious and critical violations, one line
 * each (rule, impact, the first offending elements), so a failing test says what to fix.
 */
export async function seriousViolations(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/** Opens a section from the header's navigation and waits for its heading. */
export async function openSection(page: Page, section: string, heading = section): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: section, exact: true })
    .click();
  await expect(page.getByRole('heading', { name: heading, level: 2 }).first()).toBeVisible();
}

/** Chooses an item from the header's File menu. */
export async function fileMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('group', { name: 'File' }).getByRole('button', { name: item }).click();
}
