import { expect, test } from '@playwright/test';
import { chooseFile, exportWorkbookFile } from './pages/file-menu';
import { PartnersPage } from './pages/partners-page';

async function editOwner(partners: PartnersPage, partner: string, owner: string) {
  await partners.open(partner);
  await partners.field('Owner').fill(owner);
  await partners.expectSaved();
  await partners.closePanel();
}

test('a colleague’s copy merges back: one-sided changes come in, a conflict is resolved field by field, a second merge changes nothing', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  await partners.openSample();
  const original = await exportWorkbookFile(page);

  // The colleague's copy: opened from the file, then changed.
  await chooseFile(page, 'Open workbook file…', 'From Maya.partnerbook', original);
  await expect(page.getByText('Opened “From Maya.partnerbook”')).toBeVisible();
  await editOwner(partners, 'Baltic Data Integrators', 'Luis Ortega');
  await partners.open('Albion Channel Distribution');
  await partners.field('Lifecycle stage').selectOption({ label: 'Growing' });
  await partners.expectSaved();
  await partners.closePanel();
  const theirs = await exportWorkbookFile(page);

  // Back in the original, the same partner's owner changed differently.
  await page.getByRole('button', { name: /^Workbook: .*Switch workbook$/ }).click();
  await page
    .getByRole('list', { name: 'Workbooks' })
    .getByRole('button', { name: 'My workbook', exact: true })
    .first()
    .click();
  await partners.expectCount(25, 25);
  await editOwner(partners, 'Baltic Data Integrators', 'Ilze Kalnina');

  await chooseFile(page, 'Merge workbook file…', 'Changes from Luis.partnerbook', theirs);
  const review = page.getByRole('dialog', { name: 'Merge “Changes from Luis.partnerbook”' });
  await expect(
    review.getByRole('list', { name: 'Changes taken from their workbook' }),
  ).toContainText('partner');
  const conflict = review.getByRole('group', { name: 'Partner: Baltic Data Integrators' });
  await expect(conflict).toContainText('Ilze Kalnina');
  await expect(conflict).toContainText('Luis Ortega');
  await expect(review.getByRole('button', { name: 'Merge' })).toBeDisabled();
  await conflict.getByRole('radio', { name: 'Owner: theirs' }).check();
  await review.getByRole('button', { name: 'Merge' }).click();
  await expect(
    page.getByText('Merged “Changes from Luis.partnerbook”, 1 conflict resolved as you chose.'),
  ).toBeVisible();
  await expect(partners.row('Baltic Data Integrators')).toContainText('Luis Ortega');
  await expect(partners.row('Albion Channel Distribution')).toContainText('Growing');

  await chooseFile(page, 'Merge workbook file…', 'Changes from Luis.partnerbook', theirs);
  await expect(
    page.getByText(
      '“Changes from Luis.partnerbook” has nothing this workbook does not already have.',
    ),
  ).toBeVisible();
});
