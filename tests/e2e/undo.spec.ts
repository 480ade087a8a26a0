import { expect, test } from '@playwright/test';
import { ActivityPage } from './pages/activity-page';
import { AlliancesPage } from './pages/alliances-page';
import { PartnersPage } from './pages/partners-page';
import { UndoKeys } from './pages/undo-keys';

test('Ctrl+Z takes back a partner edit, a logged activity and a stakeholder delete across screens, and Ctrl+Shift+Z redoes them', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const activity = new ActivityPage(page);
  const alliances = new AlliancesPage(page);
  const keys = new UndoKeys(page);
  await partners.goto();
  await partners.startNewPartner();
  await partners.field('Name').fill('Aurora Analytics');
  await partners.createPartner();
  await partners.expectSaved();
  await partners.closePanel();
  await alliances.open();
  await alliances.addStakeholder({
    name: 'Dana Reyes',
    team: 'Engineering',
    influence: 'High influence',
    stance: 'Skeptic',
  });

  // Three changes on three screens: a rename, an activity, a delete.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Partners' })
    .click();
  await partners.open('Aurora Analytics');
  await partners.field('Name').fill('Aurora Data');
  await partners.expectSaved();
  await partners.closePanel();
  await expect(partners.row('Aurora Data')).toBeVisible();
  // Inside a text field Ctrl+Z is the field's own: nothing saved is taken back.
  await partners.search.fill('Aur');
  await partners.search.press('ControlOrMeta+z');
  await expect(keys.toast(/^Undone/)).toHaveCount(0);
  await partners.search.fill('');

  await activity.goto();
  await activity.logWithButton({
    partner: 'Aurora Data',
    direction: 'Outbound (we went to them)',
    purpose: 'Sales',
    title: 'Joint pitch to Contoso',
  });
  await expect(activity.row('Joint pitch to Contoso')).toBeVisible();

  await alliances.open();
  await alliances.row('Dana Reyes').getByRole('button', { name: 'Delete Dana Reyes' }).click();
  await expect(alliances.row('Dana Reyes')).toHaveCount(0);

  // Back, one step at a time, newest first, wherever the user is.
  await keys.undo('Delete stakeholder “Dana Reyes”');
  await expect(alliances.row('Dana Reyes')).toBeVisible();
  await activity.goto();
  await keys.undo('Add activity “Joint pitch to Contoso”');
  await expect(activity.row('Joint pitch to Contoso')).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Partners' })
    .click();
  await keys.undo('Rename partner to “Aurora Data”');
  await expect(partners.row('Aurora Analytics')).toBeVisible();
  await expect(partners.row('Aurora Data')).toHaveCount(0);

  // And forward again; the toast's Redo does the same as the keys.
  await keys.redo('Rename partner to “Aurora Data”');
  await expect(partners.row('Aurora Data')).toBeVisible();
  await keys.toast('Redone: Rename partner').getByRole('button', { name: 'Undo' }).click();
  await expect(keys.toast('Undone: Rename partner to “Aurora Data”.')).toBeVisible();
  await expect(partners.row('Aurora Analytics')).toBeVisible();
  await keys.toast('Undone: Rename partner').getByRole('button', { name: 'Redo' }).click();
  await expect(partners.row('Aurora Data')).toBeVisible();
  await keys.redo('Add activity “Joint pitch to Contoso”');
  await keys.redo('Delete stakeholder “Dana Reyes”');
  await activity.goto();
  await expect(activity.row('Joint pitch to Contoso')).toBeVisible();
  await alliances.open();
  await expect(alliances.row('Dana Reyes')).toHaveCount(0);
  await expect(alliances.stakeholders).toContainText('No colleagues on the map yet.');

  // Nothing left to redo: said, and nothing changes.
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(keys.toast('Nothing to redo.')).toBeVisible();
});
