import { expect, type Locator, type Page } from '@playwright/test';

/** The settings screen as a user sees it: one form per setting, found by headings and labels. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
  }

  /** One settings form, by its heading ("Currency", "Health score weights"). */
  form(title: string): Locator {
    return this.page.getByRole('form', { name: title, exact: true });
  }

  /** Saves one form with its own Save button. */
  async save(title: string): Promise<void> {
    await this.form(title)
      .getByRole('button', { name: `Save ${title.toLocaleLowerCase('en')}` })
      .click();
  }

  async expectSaved(title: string): Promise<void> {
    await expect(this.form(title).getByRole('status')).toHaveText('Saved');
  }

  async expectNotSaved(title: string): Promise<void> {
    await expect(this.form(title).getByRole('status')).toHaveText(
      'Not saved: fix the highlighted fields',
    );
  }

  async setCurrency(code: string): Promise<void> {
    await this.form('Currency').getByLabel('Currency', { exact: true }).fill(code);
    await this.save('Currency');
    await this.expectSaved('Currency');
  }

  weight(component: string): Locator {
    return this.form('Health score weights').getByLabel(component, { exact: true });
  }

  /** Types the five weights, in percent, without saving. */
  async fillWeights(weights: Record<string, number>): Promise<void> {
    for (const [component, value] of Object.entries(weights))
      await this.weight(component).fill(String(value));
  }

  /** One ladder slot of the tier programme, by its standard name ("Gold"). */
  tierSlot(slot: string): Locator {
    return this.form('Tier programme').getByRole('group', { name: new RegExp(`^${slot} slot`) });
  }

  /** Switches a slot on, names it and gives it a minimum health score. */
  async useTier(slot: string, name: string, minScore?: number): Promise<void> {
    const tier = this.tierSlot(slot);
    await tier.getByRole('checkbox', { name: 'Use this tier' }).check();
    await tier.getByLabel('Tier name', { exact: true }).fill(name);
    if (minScore !== undefined) {
      await tier.getByRole('button', { name: 'Add requirement' }).click();
      await tier.getByLabel('Requirement 1', { exact: true }).selectOption({
        label: 'Minimum health score',
      });
      await tier.getByLabel('Requirement 1 minimum', { exact: true }).fill(String(minScore));
    }
  }
}
