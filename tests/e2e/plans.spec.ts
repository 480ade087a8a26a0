import { expect, test } from '@playwright/test';
import { PartnersPage } from './pages/partners-page';
import { PlansPage } from './pages/plans-page';

// A past year, so that every quarter has ended and progress reads the same on any day.
const YEAR = { start: '2025-01-01', end: '2025-12-31' };

test('company goals, a partner plan serving them, progress, completion and the next plan', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const partners = new PartnersPage(page);
  const plans = new PlansPage(page);
  await partners.goto();

  // Goals, with the dialog's messages for what does not read.
  await plans.gotoGoals();
  await expect(page.getByText('No company goals yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Add goal' }).click();
  await plans.fillGoal({
    title: ' ',
    measure: 'New ARR',
    unit: 'Money (EUR)',
    target: '4,000,000.999',
    ...YEAR,
  });
  await expect(plans.dialog.getByText('A goal needs a title.')).toBeVisible();
  await expect(plans.dialog.getByText('EUR has 2 decimal places; enter at most 2.')).toBeVisible();
  await plans.dialog.getByRole('button', { name: 'Cancel' }).click();
  await plans.addGoal({
    title: 'Grow new ARR',
    measure: 'New ARR',
    unit: 'Money (EUR)',
    target: '4,000,000',
    ...YEAR,
  });
  await plans.addGoal({
    title: 'Customers live on the integration',
    measure: 'Live customers',
    unit: 'Count',
    target: '120',
    ...YEAR,
  });
  await plans.addGoal({
    title: 'Certify partner engineers',
    measure: 'Certified engineers',
    unit: 'Count',
    target: '50',
    ...YEAR,
  });
  await expect(plans.goalCard('Grow new ARR')).toContainText('target €4,000,000.00 · 2025');
  await expect(page.getByRole('status')).toHaveText(
    '3 goals · 3 not served by any partner objective',
  );

  // A partner, and its first plan from the panel's Plan tab.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Partners' })
    .click();
  await partners.startNewPartner();
  await partners.field('Name').fill('Northwind Integrators');
  await partners.createPartner();
  await partners.expectSaved();
  await partners.panel.getByRole('tab', { name: 'Plan' }).click();
  await expect(partners.panel.getByText('No plan for Northwind Integrators yet.')).toBeVisible();
  await partners.panel.getByRole('button', { name: 'Start a plan' }).click();
  await plans.createPlan(YEAR.start, YEAR.end, 'Northwind Integrators · 2025');

  await plans.field('Vision').fill('The integration every mid-market finance team runs on.');
  await plans.field('Plan owner (ours)').fill('Ana Ruiz');
  await plans.field('Executive sponsor (partner)').fill('Bo Lindqvist');
  await plans.addObjective(1, {
    title: 'Sourced new ARR',
    goal: 'Grow new ARR',
    measure: 'Closed-won ARR on registered deals',
    unit: 'Money (EUR)',
    quarters: [
      ['100,000', '120,000'],
      ['100,000', '80,000'],
      ['100,000', ''],
      ['100,000', ''],
    ],
  });
  await plans.addObjective(2, {
    title: 'Joint customers live',
    goal: 'Customers live on the integration',
    measure: 'Customers live',
    unit: 'Count',
    quarters: [['10', '12']],
  });
  await expect(plans.objective(1).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
  await expect(plans.objective(1)).toContainText('€200,000.00 of €400,000.00 (50%) · Behind');
  await expect(plans.objective(2)).toContainText('12 of 10 (120%) · Achieved');
  await plans.plan.getByRole('button', { name: 'Add QBR date' }).click();
  await plans.field('QBR 1').fill('2025-04-15');
  await plans.expectSaved();

  // The goal no objective serves stands out, here and on the goals screen.
  const gaps = plans.plan.getByRole('list', { name: 'Goals with no objective in this plan' });
  await expect(gaps).toHaveText('Certify partner engineers');
  await expect(
    plans.plan.getByRole('list', { name: 'Goals this plan contributes to' }),
  ).toContainText('Grow new ARR · Sourced new ARR');
  await plans.setStatus('In progress');
  await plans.expectSaved();

  await plans.gotoGoals();
  await expect(page.getByRole('status')).toHaveText(
    '3 goals · 1 not served by any partner objective',
  );
  const unserved = plans.goalCard('Certify partner engineers');
  await expect(unserved.getByText('Not served')).toBeVisible();
  await expect(unserved).toContainText('No partner objective serves this goal yet.');
  const served = plans.goalCard('Grow new ARR');
  await expect(served.getByRole('row', { name: /Northwind Integrators/ })).toContainText(
    'Sourced new ARR',
  );
  await expect(served.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');

  // Back to the plan from the goal that it serves.
  await served.getByRole('button', { name: 'Northwind Integrators' }).click();
  await expect(plans.objective(1)).toContainText('Behind');

  // Completed: kept as it was, every field read-only.
  await plans.setStatus('Completed');
  await expect(plans.plan.getByRole('status')).toHaveText('Read-only');
  await expect(plans.plan.getByRole('note')).toHaveText(
    'This plan is completed, so it is kept as it was and can no longer be edited.',
  );
  await expect(plans.field('Vision')).toBeDisabled();
  await expect(plans.objective(1).getByLabel('Q3 actual')).toBeDisabled();

  // The next period’s plan: an overlapping period is refused with a reason; objectives are copied
  // with their targets and without their actuals.
  await plans.plan.getByRole('button', { name: 'Start the next plan' }).click();
  await expect(plans.dialog.getByLabel('Period starts')).toHaveValue('2026-01-01');
  await expect(plans.dialog.getByLabel('Period ends')).toHaveValue('2026-12-31');
  await expect(plans.dialog.getByLabel('Start from').locator('option:checked')).toHaveText(
    'The objectives of the 2025 plan (targets kept, actuals cleared)',
  );
  await plans.dialog.getByLabel('Period starts').fill('2025-06-01');
  await plans.dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(plans.dialog.getByRole('alert')).toContainText(
    'This plan’s period overlaps another plan for this partner (2025)',
  );
  await plans.createPlan('2026-01-01', '2026-12-31', 'Northwind Integrators · 2026');
  await expect(plans.objective(1).getByLabel('Objective', { exact: true })).toHaveValue(
    'Sourced new ARR',
  );
  await expect(plans.objective(1).getByLabel('Q1 target')).toHaveValue('100000.00');
  await expect(plans.objective(1).getByLabel('Q1 actual')).toHaveValue('');
  await expect(plans.objective(2).getByLabel('Serves company goal')).toHaveValue(/.+/);
  await expect(plans.field('Vision')).toBeEnabled();
  const history = plans.plan.getByRole('list', { name: 'Plans for this partner' });
  await expect(history.getByRole('listitem')).toHaveText([
    /^2026\s*Draft$/,
    /^2025\s*Completed\s*read-only$/,
  ]);
});
