import { expect, test } from '@playwright/test';
import { ActivityPage } from './pages/activity-page';
import { PartnersPage } from './pages/partners-page';
import { SettingsPage } from './pages/settings-page';

test('logging inbound and outbound activities moves the balance against the target mix', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const settings = new SettingsPage(page);
  const activity = new ActivityPage(page);
  await partners.goto();
  await partners.startNewPartner();
  await partners.field('Name').fill('Aurora Analytics');
  await partners.createPartner();
  await partners.expectSaved();
  await partners.closePanel();

  // Half inbound and half development, give or take 10 points; a bad share is refused first.
  await settings.goto();
  const mix = settings.form('Activity mix');
  await mix.getByLabel('Inbound share (%)').fill('150');
  await settings.save('Activity mix');
  await expect(mix.getByText('The inbound share is a whole percent from 0 to 100.')).toBeVisible();
  await settings.expectNotSaved('Activity mix');
  await mix.getByLabel('Inbound share (%)').fill('50');
  await mix.getByLabel('Development share (%)').fill('50');
  await mix.getByLabel('Tolerance (points)').fill('10');
  await settings.save('Activity mix');
  await settings.expectSaved('Activity mix');

  await activity.goto();
  await expect(activity.signal('Inbound and outbound')).toHaveText('No activity in this period.');
  await activity.logWithButton({
    partner: 'Aurora Analytics',
    kind: 'Call',
    direction: 'Inbound (they came to us)',
    purpose: 'Partner development',
    title: 'They asked to join the programme',
  });
  await expect(activity.row('They asked to join the programme')).toBeVisible();
  await activity.expectMix('Inbound and outbound', 'Inbound', 1, '100%');
  await expect(activity.signal('Inbound and outbound')).toHaveText(
    'Drifting inbound: 100% inbound against a target of 50% ± 10 points.',
  );
  await expect(activity.signal('Development and sales')).toHaveText(
    'Drifting to development: 100% development against a target of 50% ± 10 points.',
  );

  // From another screen, with the keyboard shortcut. A reload reopens the last screen
  // (Activity), so the partners screen is chosen from the header.
  await partners.goto();
  await partners.show();
  await activity.logWithShortcut({
    partner: 'Aurora Analytics',
    direction: 'Outbound (we went to them)',
    purpose: 'Sales',
    title: 'Joint pitch to Contoso',
  });
  const today = await page.evaluate(() =>
    new Intl.DateTimeFormat(undefined, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(new Date()),
  );
  await expect(partners.row('Aurora Analytics').getByRole('cell', { name: today })).toBeVisible();

  await activity.goto();
  await activity.expectMix('Inbound and outbound', 'Inbound', 1, '50%');
  await activity.expectMix('Inbound and outbound', 'Outbound', 1, '50%');
  await expect(activity.signal('Inbound and outbound')).toHaveText(
    'Within target: 50% inbound against a target of 50% ± 10 points.',
  );
  await expect(activity.signal('Development and sales')).toHaveText(
    'Within target: 50% development against a target of 50% ± 10 points.',
  );
  const perPartner = page.getByRole('table', { name: /^Balance per partner/ });
  await expect(perPartner.getByRole('row', { name: /^Aurora Analytics / })).toContainText(
    'Within target; Within target',
  );

  // An edit shows at once and can be undone.
  await activity.row('Joint pitch to Contoso').getByRole('button', { name: 'Edit' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit activity' });
  await editor.getByLabel('Title').fill('Joint pitch to Contoso and Fabrikam');
  await editor.getByRole('button', { name: 'Save activity' }).click();
  await expect(activity.row('Joint pitch to Contoso and Fabrikam')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(activity.row('Joint pitch to Contoso and Fabrikam')).toHaveCount(0);
  await expect(activity.row('Joint pitch to Contoso')).toBeVisible();

  // Deleting the outbound one brings the drift back; undoing it takes it away again.
  await activity.row('Joint pitch to Contoso').getByRole('button', { name: 'Delete' }).click();
  await expect(activity.signal('Inbound and outbound')).toHaveText(/^Drifting inbound/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(activity.signal('Inbound and outbound')).toHaveText(/^Within target/);

  // The partner's panel shows its recent activities and its balance.
  await partners.goto();
  await partners.show();
  await partners.open('Aurora Analytics');
  await partners.panel.getByRole('tab', { name: 'Activity' }).click();
  const tab = partners.panel.getByRole('tabpanel', { name: 'Activity' });
  await expect(
    tab.getByRole('list', { name: 'Recent activities' }).getByRole('listitem'),
  ).toHaveCount(2);
  await expect(
    tab.getByRole('article', { name: 'Inbound and outbound' }).getByRole('status'),
  ).toHaveText(/^Within target/);

  // Its own Log activity button starts with the partner; Escape closes the entry, not the panel.
  await tab.getByRole('button', { name: 'Log activity' }).click();
  await expect(activity.dialog.getByRole('combobox', { name: 'Partner' })).toHaveValue(
    'Aurora Analytics',
  );
  await page.keyboard.press('Escape');
  await expect(activity.dialog).toHaveCount(0);
  await expect(tab).toBeVisible();
});
