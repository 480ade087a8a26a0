import { expect, type Locator, type Page } from '@playwright/test';

/** The partners screen as a user sees it: found by roles and labels only. */
export class PartnersPage {
  readonly table: Locator;
  readonly search: Locator;
  readonly count: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Partners' });
    this.search = page.getByRole('searchbox', { name: 'Search partners' });
    this.count = page.getByRole('status').filter({ hasText: /^Showing / });
    this.panel = page.getByRole('complementary', { name: 'Partner details' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(
      this.page.getByRole('heading', { name: 'Partner Workbook', level: 1 }),
    ).toBeVisible();
    await expect(this.page.getByText('Opening your workbook…')).toHaveCount(0);
  }

  /** Opens the partners screen from the header (a reload reopens the last screen instead). */
  async show(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Partners' })
      .click();
    await expect(this.table).toBeVisible();
  }

  /** Data rows currently rendered (the header row excluded). */
  dataRows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  row(name: string): Locator {
    return this.dataRows().filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  async expectCount(shown: number, total: number): Promise<void> {
    await expect(this.count).toHaveText(
      `Showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} partners`,
    );
  }

  async openSample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open the sample workbook' }).click();
    await expect(this.table).toBeVisible();
  }

  async startNewPartner(): Promise<void> {
    await this.page.getByRole('button', { name: 'New partner' }).first().click();
    await expect(this.panel.getByRole('heading', { name: 'New partner' })).toBeVisible();
  }

  field(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true });
  }

  async createPartner(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Create partner' }).click();
  }

  async open(name: string): Promise<void> {
    await this.row(name).click();
    await expect(this.panel.getByRole('heading', { name, level: 2 })).toBeVisible();
  }

  async expectSaved(): Promise<void> {
    await expect(this.panel.getByRole('status')).toHaveText('All changes saved');
  }

  async closePanel(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Close details' }).click();
    await expect(this.panel).toHaveCount(0);
  }

  /** Ticks options in a toolbar filter such as Stage or Type, then closes it. */
  async filter(label: string, ...options: string[]): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^${label}: `) }).click();
    const group = this.page.getByRole('group', { name: `${label} filter` });
    for (const option of options)
      await group.getByRole('checkbox', { name: option, exact: true }).check();
    await this.page.keyboard.press('Escape');
  }

  async sortBy(column: string): Promise<void> {
    await this.table.getByRole('columnheader', { name: column }).getByRole('button').click();
  }

  /** The text of one column in the rendered rows, top to bottom. */
  async columnValues(columnIndex: number): Promise<string[]> {
    return this.dataRows().evaluateAll(
      (rows, index) => rows.map((row) => row.querySelectorAll('td')[index]?.textContent ?? ''),
      columnIndex,
    );
  }
}
