import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { readXlsx } from '../../shared/files/tabular/xlsx-read';
import { peopleWorkbookFile } from './fixtures/people-workbook';
import { PartnersPage } from './pages/partners-page';
import { WorkbookSearchPage } from './pages/workbook-search-page';

const fileMenu = async (page: Page, item: string) => {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('group', { name: 'File' }).getByRole('button', { name: item }).click();
};

test('a workbook file with people opens; the header search finds each kind, and Excel export has their sheets', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  await partners.goto();
  const chooser = page.waitForEvent('filechooser');
  await fileMenu(page, 'Open workbook file…');
  await (
    await chooser
  ).setFiles({
    name: 'People demo.partnerbook',
    mimeType: 'application/json',
    buffer: Buffer.from(peopleWorkbookFile(), 'utf8'),
  });
  await expect(
    page.getByText('Opened “People demo.partnerbook” as the workbook “People demo”.'),
  ).toBeVisible();
  await partners.expectCount(2, 2);

  // One surname: a partner's contact, a stakeholder, a customer's feedback and who decided.
  const search = new WorkbookSearchPage(page);
  await search.box.fill('tamm');
  await expect(search.group('Partners').getByRole('listitem')).toHaveText(['Baltic Data']);
  await expect(search.group('Stakeholders').getByRole('listitem')).toHaveText([
    /Jaan Tamm\s*Head of integrations · Engineering/,
  ]);
  await expect(search.group('Feedback').getByRole('listitem')).toHaveText([
    /Kadri Tamm · Tallinn Port\s*2025-12-02 · Onboarding/,
  ]);
  await expect(search.group('Decisions').getByRole('listitem')).toHaveText([
    /Lead the joint pitch with speed of setup\.\s*2025-12-10 · decided by Liis Tamm/,
  ]);

  // Choosing a result opens it where it lives.
  await search.choose('Stakeholders', /Jaan Tamm/);
  await expect(search.currentSection()).toHaveText('Alliances');
  await expect(search.results).toHaveCount(0);
  await search.box.fill('kadri');
  await search.choose('Feedback', /Kadri Tamm/);
  await expect(search.currentSection()).toHaveText('Voice');
  await search.box.fill('liis');
  await search.choose('Partners', 'Baltic Data');
  await expect(partners.panel).toBeVisible();
  await expect(partners.field('Name')).toHaveValue('Baltic Data');
  await partners.closePanel();

  // A word in nothing says so.
  await search.box.fill('zanzibar');
  await expect(search.results.getByRole('status')).toHaveText(
    'Nothing in this workbook matches “zanzibar”.',
  );
  await search.box.press('Escape');
  await expect(search.box).toHaveValue('');

  // Excel export: the people sheets, with labels and names, read back from the file.
  await fileMenu(page, 'Export…');
  await page
    .getByRole('dialog')
    .getByRole('radio', { name: /Excel workbook/ })
    .check();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Export' }).click();
  const bytes = new Uint8Array(await readFile(await (await download).path()));
  const stakeholders = await readXlsx(bytes, { sheet: 'Stakeholders' });
  expect(stakeholders.sheetNames.slice(-5)).toEqual([
    'Intelligence',
    'Feedback',
    'Decisions',
    'Stakeholders',
    'Asks',
  ]);
  expect(stakeholders.headers.slice(0, 6)).toEqual([
    'Name',
    'Team',
    'Role',
    'Influence',
    'Stance',
    'Partners',
  ]);
  expect(stakeholders.rows[0]?.slice(0, 6)).toEqual([
    'Jaan Tamm',
    'Engineering',
    'Head of integrations',
    'High influence',
    'Skeptic',
    'Baltic Data',
  ]);
  const decisions = await readXlsx(bytes, { sheet: 'Decisions' });
  expect(decisions.rows[0]?.slice(1, 4)).toEqual([
    'Partnership',
    'Baltic Data',
    'Lead the joint pitch with speed of setup.',
  ]);
  const intelligence = await readXlsx(bytes, { sheet: 'Intelligence' });
  expect(intelligence.rows[0]?.slice(0, 2)).toEqual(['Baltic Data', 'Competition']);
});
