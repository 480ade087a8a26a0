import { expect, test } from '@playwright/test';
import { HistoryPage } from './pages/history-page';
import { PartnersPage } from './pages/partners-page';
import { PerformancePage } from './pages/performance-page';
import { SettingsPage } from './pages/settings-page';

test('settings are checked before they are saved, and a renamed tier reads everywhere', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const settings = new SettingsPage(page);
  await partners.goto();
  await partners.startNewPartner();
  await partners.field('Name').fill('Nordlicht Systems');
  await partners.field('Tier').selectOption({ label: 'Gold' });
  await partners.createPartner();
  await partners.expectSaved();
  await partners.closePanel();

  await settings.goto();
  await settings.form('Currency').getByLabel('Currency', { exact: true }).fill('US$');
  await settings.save('Currency');
  await expect(
    settings.form('Currency').getByText('Enter a three-letter currency code like EUR.'),
  ).toBeVisible();
  await settings.setCurrency('usd');
  await expect(settings.form('Currency').getByLabel('Currency', { exact: true })).toHaveValue(
    'USD',
  );
  await expect(settings.form('Health targets').getByText(/^In USD, like 250,000/)).toHaveCount(3);

  // 40 + 20 + 20 + 15 + 10 = 105: refused, with the total and the reason shown.
  const weights = settings.form('Health score weights');
  await settings.fillWeights({ Revenue: 40 });
  await expect(weights.getByText('Total: 105% — make it 100%')).toBeVisible();
  await settings.save('Health score weights');
  await expect(
    weights.getByText('The weights add up to 105%; make them add up to 100%.'),
  ).toBeVisible();
  await settings.expectNotSaved('Health score weights');
  await page.reload();
  await settings.goto();
  await expect(settings.weight('Revenue')).toHaveValue('35');

  // 40 + 20 + 20 + 15 + 5 = 100.
  await settings.fillWeights({ Revenue: 40, Relationship: 5 });
  await expect(weights.getByText('Total: 100%', { exact: true })).toBeVisible();
  await settings.save('Health score weights');
  await settings.expectSaved('Health score weights');

  await settings
    .form('Health targets')
    .getByLabel('Sourced revenue, 12 months', { exact: true })
    .fill('250,000');
  await settings.save('Health targets');
  await settings.expectSaved('Health targets');

  await settings.useTier('Gold', 'Premier', 75);
  await settings.tierSlot('Gold').getByLabel('Requirement 1 minimum', { exact: true }).fill('120');
  await settings.save('Tier programme');
  await expect(settings.tierSlot('Gold').getByText('Enter a score from 0 to 100.')).toBeVisible();
  await settings.expectNotSaved('Tier programme');
  await settings.tierSlot('Gold').getByLabel('Requirement 1 minimum', { exact: true }).fill('75');
  await settings.save('Tier programme');
  await settings.expectSaved('Tier programme');

  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Partners' })
    .click();
  await expect(partners.row('Nordlicht Systems')).toContainText('Premier');
  await page.getByRole('button', { name: /^Tier: / }).click();
  await expect(
    page.getByRole('group', { name: 'Tier filter' }).getByRole('checkbox', { name: 'Premier' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await partners.open('Nordlicht Systems');
  await expect(partners.field('Tier').locator('option:checked')).toHaveText('Premier');
  // The partner's stage and tier history reads the programme's name too.
  const performance = new PerformancePage(page);
  await performance.openTab();
  await performance.openView('Nordlicht Systems');
  await expect(new HistoryPage(page).row('Tier: Premier')).toHaveCount(1);

  await page.reload();
  await settings.goto();
  await expect(settings.form('Currency').getByLabel('Currency', { exact: true })).toHaveValue(
    'USD',
  );
  await expect(settings.weight('Revenue')).toHaveValue('40');
  await expect(settings.weight('Relationship')).toHaveValue('5');
  await expect(
    settings.form('Health targets').getByLabel('Sourced revenue, 12 months', { exact: true }),
  ).toHaveValue('250000.00');
  const gold = settings.tierSlot('Gold');
  await expect(gold.getByRole('checkbox', { name: 'Use this tier' })).toBeChecked();
  await expect(gold.getByLabel('Tier name', { exact: true })).toHaveValue('Premier');
  await expect(gold.getByLabel('Requirement 1 minimum', { exact: true })).toHaveValue('75');
});

test('weights reset to the defaults, and the author name is kept', async ({ page }) => {
  const partners = new PartnersPage(page);
  const settings = new SettingsPage(page);
  await partners.goto();
  await settings.goto();

  await settings.form('Your name').getByLabel('Your name', { exact: true }).fill('Maya Lindqvist');
  await settings.save('Your name');
  await settings.expectSaved('Your name');

  await settings.fillWeights({ Revenue: 50, Pipeline: 10 });
  await settings
    .form('Health score weights')
    .getByRole('button', { name: 'Reset to defaults' })
    .click();
  await expect(settings.weight('Revenue')).toHaveValue('35');
  await expect(settings.weight('Pipeline')).toHaveValue('20');
  await expect(
    settings.form('Health score weights').getByText('Total: 100%', { exact: true }),
  ).toBeVisible();

  await page.reload();
  await settings.goto();
  await expect(settings.form('Your name').getByLabel('Your name', { exact: true })).toHaveValue(
    'Maya Lindqvist',
  );
});

test('the web build has no updater: no update setting, and nothing fetched from elsewhere', async ({
  page,
  baseURL,
}) => {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== new URL(baseURL ?? '').origin) {
      elsewhere.push(request.url());
    }
  });
  const settings = new SettingsPage(page);
  await new PartnersPage(page).goto();
  await settings.goto();
  await expect(page.getByRole('heading', { name: 'Storage', level: 3 })).toBeVisible();
  await expect(settings.form('Currency')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Updates' })).toHaveCount(0);
  await expect(page.getByLabel('Update server address')).toHaveCount(0);
  expect(elsewhere).toEqual([]);
});
