import { expect, test } from '@playwright/test';
import { PartnersPage } from './pages/partners-page';
import { PlansPage } from './pages/plans-page';
import { TemplatesPage } from './pages/templates-page';

async function addPartner(partners: PartnersPage, name: string): Promise<void> {
  await partners.startNewPartner();
  await partners.field('Name').fill(name);
  await partners.createPartner();
  await partners.expectSaved();
  await partners.closePanel();
}

test('browse the library, run a QBR from the agenda, save it as my template and reuse it', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const templates = new TemplatesPage(page);
  await partners.goto();
  await addPartner(partners, 'Fjord Analytics');

  await templates.goto();
  for (const kind of ['Positioning', 'Partner plans', 'QBR agendas', 'Partner scorecards']) {
    await expect(templates.section(kind)).toBeVisible();
  }
  await expect(templates.card('Positioning canvas')).toContainText('April Dunford');
  await expect(templates.preview('Joint business plan')).toContainText(
    'Grow partner-sourced pipeline',
  );
  await expect(templates.preview('Quarterly partner scorecard')).toContainText(
    'Close rate: target 30%, weight 10',
  );
  await expect(templates.preview('Quarterly business review')).toContainText(
    'Asks and escalations (10 min)',
  );

  await templates.use('Quarterly business review');
  await templates.startQbr('Fjord Analytics', 'Fjord Q1 review');
  await expect(templates.agendaItem(1)).toHaveValue('Welcome and goals for the meeting');
  await templates.agendaItem(2).fill('Last quarter against the joint plan');
  await templates.saveQbr();
  await templates.saveAsTemplate('Save agenda as template', 'Fjord QBR');

  await templates.goto();
  await expect(templates.card('Fjord QBR')).toContainText('Mine');
  await expect(templates.preview('Fjord QBR')).toContainText(
    'Last quarter against the joint plan (15 min)',
  );
  await templates.use('Fjord QBR');
  await templates.startQbr('Fjord Analytics', 'Fjord Q2 review');
  await expect(templates.agendaItem(2)).toHaveValue('Last quarter against the joint plan');

  // Both QBRs are listed with the partner, latest started first when dated the same day.
  await page.getByRole('button', { name: 'QBRs with Fjord Analytics' }).click();
  const list = page.getByRole('list', { name: 'QBRs' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('Fjord Q1 review');

  // The user's template can be renamed and deleted; built-in ones cannot.
  await templates.goto();
  await expect(
    templates.card('Quarterly business review').getByRole('button', { name: 'Delete' }),
  ).toHaveCount(0);
  await templates.card('Fjord QBR').getByRole('button', { name: 'Rename' }).click();
  await templates.dialog.getByLabel('Template name').fill('Fjord quarterly');
  await templates.dialog.getByRole('button', { name: 'Save' }).click();
  await templates.card('Fjord quarterly').getByRole('button', { name: 'Delete' }).click();
  await expect(templates.card('Fjord quarterly')).toHaveCount(0);
});

test('start a positioning draft from a template in the library', async ({ page }) => {
  const partners = new PartnersPage(page);
  const templates = new TemplatesPage(page);
  await partners.goto();
  await addPartner(partners, 'Lumen Systems');

  await templates.goto();
  await templates.use('Message house');
  await templates.choosePartner('Lumen Systems');
  await templates.dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(
    templates.dialog.getByText('Starts from the template “Message house”.'),
  ).toBeVisible();
  await templates.dialog.getByLabel('Title', { exact: true }).fill('Lumen message house');
  await templates.dialog.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { name: 'Lumen message house', level: 2 })).toBeVisible();
  await expect(page.getByText('Message house ·', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lumen Systems' })).toBeVisible();

  // The draft can go back into the library as a template of the user's.
  await page
    .getByRole('toolbar', { name: 'Draft actions' })
    .getByRole('button', { name: 'Save as template' })
    .click();
  await templates.dialog.getByLabel('Template name').fill('Lumen house');
  await templates.dialog.getByRole('button', { name: 'Save template' }).click();
  await templates.goto();
  await expect(
    templates.section('Positioning').getByRole('article', { name: 'Lumen house' }),
  ).toContainText('Method: Message house');
});

test('score a partner with the scorecard and save my own weights as a template', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const templates = new TemplatesPage(page);
  await partners.goto();
  await addPartner(partners, 'Granite Cloud');

  await templates.goto();
  await templates.use('Quarterly partner scorecard');
  await templates.choosePartner('Granite Cloud');
  await templates.dialog.getByRole('button', { name: 'Show scorecard' }).click();
  const table = page.getByRole('table', { name: 'Scorecard' });
  await expect(table.getByRole('row')).toHaveCount(8);
  // No data yet: every row with a figure scores nothing; the close rate has none.
  await expect(table.getByRole('row', { name: /Close rate/ })).toContainText('No closed deals');
  await expect(page.getByRole('status').filter({ hasText: 'Score 0 of 100' })).toBeVisible();

  await page.getByLabel('Deals won weight').fill('25');
  await expect(page.getByRole('status').filter({ hasText: 'add up to 110' })).toBeVisible();
  await page.getByLabel('Influenced revenue weight').fill('0');
  await page.getByLabel('Influenced revenue weight').fill('5');
  await page.getByLabel('Sourced revenue weight').fill('20');
  await expect(page.getByRole('status').filter({ hasText: 'Score 0 of 100' })).toBeVisible();
  await templates.saveAsTemplate('Save as template', 'Deal-heavy scorecard');
  await templates.goto();
  await expect(templates.preview('Deal-heavy scorecard')).toContainText(
    'Deals won: target 5, weight 25',
  );
});

test('start a plan from the built-in template, save it as my template, start another partner’s plan from it', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const templates = new TemplatesPage(page);
  const plans = new PlansPage(page);
  const year = new Date().getFullYear();
  await partners.goto();
  await addPartner(partners, 'Beacon Resellers');
  await partners.startNewPartner();
  await partners.field('Name').fill('Atlas Resellers');
  await partners.createPartner();
  await partners.expectSaved();

  // The first plan starts from the built-in joint business plan, its vision prompt as a hint.
  await partners.panel.getByRole('tab', { name: 'Plan' }).click();
  await partners.panel.getByRole('button', { name: 'Start a plan' }).click();
  const startFrom = plans.dialog.getByLabel('Start from');
  await expect(startFrom.locator('option:checked')).toHaveText('A blank plan');
  await startFrom.selectOption({ label: 'Joint business plan (built-in template)' });
  await expect(plans.dialog).toContainText('The template asks: What will we and the partner');
  await plans.createPlan(`${year}-01-01`, `${year}-12-31`, `Atlas Resellers · ${year}`);
  const title = (n: number) => plans.objective(n).getByLabel('Objective', { exact: true });
  await expect(title(1)).toHaveValue('Grow partner-sourced pipeline');
  await expect(title(4)).toHaveValue('Win joint customers');

  // Made the user's own, then saved as a template.
  await title(4).fill('Win joint customers in retail');
  await plans.objective(1).getByLabel('Q1 target').fill('50000');
  await plans.expectSaved();
  await templates.saveAsTemplate('Save as template', 'Reseller plan');

  // The library lists it as mine, without figures, and starts Beacon's plan from it.
  await templates.goto();
  await expect(templates.card('Reseller plan')).toContainText('Mine');
  await expect(templates.preview('Reseller plan')).toContainText('Win joint customers in retail');
  await templates.use('Reseller plan');
  await templates.choosePartner('Beacon Resellers');
  await templates.dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(
    templates.dialog.getByRole('heading', { name: 'New plan for Beacon Resellers' }),
  ).toBeVisible();
  await expect(startFrom.locator('option:checked')).toHaveText('Reseller plan (my template)');
  await plans.createPlan(`${year}-01-01`, `${year}-12-31`, `Beacon Resellers · ${year}`);
  await expect(title(1)).toHaveValue('Grow partner-sourced pipeline');
  await expect(title(4)).toHaveValue('Win joint customers in retail');
  await expect(plans.objective(1).getByLabel('Q1 target')).toHaveValue('');
  await expect(plans.objective(5)).toHaveCount(0);
});
