import { expect, type Locator, type Page } from '@playwright/test';

/** What a logged activity says, as typed into the entry. */
export interface ActivityEntry {
  partner: string;
  direction: 'Inbound (they came to us)' | 'Outbound (we went to them)';
  purpose: 'Partner development' | 'Sales';
  kind?: string;
  title: string;
}

/** The activity screen and the activity entry, as a user sees them: by roles and labels. */
export class ActivityPage {
  readonly dialog: Locator;
  readonly log: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Log activity' });
    this.log = page.getByRole('table', { name: 'Activity log' });
  }

  async goto(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Activity' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Activity', level: 2 })).toBeVisible();
  }

  /** Fills the open entry and saves it with Enter in the title field. */
  async fillAndSave(entry: ActivityEntry): Promise<void> {
    const { dialog } = this;
    await expect(dialog).toBeVisible();
    const partner = dialog.getByRole('combobox', { name: 'Partner' });
    await partner.fill(entry.partner.slice(0, 4));
    await dialog.getByRole('option', { name: entry.partner, exact: true }).click();
    await expect(partner).toHaveValue(entry.partner);
    if (entry.kind) await dialog.getByLabel('Kind').selectOption({ label: entry.kind });
    await dialog.getByLabel('Direction').selectOption({ label: entry.direction });
    await dialog.getByLabel('Purpose').selectOption({ label: entry.purpose });
    const title = dialog.getByLabel('Title');
    await title.fill(entry.title);
    await title.press('Enter');
    await expect(dialog).toHaveCount(0);
  }

  /** Logs an activity with the screen's button. */
  async logWithButton(entry: ActivityEntry): Promise<void> {
    await this.page.getByRole('button', { name: 'Log activity' }).first().click();
    await this.fillAndSave(entry);
  }

  /** Logs an activity with the keyboard shortcut, from whatever screen is open. */
  async logWithShortcut(entry: ActivityEntry): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+L');
    await this.fillAndSave(entry);
  }

  /** One of the balance cards ("Inbound and outbound", "Development and sales"). */
  card(title: string): Locator {
    return this.page.getByRole('article', { name: title });
  }

  /** Expects a card's row to show a count and a share. */
  async expectMix(card: string, side: string, count: number, share: string): Promise<void> {
    const row = this.card(card).getByRole('row', { name: new RegExp(`^${side} `) });
    await expect(row.getByRole('cell')).toHaveText([String(count), share]);
  }

  /** The card's drift signal, in words. */
  signal(card: string): Locator {
    return this.card(card).getByRole('status');
  }

  /** A log row, by the activity's title. */
  row(title: string): Locator {
    return this.log.getByRole('row').filter({ has: this.page.getByRole('cell', { name: title }) });
  }
}
