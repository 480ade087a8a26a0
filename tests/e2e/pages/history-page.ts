import { expect, type Locator, type Page } from '@playwright/test';

/** The Stage and tier history card of the performance view: found by roles and labels. */
export class HistoryPage {
  readonly card: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByRole('region', { name: 'Stage and tier history' });
    this.table = this.card.getByRole('table', { name: 'Stage and tier history' });
  }

  /** The history's row of the change that reads like `change` ("Tier: No tier → Silver"). */
  row(change: string): Locator {
    return this.table.getByRole('row').filter({ hasText: change });
  }

  /** Sets a change's effective date (yyyy-mm-dd) and note; resolves once the dialog closed. */
  async backDate(change: string, date: string, note: string): Promise<void> {
    await this.row(change)
      .getByRole('button', { name: `Edit effective date of ${change}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Edit effective date' });
    await dialog.getByLabel('Effective date').fill(date);
    await dialog.getByLabel('Note').fill(note);
    await dialog.getByRole('button', { name: 'Save change' }).click();
    await expect(dialog).toHaveCount(0);
  }
}
