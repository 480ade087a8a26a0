import { expect, type Locator, type Page } from '@playwright/test';

/** Undo and redo from the keyboard, and the toast that says what they did. */
export class UndoKeys {
  constructor(readonly page: Page) {}

  /** The toast reporting an undo or redo. */
  toast(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** Presses Ctrl+Z (⌘Z on a Mac) and waits for the toast naming the change. */
  async undo(label: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+z');
    await expect(this.toast(`Undone: ${label}.`)).toBeVisible();
  }

  /** Presses Ctrl+Shift+Z (⌘⇧Z on a Mac) and waits for the toast naming the change. */
  async redo(label: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+z');
    await expect(this.toast(`Redone: ${label}.`)).toBeVisible();
  }
}
