import { expect, test } from '@playwright/test';
import { PartnersPage } from './pages/partners-page';

test('a partner needs a valid name, email and score before anything is written', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  await partners.startNewPartner();

  await partners.createPartner();
  await expect(partners.panel.getByText('A partner needs a name.')).toBeVisible();

  await partners.field('Name').fill('Fjord Analytics Partners');
  await partners.field('Recorded health score').fill('140');
  await partners.panel.getByRole('button', { name: 'Add contact' }).click();
  await partners.field('Contact name').fill('Ingrid Solberg');
  await partners.field('Email').fill('ingrid-at-fjord');
  await partners.createPartner();
  await expect(partners.panel.getByText('Health score must be from 0 to 100.')).toBeVisible();
  await expect(
    partners.panel.getByText('Enter an email address like name@company.com.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your workbook is empty' })).toBeVisible();

  await partners.field('Recorded health score').fill('72');
  await partners.field('Email').fill('ingrid@fjord-analytics.example');
  await partners.createPartner();
  await expect(
    partners.panel.getByRole('heading', { name: 'Fjord Analytics Partners', level: 2 }),
  ).toBeVisible();
  await partners.expectCount(1, 1);
  await expect(partners.row('Fjord Analytics Partners')).toContainText('72');
});

test('edits save at once and survive a reload; a bad edit shows why and is not written', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  await partners.startNewPartner();
  await partners.field('Name').fill('Harbor Cloud Resellers');
  await partners.panel.getByRole('checkbox', { name: 'Reseller / VAR' }).check();
  await partners.createPartner();
  await partners.expectSaved();

  await partners.field('Lifecycle stage').selectOption({ label: 'Onboarding' });
  await partners.field('Owner').fill('Maya Lindqvist');
  await partners.field('Tags').fill('co-sell, marketplace');
  await partners.expectSaved();

  await partners.field('Website').fill('not a site');
  await expect(
    partners.panel.getByText('Enter a web address like https://partner.com.'),
  ).toBeVisible();
  await expect(partners.panel.getByRole('status')).toHaveText(
    'Not saved: fix the highlighted fields',
  );

  await page.reload();
  await partners.expectCount(1, 1);
  const row = partners.row('Harbor Cloud Resellers');
  await expect(row).toContainText('Onboarding');
  await expect(row).toContainText('Maya Lindqvist');
  await expect(row).toContainText('co-sell, marketplace');
  await partners.open('Harbor Cloud Resellers');
  await expect(partners.field('Website')).toHaveValue('');
  await expect(partners.panel.getByRole('checkbox', { name: 'Reseller / VAR' })).toBeChecked();
});

test('search, filter and sort narrow and order the table, with a shown/total count', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  await partners.openSample();
  const total = await partners.dataRows().count();

  await partners.search.fill('zzzz-nothing');
  await expect(page.getByText('No partners match these filters.')).toBeVisible();
  await partners.expectCount(0, total);
  await partners.search.fill('');

  await partners.filter('Stage', 'Active');
  const stages = await partners.columnValues(2);
  expect(stages.length).toBeGreaterThan(0);
  expect(new Set(stages)).toEqual(new Set(['Active']));
  await partners.expectCount(stages.length, total);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await partners.expectCount(total, total);

  // Name, A to Z, is the default order; a click reverses it.
  const nameHeader = partners.table.getByRole('columnheader', { name: 'Name' });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  const byName = (a: string, b: string) =>
    a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });
  const names = await partners.columnValues(0);
  expect(names).toEqual([...names].sort(byName));
  await partners.sortBy('Name');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  expect(await partners.columnValues(0)).toEqual([...names].reverse());

  await partners.sortBy('Health (recorded)');
  await expect(
    partners.table.getByRole('columnheader', { name: 'Health (recorded)' }),
  ).toHaveAttribute('aria-sort', 'descending');
  const scores = (await partners.columnValues(7)).filter((s) => s !== '').map(Number);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));

  const firstName = names[0] ?? '';
  await partners.search.fill(firstName.split(' ')[0] ?? '');
  await expect(partners.row(firstName)).toBeVisible();
  expect(await partners.dataRows().count()).toBeLessThan(total);

  await page.getByRole('button', { name: 'Columns' }).click();
  await page
    .getByRole('group', { name: 'Visible columns' })
    .getByRole('checkbox', { name: 'Industry' })
    .uncheck();
  await page.keyboard.press('Escape');
  await expect(partners.table.getByRole('columnheader', { name: 'Industry' })).toHaveCount(0);
});

test('deleting a partner can be undone, contacts and all', async ({ page }) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  await partners.startNewPartner();
  await partners.field('Name').fill('Keystone Integrators');
  await partners.panel.getByRole('button', { name: 'Add contact' }).click();
  await partners.field('Contact name').fill('Tomás Ruiz');
  await partners.createPartner();
  await partners.expectSaved();

  await partners.panel.getByRole('button', { name: 'Delete partner' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Deleted “Keystone Integrators”.' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your workbook is empty' })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(partners.row('Keystone Integrators')).toBeVisible();
  await partners.open('Keystone Integrators');
  await expect(partners.field('Contact name')).toHaveValue('Tomás Ruiz');

  await page.reload();
  await partners.expectCount(1, 1);
});

test('the search box also finds partners by words in their notes and by their contacts', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  await partners.openSample();
  const total = await partners.dataRows().count();

  await partners.search.fill('regulatory');
  await expect(partners.row('Tasman Data Co.')).toBeVisible();
  await expect(partners.dataRows()).not.toHaveCount(total);

  await partners.search.fill('Aroha Ngata');
  await expect(partners.row('Tasman Data Co.')).toBeVisible();
  await expect(partners.dataRows()).toHaveCount(1);
});
