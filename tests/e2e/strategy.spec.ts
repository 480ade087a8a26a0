import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { PartnersPage } from './pages/partners-page';
import { PerformancePage } from './pages/performance-page';
import { PlansPage } from './pages/plans-page';
import { SettingsPage } from './pages/settings-page';

// The whole path in one session: goals, a plan serving them, investments and metrics,
// the health score and a suggested tier change, and the dashboard that reads all of it.
const NAME = 'Baltic Cloud Partners';
const YEAR = String(new Date().getFullYear());
const PERIOD = { start: `${YEAR}-01-01`, end: `${YEAR}-12-31` };

test('goals, a plan serving them, investments and metrics, health, a tier suggestion and the dashboard', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const partners = new PartnersPage(page);
  const settings = new SettingsPage(page);
  const plans = new PlansPage(page);
  const performance = new PerformancePage(page);
  const dashboard = new DashboardPage(page);
  await partners.goto();

  // The programme: Silver is called "Select" and needs a health score of 30; Gold "Premier", 80.
  await settings.goto();
  await settings.useTier('Silver', 'Select', 30);
  await settings.useTier('Gold', 'Premier', 80);
  await settings.save('Tier programme');
  await settings.expectSaved('Tier programme');

  await plans.gotoGoals();
  await plans.addGoal({
    title: 'Grow sourced revenue',
    measure: 'Partner-sourced revenue',
    unit: 'Money (EUR)',
    target: '500,000',
    ...PERIOD,
  });
  await plans.addGoal({
    title: 'Certify the channel',
    measure: 'Certified people',
    unit: 'Count',
    target: '40',
    ...PERIOD,
  });

  // A partner with a plan: two objectives, one serving each goal.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Partners' })
    .click();
  await partners.startNewPartner();
  await partners.field('Name').fill(NAME);
  await partners.createPartner();
  await partners.expectSaved();
  await partners.panel.getByRole('tab', { name: 'Plan' }).click();
  await partners.panel.getByRole('button', { name: 'Start a plan' }).click();
  await plans.createPlan(PERIOD.start, PERIOD.end, `${NAME} · ${YEAR}`);
  await plans.addObjective(1, {
    title: 'Sourced revenue from the joint offer',
    goal: 'Grow sourced revenue',
    measure: 'Sourced revenue',
    unit: 'Money (EUR)',
    quarters: [['25,000', '12,500']],
  });
  await plans.addObjective(2, {
    title: 'Certified engineers at the partner',
    goal: 'Certify the channel',
    measure: 'Certified engineers',
    unit: 'Count',
    quarters: [['4', '3']],
  });
  await plans.expectSaved();
  await expect(plans.objective(1)).toContainText('Grow sourced revenue');
  await plans.gotoGoals();
  await expect(plans.goalCard('Grow sourced revenue')).toContainText(NAME);
  await expect(plans.goalCard('Certify the channel')).toContainText(NAME);

  // Investments and metrics, from the partner's performance view.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Partners' })
    .click();
  await partners.open(NAME);
  await performance.openTab();
  await performance.openView(NAME);
  await performance.logMoney('2,500.00', 'Co-marketing', 'Co-marketing');
  await performance.logTime('10', 'Ana Ruiz', 'Enablement');
  await performance.addEntry('Partner-sourced revenue', '12,500.00');
  await performance.addEntry('Partner-influenced revenue', '4,000.00');
  await performance.addEntry('Certified people', '3');
  await expect(performance.returns).toContainText('€5.00 sourced revenue per €1 invested');
  await expect(performance.returns).toContainText('€1.60 influenced revenue per €1 invested');

  // Health: enablement 100 × 15 of the 45% scored without money targets = 33, red; the
  // programme then suggests Select (30 and over) for a partner with no tier.
  await expect(performance.health).toContainText('Health score 33');
  await expect(performance.health).toContainText('Red: at risk (under 50)');
  await expect(performance.component('Enablement')).toContainText('3 certified people');
  await expect(performance.tier).toContainText('Select');

  // The dashboard sees the same partner: revenue by quarter kept apart, the tier to review.
  await dashboard.open();
  expect(await dashboard.listNames('Tier differs from the suggestion')).toEqual([NAME]);
  const revenue = await dashboard.rows(await dashboard.showData('Revenue by quarter'));
  expect(revenue.at(-1)?.slice(1)).toEqual(['12,500', '4,000']);
  const health = await dashboard.rows(await dashboard.showData('Health distribution'));
  expect(health.find((row) => row[0]?.startsWith('Red'))?.[1]).toBe('1');

  // Applying the suggestion clears the list.
  await dashboard
    .list('Tier differs from the suggestion')
    .getByRole('button', { name: NAME })
    .click();
  await performance.openTab();
  await performance.openView(NAME);
  await performance.tier.getByRole('button', { name: 'Apply suggested tier (Select)' }).click();
  await expect(performance.tier.getByRole('button', { name: /Apply suggested tier/ })).toHaveCount(
    0,
  );
  await dashboard.open();
  await expect(dashboard.list('Tier differs from the suggestion')).not.toContainText(NAME);
  const tiers = await dashboard.rows(await dashboard.showData('Partners by tier'));
  expect(tiers.find((row) => row[0] === 'Select')?.[1]).toBe('1');
});
