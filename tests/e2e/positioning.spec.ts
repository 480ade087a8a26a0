import { expect, test } from '@playwright/test';
import { PartnersPage } from './pages/partners-page';
import { PositioningPage } from './pages/positioning-page';

test('a partner draft keeps every iteration: compare, restore, approve, and all of it survives a reload', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const partners = new PartnersPage(page);
  const positioning = new PositioningPage(page);
  await partners.goto();
  await partners.startNewPartner();
  await partners.field('Name').fill('Northwind Integrators');
  await partners.createPartner();
  await partners.expectSaved();

  await partners.panel.getByRole('tab', { name: 'Positioning' }).click();
  await expect(
    partners.panel.getByText('No positioning for Northwind Integrators yet.'),
  ).toBeVisible();
  await partners.panel.getByRole('button', { name: 'New positioning draft' }).click();
  await positioning.createDraft({
    title: 'Northwind sales pitch',
    audience: 'Partner’s sales team',
    template: 'Positioning statement',
  });

  await positioning.field('Target customer').fill('mid-market finance teams');
  await positioning.field('Need or opportunity').fill('close the books in days, not weeks');
  await positioning.field('Product name').fill('Quillmetric Close');
  await positioning.field('Product category').fill('financial close platform');
  await positioning.field('Key benefit').fill('automates reconciliations end to end');
  await positioning.field('Primary competitive alternative').fill('spreadsheets');
  await positioning.field('Primary differentiation').fill('matches every transaction as it posts.');
  await expect(page.getByRole('region', { name: 'Statement preview' })).toContainText(
    'For mid-market finance teams who close the books in days, not weeks, Quillmetric Close is a financial close platform that automates reconciliations end to end. Unlike spreadsheets, our product matches every transaction as it posts.',
  );
  await positioning.expectWorkingCopySaved();
  await positioning.saveIteration('First cut from the kickoff workshop.');
  await expect(positioning.iteration(1)).toContainText('First cut from the kickoff workshop.');

  await positioning.field('Key benefit').fill('cuts reconciliation work by 80 percent');
  await positioning.saveIteration('Sales asked for a number.', 'Win-loss interviews, Q3');
  await positioning.field('Primary competitive alternative').fill('their ERP’s close module');
  // Ctrl+S opens the same dialog as the button.
  await positioning.field('Primary competitive alternative').press('Control+s');
  await page
    .getByRole('dialog')
    .getByLabel('Why this change')
    .fill('Spreadsheets are no longer the main rival.');
  await page.getByRole('dialog').getByRole('button', { name: 'Save iteration' }).click();
  await expect(positioning.iteration(3)).toContainText('Latest');

  // Saving again with nothing changed is refused with a reason.
  await page
    .getByRole('toolbar', { name: 'Draft actions' })
    .getByRole('button', { name: 'Save iteration' })
    .click();
  await page.getByRole('dialog').getByLabel('Why this change').fill('Nothing new');
  await page.getByRole('dialog').getByRole('button', { name: 'Save iteration' }).click();
  await expect(
    page.getByRole('dialog').getByText('Nothing has changed since iteration 3.'),
  ).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  // Compare iteration 1 with iteration 2: the key benefit changed word by word.
  await page
    .getByRole('toolbar', { name: 'Draft actions' })
    .getByRole('button', { name: 'Compare' })
    .click();
  await page
    .getByLabel('From', { exact: true })
    .selectOption({ label: 'Iteration 1: First cut from the kickoff workshop.' });
  await page
    .getByLabel('To', { exact: true })
    .selectOption({ label: 'Iteration 2: Sales asked for a number.' });
  const benefit = page.getByRole('region', { name: 'Key benefit', exact: true });
  await expect(benefit.getByLabel('Key benefit, before').locator('del')).toContainText([
    'automates',
  ]);
  await expect(benefit.getByLabel('Key benefit, after').locator('ins')).toContainText(['cuts']);
  await expect(page.getByRole('region', { name: 'Primary competitive alternative' })).toHaveCount(
    0,
  );
  await expect(page.getByText(/^1 field changed: /)).toBeVisible();

  // Restore iteration 1: a new iteration 4 with the old content.
  await positioning.iteration(1).getByRole('button', { name: 'Restore iteration 1' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore iteration 1' }).click();
  await expect(positioning.iteration(4)).toContainText('Restored iteration 1.');

  // Any iteration can be viewed and copied as Markdown.
  await positioning.iteration(2).getByRole('button', { name: 'View iteration 2' }).click();
  await expect(
    page.getByRole('heading', { name: 'Iteration 2: Northwind sales pitch' }),
  ).toBeVisible();
  await expect(positioning.main).toContainText('Win-loss interviews, Q3');
  await page
    .getByRole('toolbar', { name: 'Iteration actions' })
    .getByRole('button', { name: 'Copy as Markdown' })
    .click();
  await expect(page.getByText('Copied iteration 2 as Markdown.')).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain('# Northwind sales pitch');
  expect(markdown).toContain('cuts reconciliation work by 80 percent');
  await page.getByRole('button', { name: 'Back to editing' }).click();
  // The working copy now holds iteration 1's content again, back in the editor.
  await expect(positioning.field('Key benefit')).toHaveValue(
    'automates reconciliations end to end',
  );
  await expect(positioning.field('Primary competitive alternative')).toHaveValue('spreadsheets');

  await positioning.setStatus('Approved');
  await expect(page.getByText('Status changed to Approved.')).toBeVisible();
  await expect(positioning.history.getByText('Approved')).toBeVisible();

  await page.reload();
  await positioning.gotoList();
  const row = positioning.drafts.getByRole('row').filter({ hasText: 'Northwind sales pitch' });
  await expect(row).toContainText('Northwind Integrators');
  await expect(row).toContainText('Approved');
  await expect(row.getByRole('cell').nth(5)).toHaveText('4');
  await row.getByRole('button', { name: 'Northwind sales pitch' }).click();
  await expect(positioning.field('Key benefit')).toHaveValue(
    'automates reconciliations end to end',
  );
  for (const n of [1, 2, 3, 4]) await expect(positioning.iteration(n)).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Partners' })
    .click();
  await expect(partners.row('Northwind Integrators')).toContainText('Approved');
});

test('drafts start from every template, and approving a second draft for the same audience retires the first', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const positioning = new PositioningPage(page);
  await partners.goto();
  await positioning.gotoList();
  await expect(page.getByText('No positioning drafts yet.')).toBeVisible();

  const newDraft = async (title: string, template: string) => {
    await positioning.gotoList();
    await page.getByRole('button', { name: 'New company draft' }).click();
    await positioning.createDraft({ title, template, audience: 'Internal' });
  };

  await newDraft('Canvas 2027', 'Positioning canvas');
  await positioning.main.getByRole('button', { name: 'Add to Competitive alternatives' }).click();
  await positioning.field('Competitive alternatives 1').fill('Manual reconciliation');
  await positioning.field('Competitive alternatives 1').press('Enter');
  await positioning.field('Competitive alternatives 2').fill('ERP add-ons');
  await positioning.main.getByRole('button', { name: 'Add to Value themes' }).click();
  await positioning.field('Value themes 1').fill('Close faster');
  await positioning
    .field('Proof for Value themes 1')
    .fill('Acme closed in 3 days\nBeta cut 40 hours');
  await positioning.field('Market category').fill('Financial close automation');
  await positioning.saveIteration('Canvas from the strategy offsite.');
  await expect(positioning.iteration(1)).toBeVisible();

  await newDraft('House of messages', 'Message house');
  await positioning.field('Core message').fill('Close with confidence.');
  for (const [n, pillar] of ['Speed', 'Accuracy', 'Control'].entries()) {
    await positioning.main.getByRole('button', { name: 'Add to Pillars' }).click();
    await positioning.field(`Pillars ${n + 1}`).fill(pillar);
  }
  await positioning.saveIteration('Three pillars agreed with product marketing.');

  await newDraft('Joint offer with Northwind', 'Joint value proposition');
  await positioning
    .field('What the joint offer does for the customer')
    .fill('One close, one week.');
  await positioning.field('Neither alone').fill('Neither has both the ledger and the bank feeds.');
  await positioning.saveIteration('First joint draft.');

  await newDraft('Open notes', 'Blank');
  await positioning.main.getByLabel('New field name').fill('Why now');
  await positioning.main.getByRole('button', { name: 'Add field' }).click();
  await positioning.field('Why now').fill('Audit deadlines moved up.');
  await positioning.saveIteration('Started a free-form draft.');

  await newDraft('Company statement', 'Positioning statement');
  await positioning.field('Target customer').fill('finance teams');
  await positioning.saveIteration('Seed.');
  await positioning.setStatus('Approved');
  await expect(page.getByText('Status changed to Approved.')).toBeVisible();

  await newDraft('Company statement v2', 'Positioning statement');
  await positioning.field('Target customer').fill('finance and audit teams');
  await positioning.saveIteration('Broader audience.');
  await positioning.setStatus('Approved');
  const confirm = page.getByRole('dialog', { name: 'Replace the approved positioning?' });
  await expect(confirm).toContainText('“Company statement” is the approved positioning');
  await confirm.getByRole('button', { name: 'Approve and retire “Company statement”' }).click();
  await expect(page.getByText('Status changed to Approved.')).toBeVisible();

  // Two drafts compare the same way as two iterations.
  await page
    .getByRole('toolbar', { name: 'Draft actions' })
    .getByRole('button', { name: 'Compare' })
    .click();
  await page
    .getByLabel('From', { exact: true })
    .selectOption({ label: 'Company statement — company' });
  await page.getByLabel('To', { exact: true }).selectOption({ label: 'Working copy' });
  const target = page.getByRole('region', { name: 'Target customer', exact: true });
  await expect(target.getByLabel('Target customer, after').locator('ins')).toContainText([
    'and audit',
  ]);

  // A field over 100,000 characters is refused with a message, and nothing is written.
  await page.getByRole('button', { name: 'Back to editing' }).click();
  await positioning.field('Product name').fill('x'.repeat(100_001));
  await expect(
    positioning.main.getByText(
      /“Product name” holds 100,001 characters; a field holds at most 100,000/,
    ),
  ).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Not saved: fix the highlighted fields' }),
  ).toBeVisible();
  await positioning.field('Product name').fill('Quillmetric');
  await positioning.expectWorkingCopySaved();

  await positioning.gotoList();
  await expect(positioning.drafts.getByRole('row')).toHaveCount(7);
  const statusOf = (title: string) =>
    positioning.drafts
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: title, exact: true }) });
  await expect(statusOf('Company statement')).toContainText('Retired');
  await expect(statusOf('Company statement v2')).toContainText('Approved');
  await expect(statusOf('Canvas 2027')).toContainText('Positioning canvas');
  await expect(statusOf('Open notes')).toContainText('Blank');

  // A new partner draft can start from the company positioning.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Partners' })
    .click();
  await page.getByRole('button', { name: 'New partner' }).first().click();
  await partners.field('Name').fill('Fabrikam Systems');
  await partners.createPartner();
  await partners.panel.getByRole('tab', { name: 'Positioning' }).click();
  await partners.panel.getByRole('button', { name: 'New positioning draft' }).click();
  await page.getByRole('dialog').getByRole('radio', { name: 'The company positioning' }).check();
  await page
    .getByRole('dialog')
    .getByLabel('Company draft')
    .selectOption({ label: 'Company statement v2 (Internal)' });
  await positioning.createDraft({ title: 'Fabrikam positioning' });
  await expect(positioning.field('Target customer')).toHaveValue('finance and audit teams');
});

test('a partner brief shows the profile, contacts and approved positioning, and copies as Markdown', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const partners = new PartnersPage(page);
  const positioning = new PositioningPage(page);
  await partners.goto();
  await partners.startNewPartner();
  await partners.field('Name').fill('Contoso Channel');
  await partners.panel.getByRole('button', { name: 'Add contact' }).click();
  await partners.field('Contact name').fill('Dana Reyes');
  await partners.field('Email').fill('dana@contoso.example');
  await partners.createPartner();
  await partners.expectSaved();
  await partners.panel.getByRole('tab', { name: 'Positioning' }).click();
  await partners.panel.getByRole('button', { name: 'New positioning draft' }).click();
  await positioning.createDraft({ title: 'Contoso pitch', template: 'Positioning statement' });
  await positioning.field('Target customer').fill('retail chains');
  await positioning.saveIteration('First version.');
  await positioning.setStatus('Approved');
  await expect(page.getByText('Status changed to Approved.')).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Partners' })
    .click();
  await partners.open('Contoso Channel');
  await partners.panel.getByRole('button', { name: 'Partner brief' }).click();
  const brief = page.getByRole('article', { name: 'Contoso Channel' });
  await expect(brief.getByText('Dana Reyes')).toBeVisible();
  await expect(brief.getByRole('region', { name: 'Contoso pitch' })).toContainText(
    'For retail chains who',
  );
  await page
    .getByRole('toolbar', { name: 'Brief actions' })
    .getByRole('button', { name: 'Copy as Markdown' })
    .click();
  await expect(page.getByText('Copied the brief as Markdown.')).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain('# Contoso Channel');
  expect(markdown).toContain('- **Dana Reyes**: dana@contoso.example');
  expect(markdown).toContain('### Contoso pitch');
});
