import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The portfolio dashboard as a user sees it: found by roles and labels only. */
export class DashboardPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Portfolio dashboard', level: 2 });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Dashboard' })
      .click();
    await expect(this.heading).toBeVisible();
  }

  /** A chart's card, by its title. */
  chart(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The chart's canvas, an image named by its summary. */
  chartImage(title: string): Locator {
    return this.chart(title).getByRole('img');
  }

  /** Opens "Show data" under a chart and returns its table. */
  async showData(title: string): Promise<Locator> {
    await this.chart(title).getByText('Show data').click();
    const table = this.chart(title).getByRole('table', { name: title });
    await expect(table).toBeVisible();
    return table;
  }

  /** The data table's body rows as cell texts. */
  async rows(table: Locator): Promise<string[][]> {
    const rows = table.getByRole('row').filter({ has: this.page.getByRole('cell') });
    return rows.evaluateAll((elements) =>
      elements.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)),
    );
  }

  /** A list of partners needing attention, by the start of its title. */
  list(title: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${title}`) });
  }

  /** The partner names a list shows. */
  listNames(title: string): Promise<string[]> {
    return this.list(title).getByRole('listitem').getByRole('button').allTextContents();
  }

  /** Saves a chart's data as CSV and returns the download. */
  async saveCsv(title: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.chart(title)
      .getByRole('button', { name: `Save CSV of ${title}` })
      .click();
    return download;
  }
}
