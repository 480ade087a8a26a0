import { expect, type Locator, type Page } from '@playwright/test';

/** The templates library, the QBR editor and the dialogs that start documents from templates. */
export class TemplatesPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
  }

  async goto(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Templates' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Templates', level: 2 })).toBeVisible();
  }

  /** The section of one kind of template, by its heading. */
  section(kind: string): Locator {
    return this.page.getByRole('region', { name: kind, exact: true });
  }

  /** A template's card, by its name. */
  card(name: string): Locator {
    return this.page.getByRole('article', { name, exact: true });
  }

  /** What a card's preview lists. */
  preview(name: string): Locator {
    return this.card(name).getByRole('list', { name: `What ${name} holds` });
  }

  async use(name: string): Promise<void> {
    await this.card(name).getByRole('button', { name: 'Use template' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Chooses the partner in the open dialog. */
  async choosePartner(partner: string): Promise<void> {
    await this.dialog.getByLabel('Partner', { exact: true }).selectOption({ label: partner });
  }

  /** Starts a QBR from the open dialog and lands in its editor. */
  async startQbr(partner: string, title: string): Promise<void> {
    await this.choosePartner(partner);
    await this.dialog.getByLabel('Title').fill(title);
    await this.dialog.getByRole('button', { name: 'Start QBR' }).click();
    await expect(this.page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  }

  /** The title input of agenda item `n` (from 1) in the QBR editor. */
  agendaItem(n: number): Locator {
    return this.page.getByRole('form', { name: 'QBR' }).getByLabel(`Item ${n}`, { exact: true });
  }

  async saveQbr(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save QBR' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'QBR saved' })).toBeVisible();
  }

  /** Saves what is open (an agenda, a draft) as a template of the user's. */
  async saveAsTemplate(button: string, name: string): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
    await this.dialog.getByLabel('Template name').fill(name);
    await this.dialog.getByRole('button', { name: 'Save template' }).click();
    await expect(this.dialog).toHaveCount(0);
    await expect(this.page.getByText(`Saved “${name}” to your templates.`)).toBeVisible();
  }
}
