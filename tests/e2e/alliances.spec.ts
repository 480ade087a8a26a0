import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AlliancesPage } from './pages/alliances-page';
import { PartnersPage } from './pages/partners-page';

const PARTNER = 'Northwind Integrations';

/** A local calendar day `days` before today, as the date inputs take it: "2026-10-30". */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test('map stakeholders, find the high-influence skeptic, follow up stalled and declined asks, and export the business case', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const alliances = new AlliancesPage(page);
  await partners.goto();
  await partners.startNewPartner();
  await partners.field('Name').fill(PARTNER);
  await partners.createPartner();
  await partners.expectSaved();
  await partners.closePanel();

  await alliances.open();
  await expect(alliances.stakeholders).toContainText('No colleagues on the map yet.');

  // A stakeholder without a name or choices is refused beside each field; nothing is written.
  await alliances.stakeholders.getByRole('button', { name: 'Add stakeholder' }).click();
  const empty = alliances.dialog('Add a stakeholder');
  await empty.getByRole('button', { name: 'Add stakeholder' }).click();
  await expect(empty.getByText('A stakeholder needs a name.')).toBeVisible();
  await expect(empty.getByText('Choose a stance.')).toBeVisible();
  await empty.getByRole('button', { name: 'Cancel' }).click();

  await alliances.addStakeholder({
    name: 'Dana Reyes',
    team: 'Engineering',
    role: 'VP Engineering',
    influence: 'High influence',
    stance: 'Skeptic',
    partners: [PARTNER],
    lastMet: daysAgo(12),
  });
  await alliances.addStakeholder({
    name: 'Ari Berg',
    team: 'Sales',
    influence: 'Medium influence',
    stance: 'Champion',
  });
  await alliances.addStakeholder({
    name: 'Mo Chen',
    team: 'Finance',
    influence: 'High influence',
    stance: 'Supporter',
  });
  await expect(alliances.row('Dana Reyes')).toContainText(PARTNER);
  await expect(alliances.row('Dana Reyes')).toContainText('(12 days ago)');
  await expect(alliances.row('Dana Reyes')).toContainText('Win over');
  await expect(alliances.row('Ari Berg')).toContainText('Not met yet');

  // Sortable by column: by stance, champions first; again, blockers and skeptics first.
  await alliances.table.getByRole('button', { name: 'Stance' }).click();
  expect(await alliances.names()).toEqual(['Ari Berg', 'Mo Chen', 'Dana Reyes']);
  await alliances.table.getByRole('button', { name: 'Stance' }).click();
  expect(await alliances.names()).toEqual(['Dana Reyes', 'Mo Chen', 'Ari Berg']);

  // The grid: the high-influence skeptic stands out, named in the summary, and focuses on click.
  await expect(alliances.gridSection).toContainText(
    '1 high-influence skeptic or blocker: Dana Reyes.',
  );
  const skeptics = alliances.cell('High influence', 3);
  await expect(skeptics).toContainText('Win over');
  await expect(skeptics.getByRole('button', { name: 'Dana Reyes' })).toBeVisible();
  await expect(alliances.cell('High influence', 1)).toContainText('Mo Chen');
  await expect(alliances.cell('Medium influence', 0)).toContainText('Ari Berg');
  await skeptics.getByRole('button', { name: 'Dana Reyes' }).click();
  await expect(alliances.row('Dana Reyes')).toBeFocused();

  // Asks: one stalled (asked 30 days ago, no answer), one declined, one merely planned.
  const askedOn = daysAgo(30);
  await alliances.addAsk({
    what: 'Two engineers for the API integration',
    why: 'The integration unlocks joint deals',
    colleague: 'Dana Reyes (Engineering)',
    status: 'Asked',
    askedOn,
    partner: PARTNER,
  });
  await alliances.addAsk({
    what: 'Co-marketing budget line',
    colleague: 'Ari Berg (Sales)',
    status: 'Declined',
    askedOn: daysAgo(40),
    partner: PARTNER,
    outcome: 'No budget before Q3',
  });
  await alliances.addAsk({
    what: 'Finance review of the MDF rules',
    colleague: 'Mo Chen (Finance)',
    status: 'Planned',
  });
  await expect(alliances.asks).toContainText('3 asks shown.');
  await alliances.asks.getByLabel('Status').selectOption({ label: 'Planned' });
  await expect(alliances.asks).toContainText('1 ask shown.');
  await alliances.asks.getByLabel('Status').selectOption({ label: 'Any' });

  await alliances.asks.getByRole('button', { name: 'Declined and stalled' }).click();
  const followUp = alliances.asks.getByRole('table', { name: 'Declined and stalled asks' });
  await expect(followUp.locator('tbody').getByRole('row')).toHaveCount(2);
  await expect(alliances.askRow('Two engineers for the API integration')).toContainText(
    'Stalled: asked 30 days ago',
  );
  await expect(alliances.askRow('Co-marketing budget line')).toContainText('Declined');
  await expect(alliances.askRow('Finance review of the MDF rules')).toHaveCount(0);

  // Deleting a stakeholder takes their asks along, and Undo brings both back.
  await alliances.row('Mo Chen').getByRole('button', { name: 'Delete Mo Chen' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Deleted Mo Chen' });
  await expect(toast).toContainText('Deleted Mo Chen and 1 ask made of them.');
  await expect(alliances.row('Mo Chen')).toHaveCount(0);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(alliances.row('Mo Chen')).toBeVisible();
  await alliances.asks.getByRole('button', { name: 'Declined and stalled' }).click();
  await expect(alliances.askRow('Finance review of the MDF rules')).toBeVisible();

  // The business case, from the partner's panel: the asks for this partner, exported.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Partners' })
    .click();
  await partners.open(PARTNER);
  await partners.panel.getByRole('button', { name: 'Business case' }).click();
  const businessCase = page.getByRole('article', { name: `${PARTNER}: business case` });
  await expect(businessCase.getByRole('region', { name: 'The partnership' })).toContainText(
    'Sourced revenue, last 12 months',
  );
  await expect(businessCase.getByRole('region', { name: 'Plan objectives' })).toContainText(
    'No plan in progress or covering today.',
  );
  await expect(businessCase.getByRole('region', { name: 'Return on investment' })).toContainText(
    'No money was invested in this period.',
  );
  const asks = businessCase.getByRole('table', { name: 'Asks for this partner' });
  await expect(asks.locator('tbody').getByRole('row')).toHaveCount(2);
  await expect(asks).toContainText('Stalled: asked 30 days ago');

  const actions = page.getByRole('toolbar', { name: 'Business case actions' });
  await actions.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByText('Copied the business case as Markdown.')).toBeVisible();
  const download = page.waitForEvent('download');
  await actions.getByRole('button', { name: 'Save as Markdown…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${PARTNER} business case.md`);
  const markdown = await readFile(await file.path(), 'utf8');
  expect(markdown).toContain(`# ${PARTNER}: business case\n`);
  expect(markdown).toContain('## Approved positioning\n\n_No positioning has been approved yet._');
  expect(markdown).toContain(
    `- **Two engineers for the API integration**, of Dana Reyes: Asked · asked on ${askedOn} · Stalled: asked 30 days ago\n  - Why: The integration unlocks joint deals`,
  );
  expect(markdown).toContain(
    `- **Co-marketing budget line**, of Ari Berg: Declined · asked on ${daysAgo(40)}\n  - Outcome: No budget before Q3`,
  );
  expect(markdown).not.toContain('Finance review of the MDF rules');
});
