import { expect, test } from '@playwright/test';
import { PartnersPage } from './pages/partners-page';
import { PerformancePage } from './pages/performance-page';

const NAME = 'Northwind Integrations';

test('log investments and metrics, and see the return, the close rate, the health and the tier', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const performance = new PerformancePage(page);
  await partners.goto();
  await partners.startNewPartner();
  await partners.field('Name').fill(NAME);
  await partners.createPartner();
  // A recorded score (typed here, or imported) stands in until the partner has data.
  await partners.field('Recorded health score').fill('72');
  await partners.expectSaved();

  await performance.openTab();
  await expect(performance.health).toContainText('Health score 72 (recorded)');
  await expect(performance.health).toContainText('There is no data yet to compute one');
  await performance.openView(NAME);
  await expect(performance.entries).toContainText('No metric entries yet.');

  // The investment ledger: time, money and energy, with totals.
  await performance.logTime('12', 'Maya Lindqvist', 'Enablement');
  await performance.logMoney('1,000.00', 'Market development funds (MDF)', 'Co-marketing');
  await performance.logEnergy('4', 'Two workshops in one week');
  await expect(performance.ledger).toContainText(
    'In total: 12 hours · €1,000.00 invested · average effort 4 of 5',
  );
  await expect(performance.ledger.getByRole('row').filter({ hasText: 'Money' })).toContainText(
    '€1,000.00 · Market development funds (MDF)',
  );

  // A badly typed amount is refused beside the field, and nothing is written.
  await performance.entries.getByRole('button', { name: 'Add metric entry' }).click();
  const dialog = performance.dialog('Add metric entry');
  await dialog.getByLabel('Metric').selectOption({ label: 'Partner-sourced revenue' });
  await expect(dialog).toContainText('Closed-won revenue on opportunities the partner created');
  await dialog.getByLabel('Value', { exact: true }).fill('4.200,00');
  await dialog.getByRole('button', { name: 'Add entry' }).click();
  await expect(dialog.getByText('Enter an amount like 1,234.50, with digits only.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Metric entries: sourced and influenced revenue, deals won and lost, certified people.
  await performance.addEntry('Partner-sourced revenue', '4,200.00', 'Contoso renewal');
  await performance.addEntry('Partner-influenced revenue', '1,500.00');
  await performance.addEntry('Deals won', '3');
  await performance.addEntry('Deals lost', '2');
  await performance.addEntry('Certified people', '3');
  await expect(performance.entryRow('Partner-sourced revenue')).toContainText('€4,200.00');
  await expect(performance.entryRow('Partner-sourced revenue')).toContainText('Contoso renewal');

  // Editing an entry: two deals lost were one.
  await performance.entryRow('Deals lost').getByRole('button', { name: 'Edit' }).click();
  const edit = performance.dialog('Edit metric entry');
  await edit.getByLabel('Value', { exact: true }).fill('1');
  await edit.getByRole('button', { name: 'Save entry' }).click();
  await expect(edit).toHaveCount(0);

  // The return, shown plainly, sourced and influenced each on its own.
  await expect(performance.returns).toContainText('€4.20 sourced revenue per €1 invested');
  await expect(performance.returns).toContainText('€1.50 influenced revenue per €1 invested');
  await expect(performance.returns).toContainText('€350.00 sourced revenue per hour invested');
  await expect(performance.results).toContainText('75% (3 won, 1 lost)');
  const quarter = performance.results.getByRole('table', { name: 'Revenue by quarter' });
  await expect(quarter.getByRole('row').nth(1)).toContainText('€4,200.00');
  await expect(quarter.getByRole('row').nth(1)).toContainText('€1,500.00');

  // Health: engagement 0 (weight 20), enablement 100 (15), relationship 0 (10); the money
  // components are left out without targets: 15 × 100 ÷ 45 = 33, red. With data, the computed
  // score replaces the recorded one, and says so.
  await expect(performance.health).toContainText('Health score 33');
  await expect(performance.health).toContainText('The recorded score of 72 (typed in or imported)');
  await expect(performance.health).toContainText('Red: at risk (under 50)');
  await expect(performance.health).toContainText('Scored on 45% of the weight');
  await expect(performance.component('Revenue')).toContainText('Left out');
  await expect(performance.component('Revenue')).toContainText(
    'Set a yearly revenue target in the workbook’s currency to score revenue.',
  );
  await expect(performance.component('Revenue')).toContainText('sourced €4,200.00');
  await expect(performance.component('Revenue')).toContainText('influenced €1,500.00');
  await expect(performance.component('Enablement')).toContainText('100');
  await expect(performance.component('Enablement')).toContainText('15%');
  await expect(performance.component('Enablement')).toContainText('3 certified people');

  // This branch has no Settings screen, so no tier programme can be set as a user would.
  await expect(performance.tier).toContainText('No tier programme yet.');

  // Deleting an entry can be undone from the toast.
  await performance.entryRow('Certified people').getByRole('button', { name: 'Delete' }).click();
  await expect(performance.health).toContainText('Health score 0');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(performance.health).toContainText('Health score 33');

  // Back in the panel, the tab shows the same figures at a glance.
  await page.getByRole('button', { name: 'Back to partners' }).click();
  await expect(performance.panel.getByRole('tabpanel', { name: 'Performance' })).toBeVisible();
  await expect(performance.health).toContainText('Health score 33');
  await expect(performance.panel).toContainText('75% (3 won, 1 lost)');
  await expect(performance.panel).toContainText('€4.20 sourced revenue per €1 invested');
});

test('a metric of the user’s own is defined once and takes entries in its unit', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const performance = new PerformancePage(page);
  await partners.goto();
  await partners.startNewPartner();
  await partners.field('Name').fill(NAME);
  await partners.createPartner();
  await partners.expectSaved();
  await performance.openTab();
  await performance.openView(NAME);

  await performance.metrics.getByRole('button', { name: 'New metric' }).click();
  const define = performance.dialog('New metric');
  await define.getByLabel('Metric name').fill('Joint webinars');
  await define.getByLabel('Unit', { exact: true }).selectOption({ label: 'Count (whole numbers)' });
  await define.getByLabel('Leading or lagging').selectOption({ label: 'Leading' });
  await define.getByRole('button', { name: 'Create metric' }).click();
  await expect(define).toHaveCount(0);
  await expect(performance.metrics.getByRole('list', { name: 'Your metrics' })).toContainText(
    'Joint webinars',
  );

  await performance.metrics.getByText('What the built-in metrics mean').click();
  await expect(performance.metrics).toContainText('Never added to sourced revenue.');

  await performance.addEntry('Joint webinars', '2');
  await expect(performance.entryRow('Joint webinars')).toContainText('2');
});
