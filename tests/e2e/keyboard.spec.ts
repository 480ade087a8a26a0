import { expect, test, type Page } from '@playwright/test';
import { KeyboardPage } from './pages/keyboard-page';
import { PartnersPage } from './pages/partners-page';
import { PositioningPage } from './pages/positioning-page';
import { UndoKeys } from './pages/undo-keys';

/** Creates a partner with the New partner shortcut, typing its name and pressing Enter. */
async function createWithShortcut(page: Page, partners: PartnersPage, name: string) {
  await page.keyboard.press('ControlOrMeta+N');
  await expect(partners.panel.getByRole('heading', { name: 'New partner' })).toBeVisible();
  await expect(partners.field('Name')).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(partners.panel.getByRole('heading', { name, level: 2 })).toBeVisible();
  await partners.expectSaved();
}

test('the partners table from the keyboard alone: create, move, open, close, delete, help', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const keys = new KeyboardPage(page);
  await partners.goto();

  for (const name of ['Aurora Analytics', 'Borealis Systems', 'Cobalt Cloud']) {
    await createWithShortcut(page, partners, name);
  }
  // Escape closes the panel and gives focus to the row of the partner it showed.
  await page.keyboard.press('Escape');
  await expect(partners.panel).toHaveCount(0);
  await expect(partners.row('Cobalt Cloud')).toBeFocused();

  // Arrows move the active row; only that row is in the tab order.
  await page.keyboard.press('Home');
  await expect(partners.row('Aurora Analytics')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(partners.row('Borealis Systems')).toBeFocused();
  await expect(partners.row('Borealis Systems')).toHaveAttribute('tabindex', '0');
  await expect(partners.row('Aurora Analytics')).toHaveAttribute('tabindex', '-1');

  // Enter opens the row in the panel; Escape closes it and focus is back on the row.
  await page.keyboard.press('Enter');
  await expect(
    partners.panel.getByRole('heading', { name: 'Borealis Systems', level: 2 }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(partners.panel).toHaveCount(0);
  await expect(partners.row('Borealis Systems')).toBeFocused();

  // Delete deletes with an offer to undo, and focus moves to the next row.
  await page.keyboard.press('Delete');
  await expect(keys.undoToast).toContainText('Deleted “Borealis Systems”.');
  await expect(keys.undoToast.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(partners.row('Borealis Systems')).toHaveCount(0);
  await expect(partners.row('Cobalt Cloud')).toBeFocused();

  // ? outside a text field opens the shortcuts help, from the same list as the menu's keys.
  await page.keyboard.press('?');
  await expect(keys.help).toBeVisible();
  const create = keys.help.getByRole('table', { name: 'Create and save' });
  await expect(create.getByRole('row', { name: /^New partner / })).toContainText(/Ctrl\+N|⌘N/);
  await expect(create.getByRole('row', { name: /^Log an activity / })).toContainText(
    /Ctrl\+Shift\+L|⇧⌘L/,
  );
  await page.keyboard.press('Escape');
  await expect(keys.help).toHaveCount(0);
  await expect(partners.row('Cobalt Cloud')).toBeFocused();

  // Ctrl+F (Cmd+F) goes to the workbook search.
  await page.keyboard.press('ControlOrMeta+F');
  await expect(page.getByRole('searchbox', { name: 'Search the workbook' })).toBeFocused();
});

test('the command palette jumps to a partner and a draft and runs commands; shortcuts log an activity and save an iteration', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const positioning = new PositioningPage(page);
  const keys = new KeyboardPage(page);
  await partners.goto();
  await createWithShortcut(page, partners, 'Aurora Analytics');
  await createWithShortcut(page, partners, 'Borealis Systems');
  await page.keyboard.press('Escape');
  await expect(partners.row('Borealis Systems')).toBeFocused();

  // The palette opens on every command; Escape closes it and focus goes back.
  await keys.openPalette();
  await expect(
    keys.group('Create and save').getByRole('option', { name: /^New partner/ }),
  ).toBeVisible();
  await expect(keys.group('Go to').getByRole('option', { name: 'Go to Dashboard' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(keys.palette).toHaveCount(0);
  await expect(partners.row('Borealis Systems')).toBeFocused();

  // Jump to a partner by name.
  await keys.choose('auro', 'Partners', 'Aurora Analytics');
  await expect(
    partners.panel.getByRole('heading', { name: 'Aurora Analytics', level: 2 }),
  ).toBeVisible();

  // Log an activity with its shortcut: the open partner is filled in.
  await page.keyboard.press('ControlOrMeta+Shift+L');
  const entry = page.getByRole('dialog', { name: 'Log activity' });
  await expect(entry).toBeVisible();
  await expect(entry.getByRole('combobox', { name: 'Partner' })).toHaveValue('Aurora Analytics');
  await entry.getByLabel('Title').fill('Kickoff call');
  await entry.getByLabel('Title').press('Enter');
  await expect(entry).toHaveCount(0);
  await partners.panel.getByRole('tab', { name: 'Activity' }).press('Enter');
  await expect(partners.panel.getByText('Kickoff call')).toBeVisible();

  // Run a command from the palette: go to Positioning, then start a draft.
  await keys.choose('positioning', 'Commands', 'Go to Positioning');
  await expect(page.getByRole('heading', { name: 'Positioning', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'New company draft' }).press('Enter');
  await positioning.createDraft({ title: 'Aurora launch story' });
  await positioning.field('Target customer').fill('regional banks');
  await positioning.expectWorkingCopySaved();

  // Save an iteration with its shortcut.
  await page.keyboard.press('ControlOrMeta+S');
  const commit = page.getByRole('dialog');
  await commit.getByLabel('Why this change').fill('First cut.');
  await commit.getByRole('button', { name: 'Save iteration' }).press('Enter');
  await expect(commit).toHaveCount(0);
  await expect(positioning.iteration(1)).toContainText('First cut.');

  // Leave for Partners by command, then jump back to the draft by its name.
  await keys.choose('partners', 'Commands', 'Go to Partners');
  await expect(partners.table).toBeVisible();
  await keys.choose('launch story', 'Positioning drafts', /^Aurora launch story/);
  await expect(page.getByRole('heading', { name: 'Aurora launch story', level: 2 })).toBeVisible();
});

test('a session from the keyboard alone: create, undo and redo by keys, switch the theme from the palette', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const keys = new KeyboardPage(page);
  const history = new UndoKeys(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await partners.goto();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const lightBackground = await background();

  await createWithShortcut(page, partners, 'Aurora Analytics');
  await createWithShortcut(page, partners, 'Borealis Systems');
  await page.keyboard.press('Escape');
  await expect(partners.row('Borealis Systems')).toBeFocused();

  // Outside a text field Ctrl+Z takes back the last change to the workbook: the second partner.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(history.toast(/^Undone: /)).toBeVisible();
  await expect(partners.row('Borealis Systems')).toHaveCount(0);
  await expect(partners.row('Aurora Analytics')).toBeVisible();
  // Ctrl+Shift+Z makes it again.
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(history.toast(/^Redone: /)).toBeVisible();
  await expect(partners.row('Borealis Systems')).toBeVisible();

  // Inside a text field the keys keep their own meaning: the workbook is left alone.
  const search = page.getByRole('searchbox', { name: 'Search the workbook' });
  await page.keyboard.press('ControlOrMeta+F');
  await expect(search).toBeFocused();
  await page.keyboard.type('Bor');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(partners.row('Borealis Systems')).toBeVisible();
  await page.keyboard.press('Escape');

  // The help screen lists the undo keys with the others.
  await partners.row('Aurora Analytics').focus();
  await page.keyboard.press('?');
  const general = keys.help.getByRole('table', { name: 'General' });
  await expect(general.getByRole('row', { name: /^Undo the last change / })).toContainText(
    /Ctrl\+Z|⌘Z/,
  );
  await page.keyboard.press('Escape');

  // Switch the theme from the palette, and back.
  await keys.choose('dark', 'Commands', 'Switch between light and dark theme');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(lightBackground);
  await keys.choose('theme', 'Commands', 'Switch between light and dark theme');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe(lightBackground);
});
