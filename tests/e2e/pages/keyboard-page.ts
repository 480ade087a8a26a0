import { expect, type Locator, type Page } from '@playwright/test';

/** The command palette and the keyboard shortcuts help, found by roles and labels only. */
export class KeyboardPage {
  readonly palette: Locator;
  readonly paletteInput: Locator;
  readonly results: Locator;
  readonly help: Locator;
  readonly undoToast: Locator;

  constructor(readonly page: Page) {
    this.palette = page.getByRole('dialog', { name: 'Command palette' });
    this.paletteInput = this.palette.getByRole('combobox', { name: 'Command or name' });
    this.results = this.palette.getByRole('listbox', { name: 'Commands and results' });
    this.help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    this.undoToast = page.getByRole('status').filter({ hasText: /^Deleted / });
  }

  /** Opens the palette with its shortcut; the field has the focus. */
  async openPalette(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+K');
    await expect(this.paletteInput).toBeFocused();
  }

  /** The entries of one group of the palette ("Commands", "Partners", "Positioning drafts"…). */
  group(heading: string): Locator {
    return this.results.getByRole('group', { name: heading, exact: true });
  }

  /**
   * Types into the palette, waits for the entry to show in its group, moves to it with the
   * arrow keys and chooses it with Enter.
   */
  async choose(text: string, heading: string, entry: string | RegExp): Promise<void> {
    await this.openPalette();
    await this.page.keyboard.type(text);
    const option = this.group(heading).getByRole('option', { name: entry });
    await expect(option).toBeVisible();
    for (let step = 0; step < 30; step += 1) {
      if ((await option.getAttribute('aria-selected')) === 'true') break;
      await this.page.keyboard.press('ArrowDown');
    }
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await this.page.keyboard.press('Enter');
    await expect(this.palette).toHaveCount(0);
  }
}
