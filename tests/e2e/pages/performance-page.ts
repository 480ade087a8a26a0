import { expect, type Locator, type Page } from '@playwright/test';

/** A partner's performance, in the panel's tab and the full view: found by roles and labels. */
export class PerformancePage {
  readonly panel: Locator;
  readonly health: Locator;
  readonly tier: Locator;
  readonly results: Locator;
  readonly returns: Locator;
  readonly entries: Locator;
  readonly ledger: Locator;
  readonly metrics: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: 'Partner details' });
    this.health = page.getByRole('region', { name: 'Health' });
    this.tier = page.getByRole('region', { name: 'Tier' });
    this.results = page.getByRole('region', { name: 'Results' });
    this.returns = page.getByRole('region', { name: 'Return on investment' });
    this.entries = page.getByRole('region', { name: 'Metric entries' });
    this.ledger = page.getByRole('region', { name: 'Investments' });
    this.metrics = page.getByRole('region', { name: 'Metrics' });
  }

  /** Shows the Performance tab of the open partner panel. */
  async openTab(): Promise<void> {
    await this.panel.getByRole('tab', { name: 'Performance' }).click();
    await expect(this.panel.getByRole('tabpanel', { name: 'Performance' })).toBeVisible();
  }

  /** From the tab, opens the full view of the named partner. */
  async openView(partnerName: string): Promise<void> {
    await this.panel.getByRole('button', { name: 'Open performance view' }).click();
    await expect(
      this.page.getByRole('heading', { name: `${partnerName}: performance`, level: 2 }),
    ).toBeVisible();
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Adds a metric entry dated today; resolves once the dialog has closed. */
  async addEntry(metric: string, value: string, note?: string): Promise<void> {
    await this.entries.getByRole('button', { name: 'Add metric entry' }).click();
    const dialog = this.dialog('Add metric entry');
    await dialog.getByLabel('Metric').selectOption({ label: metric });
    await dialog.getByLabel('Value', { exact: true }).fill(value);
    if (note !== undefined) await dialog.getByLabel('Note or source').fill(note);
    await dialog.getByRole('button', { name: 'Add entry' }).click();
    await expect(dialog).toHaveCount(0);
  }

  /** The metric entries' row holding this text. */
  entryRow(text: string): Locator {
    return this.entries.getByRole('row').filter({ hasText: text });
  }

  /** Opens the ledger's dialog with the kind chosen. */
  async startInvestment(kind: 'Time' | 'Money' | 'Energy'): Promise<Locator> {
    await this.ledger.getByRole('button', { name: 'Log investment' }).click();
    const dialog = this.dialog('Log investment');
    await dialog.getByLabel('Kind').selectOption({ label: kind });
    return dialog;
  }

  async logTime(hours: string, person: string, served: string): Promise<void> {
    const dialog = await this.startInvestment('Time');
    await dialog.getByLabel('Hours').fill(hours);
    await dialog.getByLabel('Person').fill(person);
    await dialog.getByLabel('What it served').selectOption({ label: served });
    await this.saveInvestment(dialog);
  }

  async logMoney(amount: string, fundType: string, served: string): Promise<void> {
    const dialog = await this.startInvestment('Money');
    await dialog.getByLabel('Amount').fill(amount);
    await dialog.getByLabel('Fund type').selectOption({ label: fundType });
    await dialog.getByLabel('What it served').selectOption({ label: served });
    await this.saveInvestment(dialog);
  }

  async logEnergy(effort: string, note: string): Promise<void> {
    const dialog = await this.startInvestment('Energy');
    await dialog.getByLabel('Effort').selectOption({ label: effort });
    await dialog.getByLabel('Note').fill(note);
    await this.saveInvestment(dialog);
  }

  private async saveInvestment(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Log investment' }).click();
    await expect(dialog).toHaveCount(0);
  }

  /** The health components table's row for a component. */
  component(name: string): Locator {
    return this.health
      .getByRole('table', { name: 'Health components' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }
}
