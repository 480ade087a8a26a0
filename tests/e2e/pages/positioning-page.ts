import { expect, type Locator, type Page } from '@playwright/test';

/** The positioning screens as a user sees them: the drafts list, the studio and its dialogs. */
export class PositioningPage {
  readonly drafts: Locator;
  readonly history: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.drafts = page.getByRole('table', { name: 'Positioning drafts' });
    this.history = page.getByRole('list', { name: 'Iterations and status changes' });
    this.main = page.getByRole('main', { name: 'Draft' });
  }

  async gotoList(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Positioning' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Positioning', level: 2 })).toBeVisible();
  }

  /** Fills the new-draft dialog (already open) and creates the draft, landing in the studio. */
  async createDraft(options: {
    title: string;
    audience?: string;
    template?: string;
    start?: string;
  }): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Title', { exact: true }).fill(options.title);
    if (options.audience)
      await dialog.getByLabel('Audience').selectOption({ label: options.audience });
    if (options.start) await dialog.getByRole('radio', { name: options.start }).check();
    if (options.template) await dialog.getByRole('radio', { name: options.template }).check();
    await dialog.getByRole('button', { name: 'Create draft' }).click();
    await expect(this.page.getByRole('heading', { name: options.title, level: 2 })).toBeVisible();
  }

  field(label: string): Locator {
    return this.main.getByLabel(label, { exact: true });
  }

  async expectWorkingCopySaved(): Promise<void> {
    await expect(
      this.page.getByRole('status').filter({ hasText: /^Working copy saved$/ }),
    ).toBeVisible();
  }

  /** Saves the working copy as an iteration with a rationale and optional evidence. */
  async saveIteration(rationale: string, evidence?: string): Promise<void> {
    await this.page
      .getByRole('toolbar', { name: 'Draft actions' })
      .getByRole('button', { name: 'Save iteration' })
      .click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Why this change').fill(rationale);
    if (evidence) await dialog.getByLabel('Evidence (optional)').fill(evidence);
    await dialog.getByRole('button', { name: 'Save iteration' }).click();
    await expect(dialog).toHaveCount(0);
  }

  iteration(number: number): Locator {
    return this.history.getByRole('article', { name: `Iteration ${number}`, exact: true });
  }

  async setStatus(label: string): Promise<void> {
    await this.page.getByLabel('Status', { exact: true }).selectOption({ label });
  }
}
