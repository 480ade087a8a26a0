import { expect, test, type Page } from '@playwright/test';
import { PartnersPage } from './pages/partners-page';
import { PositioningPage } from './pages/positioning-page';
import { daysAgo, VoicePage } from './pages/voice-page';

async function createPartner(page: Page, name: string): Promise<void> {
  const partners = new PartnersPage(page);
  await partners.startNewPartner();
  await partners.field('Name').fill(name);
  await partners.createPartner();
  await partners.expectSaved();
}

test('partner intelligence: dated entries, a stale one flagged, and the market across partners', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const voice = new VoicePage(page);
  await partners.goto();
  await createPartner(page, 'Northwind Integrations');
  await voice.openIntelligenceTab();
  await expect(voice.intelSection('Customers')).toContainText('No accounts yet');

  await voice.addIntel(
    'Competition',
    { Competitor: 'Acme Cloud', 'Kind of competition': 'Partner’s competing alliance' },
    { link: 'acme.example/partners' },
  );
  await voice.addIntel(
    'Trends',
    { Trend: 'Buyers consolidate vendors', Impact: 'High impact' },
    { observedAt: daysAgo(400), note: 'Call with their CTO' },
  );
  await voice.addIntel('Customers', {
    Account: 'Nordic Retail',
    'Account status': 'Target account',
    Segment: 'Mid-market retail',
  });

  // The entry over 180 days old is flagged with its age; the fresh ones are not.
  const stale = voice.intelEntry('Trends', 'Buyers consolidate vendors');
  await expect(stale).toContainText('Stale · 400 days old');
  await expect(stale).toContainText('High impact');
  await expect(stale).toContainText('Source: Call with their CTO');
  const acme = voice.intelEntry('Competition', 'Acme Cloud');
  await expect(acme).not.toContainText('Stale');
  await expect(acme.getByRole('link', { name: 'https://acme.example/partners' })).toBeVisible();
  await expect(voice.intelEntry('Customers', 'Nordic Retail')).toContainText(
    'Target account · Mid-market retail',
  );

  // A bad link is refused beside the field and nothing is added.
  await voice.intelSection('Channels').getByRole('button', { name: 'Add to Channels' }).click();
  const channel = voice.dialog('New entry in Channels');
  await channel.getByLabel('Route to market').fill('Resellers');
  await channel.getByLabel('Source', { exact: true }).selectOption({ label: 'Link' });
  await channel.getByLabel('Link', { exact: true }).fill('javascript:alert(1)');
  await channel.getByRole('button', { name: 'Add entry' }).click();
  await expect(channel.getByText('Only http:// and https:// links are allowed.')).toBeVisible();
  await channel.getByRole('button', { name: 'Cancel' }).click();
  await expect(voice.intelSection('Channels')).toContainText('No channels yet');

  // Editing: the trend is now of medium impact; deleting offers an undo.
  await stale.getByRole('button', { name: 'Edit Buyers consolidate vendors' }).click();
  const edit = voice.dialog('Edit entry in Trends');
  await edit.getByLabel('Impact').selectOption({ label: 'Medium impact' });
  await edit.getByRole('button', { name: 'Save entry' }).click();
  await expect(edit).toHaveCount(0);
  await expect(stale).toContainText('Medium impact');
  await acme.getByRole('button', { name: 'Delete Acme Cloud' }).click();
  await expect(acme).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: 'Deleted the competition entry' }),
  ).toContainText('Deleted the competition entry “Acme Cloud”.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(acme).toBeVisible();

  // A second partner sees the same competitor (written differently).
  await createPartner(page, 'Baltic Data');
  await voice.openIntelligenceTab();
  await voice.addIntel('Competition', {
    Competitor: 'acme  cloud',
    'Kind of competition': 'Competes with the joint offer',
  });
  await voice.addIntel('Trends', {
    Trend: 'Marketplaces take a bigger share',
    Impact: 'Low impact',
  });
  await partners.closePanel();

  // The market: each competitor with the partners it is seen at, trends by impact, stale flagged.
  await voice.openSection('Market');
  await expect(page.getByRole('heading', { name: 'Market', level: 2 })).toBeVisible();
  const competition = page.getByRole('table', { name: 'Competition' });
  const acmeRow = competition.getByRole('row').filter({ hasText: 'Acme Cloud' });
  await expect(competition.getByRole('row')).toHaveCount(2);
  await expect(acmeRow.getByRole('button', { name: 'Northwind Integrations' })).toBeVisible();
  await expect(acmeRow.getByRole('button', { name: 'Baltic Data' })).toBeVisible();
  await expect(acmeRow).toContainText(
    'Competes with the joint offer; Partner’s competing alliance',
  );
  const medium = page.getByRole('table', { name: 'Medium impact trends' });
  await expect(
    medium.getByRole('row').filter({ hasText: 'Buyers consolidate vendors' }),
  ).toContainText('Stale · 400 days old');
  await expect(page.getByRole('table', { name: 'Low impact trends' })).toContainText(
    'Marketplaces take a bigger share',
  );

  // Filters: hide stale entries; only one partner.
  await page.getByLabel('Hide stale entries').check();
  await expect(medium).toHaveCount(0);
  await page.getByLabel('Hide stale entries').uncheck();
  await page.getByLabel('Partner', { exact: true }).selectOption({ label: 'Baltic Data' });
  await expect(acmeRow.getByRole('button', { name: 'Northwind Integrations' })).toHaveCount(0);
  await expect(medium).toHaveCount(0);
  await page.getByLabel('Partner', { exact: true }).selectOption({ label: 'All partners' });

  // A partner's name opens its intelligence.
  await acmeRow.getByRole('button', { name: 'Northwind Integrations' }).click();
  await expect(voice.panel.getByRole('heading', { name: 'Northwind Integrations' })).toBeVisible();
  await expect(voice.intelEntry('Trends', 'Buyers consolidate vendors')).toBeVisible();
});

test('the voice of partners and customers: feedback, decisions with and without it, and evidence for an iteration', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const positioning = new PositioningPage(page);
  const voice = new VoicePage(page);
  await partners.goto();
  await createPartner(page, 'Northwind Integrations');

  // A positioning draft with one iteration, for feedback to be evidence for.
  await partners.panel.getByRole('tab', { name: 'Positioning' }).click();
  await partners.panel.getByRole('button', { name: 'New positioning draft' }).click();
  await positioning.createDraft({ title: 'Northwind pitch', template: 'Positioning statement' });
  await positioning.field('Target customer').fill('mid-market retailers');
  await positioning.expectWorkingCopySaved();
  await positioning.saveIteration('First cut.');

  await voice.openSection('Voice');
  await expect(
    page.getByRole('heading', { name: 'Voice of partners and customers', level: 2 }),
  ).toBeVisible();
  await voice.recordFeedback({
    'Who said it': 'Customer',
    Name: 'Ana Tamm',
    Organisation: 'Nordic Retail',
    'What they said': 'Setup took a week; we need faster onboarding.',
    Theme: 'Onboarding',
    Sentiment: 'Negative',
    Partner: 'Northwind Integrations',
    'Positioning draft': 'Northwind pitch (Northwind Integrations)',
    Iteration: 'Iteration 1: Northwind pitch',
  });
  await voice.recordFeedback({
    Name: 'Mark Lee',
    'What they said': 'The new price list is easy to sell.',
    Theme: 'Pricing',
    Sentiment: 'Positive',
  });
  const ana = voice.feedbackRow('Ana Tamm');
  await expect(ana).toContainText('“Setup took a week; we need faster onboarding.”');
  await expect(ana).toContainText('Ana Tamm, Nordic Retail');
  await expect(ana).toContainText('Negative');
  await expect(ana.getByRole('button', { name: 'Northwind Integrations' })).toBeVisible();
  await expect(ana).toContainText('Evidence for Northwind pitch, iteration 1');

  // Filters narrow the log.
  const filters = page.getByRole('group', { name: 'Feedback filters' });
  await filters.getByLabel('Sentiment').selectOption({ label: 'Positive' });
  await expect(voice.feedbackRow('Ana Tamm')).toHaveCount(0);
  await expect(voice.feedbackRow('Mark Lee')).toBeVisible();
  await filters.getByLabel('Sentiment').selectOption({ label: 'Any sentiment' });
  await filters.getByLabel('Theme').selectOption({ label: 'Onboarding' });
  await expect(voice.feedbackRow('Mark Lee')).toHaveCount(0);
  await filters.getByLabel('Theme').selectOption({ label: 'All themes' });

  // A decision linked to Ana's feedback, and one made without any voice.
  await voice.recordDecision(
    {
      Partner: 'Northwind Integrations',
      Context: 'Onboarding takes too long for new joint customers.',
      'Options considered': 'Fund an onboarding sprint\nWait for the next release',
      Decision: 'Fund a two-day onboarding sprint',
      'Decided by': 'Liis Kask',
    },
    ['Ana Tamm'],
  );
  await voice.recordDecision({
    About: 'Product for partners',
    Context: 'Margins are under pressure.',
    Decision: 'Raise the partner discount to 25%',
    'Decided by': 'Liis Kask',
  });
  const backed = voice.decision('Fund a two-day onboarding sprint');
  const unbacked = voice.decision('Raise the partner discount to 25%');
  await expect(unbacked).toContainText('Made without partner or customer voice');
  await expect(backed).not.toContainText('Made without partner or customer voice');
  await expect(backed).toContainText('Backed by partner or customer voice: 1 feedback entry');
  await expect(backed.getByRole('list', { name: 'Linked feedback' })).toContainText(
    '“Setup took a week; we need faster onboarding.” Ana Tamm, Nordic Retail',
  );
  await expect(backed).toContainText('Wait for the next release');
  await expect(ana).toContainText('Informed: “Fund a two-day onboarding sprint”');

  // Only the decisions made without voice.
  await page.getByLabel('Only decisions made without voice').check();
  await expect(unbacked).toBeVisible();
  await expect(backed).toHaveCount(0);
  await page.getByLabel('Only decisions made without voice').uncheck();

  // Deleting the feedback leaves the decision without voice; the undo brings it back.
  await ana.getByRole('button', { name: 'Delete' }).click();
  await expect(backed).toContainText('Made without partner or customer voice');
  await expect(backed).toContainText('(1 linked feedback entry deleted since)');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(backed).toContainText('Backed by partner or customer voice: 1 feedback entry');

  // The iteration lists its evidence, which opens the feedback in the log.
  await voice.openSection('Positioning');
  await page.getByRole('button', { name: 'Northwind pitch' }).click();
  await positioning.iteration(1).getByRole('button', { name: 'View iteration 1' }).click();
  const evidence = positioning.main.getByRole('region', { name: 'Feedback as evidence' });
  await expect(evidence).toContainText('“Setup took a week; we need faster onboarding.”');
  await expect(evidence).toContainText('Ana Tamm, Nordic Retail');
  await evidence
    .getByRole('button', { name: '“Setup took a week; we need faster onboarding.”' })
    .click();
  await expect(voice.feedbackRow('Ana Tamm')).toBeFocused();
});
