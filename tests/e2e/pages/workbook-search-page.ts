import type { Locator, Page } from '@playwright/test';

/** The header's workbook-wide search, found by roles and labels only. */
export class WorkbookSearchPage {
  readonly box: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search the workbook' });
    this.results = page.getByRole('region', { name: 'Search results' });
  }

  /** The results of one kind: Partners, Stakeholders, Feedback or Decisions. */
  group(kind: string): Locator {
    return this.results.getByRole('list', { name: kind, exact: true });
  }

  /** Chooses a result of one kind by the text it shows. */
  async choose(kind: string, text: string | RegExp): Promise<void> {
    await this.group(kind).getByRole('button', { name: text }).click();
  }

  /** The header section marked as the current one. */
  currentSection(): Locator {
    return this.page.getByRole('navigation', { name: 'Sections' }).locator('[aria-current="page"]');
  }
}
