import { expect, type Locator, type Page } from '@playwright/test';

/** An ISO date `days` days before today where the browser is (the app's "today"). */
export function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A partner's Intelligence tab, the Market screen and the Voice screen, by roles and labels. */
export class VoicePage {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: 'Partner details' });
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async openSection(name: 'Voice' | 'Market' | 'Positioning' | 'Partners'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name, exact: true })
      .click();
  }

  // ---- The partner panel's Intelligence tab ----

  async openIntelligenceTab(): Promise<void> {
    await this.panel.getByRole('tab', { name: 'Intelligence' }).click();
    await expect(this.panel.getByRole('tabpanel', { name: 'Intelligence' })).toBeVisible();
  }

  /** One of the five sections of the open partner's intelligence. */
  intelSection(label: string): Locator {
    return this.panel.getByRole('region', { name: new RegExp(`^${label} \\(`) });
  }

  intelEntry(section: string, title: string): Locator {
    return this.intelSection(section).getByRole('listitem', { name: title, exact: true });
  }

  /**
   * Adds an entry to a section: its own fields by label, the date it was observed, and a source.
   * Resolves once the dialog has closed.
   */
  async addIntel(
    section: string,
    fields: Record<string, string>,
    options: { observedAt?: string; link?: string; note?: string } = {},
  ): Promise<void> {
    await this.intelSection(section)
      .getByRole('button', { name: `Add to ${section}` })
      .click();
    const dialog = this.dialog(`New entry in ${section}`);
    await this.fill(dialog, fields);
    if (options.observedAt !== undefined)
      await dialog.getByLabel('Observed on').fill(options.observedAt);
    if (options.link !== undefined) {
      await dialog.getByLabel('Source', { exact: true }).selectOption({ label: 'Link' });
      await dialog.getByLabel('Link', { exact: true }).fill(options.link);
    } else if (options.note !== undefined) {
      await dialog.getByLabel('Source', { exact: true }).selectOption({ label: 'Note' });
      await dialog.getByLabel('Source note').fill(options.note);
    }
    await dialog.getByRole('button', { name: 'Add entry' }).click();
    await expect(dialog).toHaveCount(0);
  }

  /** Fills text boxes and chooses options (by their visible label) in a dialog. */
  async fill(dialog: Locator, fields: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(fields)) {
      const control = dialog.getByLabel(label, { exact: true });
      const tag = await control.evaluate((element) => element.tagName);
      if (tag === 'SELECT') await control.selectOption({ label: value });
      else await control.fill(value);
    }
  }

  // ---- The Voice screen ----

  get feedbackLog(): Locator {
    return this.page.getByRole('region', { name: 'Feedback log' });
  }

  get decisions(): Locator {
    return this.page.getByRole('region', { name: 'Decisions' });
  }

  feedbackRow(text: string): Locator {
    return this.feedbackLog.getByRole('row').filter({ hasText: text });
  }

  decision(text: string): Locator {
    return this.decisions.getByRole('listitem', { name: text, exact: true });
  }

  async recordFeedback(fields: Record<string, string>): Promise<void> {
    await this.feedbackLog.getByRole('button', { name: 'Record feedback' }).click();
    const dialog = this.dialog('Record feedback');
    await this.fill(dialog, fields);
    await dialog.getByRole('button', { name: 'Record feedback' }).click();
    await expect(dialog).toHaveCount(0);
  }

  /** Records a decision linked to the feedback entries whose picker line holds each text. */
  async recordDecision(fields: Record<string, string>, linked: string[] = []): Promise<void> {
    await this.decisions.getByRole('button', { name: 'Record decision' }).click();
    const dialog = this.dialog('Record decision');
    await this.fill(dialog, fields);
    const picker = dialog.getByRole('group', { name: 'Feedback that informed it' });
    for (const text of linked) await picker.getByRole('checkbox', { name: text }).check();
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    await expect(dialog).toHaveCount(0);
  }
}
