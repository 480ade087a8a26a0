import { expect, test } from '@playwright/test';
import { HistoryPage } from './pages/history-page';
import { PartnersPage } from './pages/partners-page';
import { PerformancePage } from './pages/performance-page';

const NAME = 'Fjord Systems';

// The app shows dates in the browser's locale; fixing it lets the test say what it expects.
test.use({ locale: 'en-GB' });

// A date as the app shows it in that locale (formatDate: the UTC day).
const shown = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(iso));

test('stage and tier changes are dated in the partner’s history, and a back-dated one stays so after a reload', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const performance = new PerformancePage(page);
  const history = new HistoryPage(page);
  const today = new Date().toISOString().slice(0, 10);

  await partners.goto();
  await partners.startNewPartner();
  await partners.field('Name').fill(NAME);
  await partners.field('Lifecycle stage').selectOption({ label: 'Onboarding' });
  await partners.createPartner();
  await partners.expectSaved();

  // Two edits, each saved at once: each is a dated change.
  await partners.field('Lifecycle stage').selectOption({ label: 'Active' });
  await partners.expectSaved();
  await partners.field('Tier').selectOption({ label: 'Silver' });
  await partners.expectSaved();

  await performance.openTab();
  await performance.openView(NAME);
  await expect(history.row('Stage: Onboarding → Active')).toContainText(shown(today));
  await expect(history.row('Tier: No tier → Silver')).toContainText(shown(today));
  await expect(history.row('Stage: Onboarding')).toHaveCount(2);
  await expect(history.card).toContainText('Active for 0 days.');

  // The silver tier took effect at the programme review on 1 March.
  await history.backDate('Tier: No tier → Silver', '2026-03-01', 'Programme review');
  await expect(history.row('Tier: No tier → Silver')).toContainText(shown('2026-03-01'));
  await expect(history.row('Tier: No tier → Silver')).toContainText('Programme review');

  await page.reload();
  await partners.open(NAME);
  await performance.openTab();
  await performance.openView(NAME);
  const silver = history.row('Tier: No tier → Silver');
  await expect(silver).toContainText(shown('2026-03-01'));
  await expect(silver).toContainText('Programme review');
  // Latest in effect first: the back-dated tier change now comes after today's stage change.
  await expect(history.table.getByRole('row').nth(1)).toContainText('Stage: Onboarding → Active');
});

test('a sample partner’s history starts with its first stage and tier, which can be back-dated', async ({
  page,
}) => {
  const partners = new PartnersPage(page);
  const performance = new PerformancePage(page);
  const history = new HistoryPage(page);
  const sample = 'Baltic Data Integrators';
  const today = new Date().toISOString().slice(0, 10);

  // The sample is written in bulk: its partners' first records are derived, not stored.
  await partners.goto();
  await partners.openSample();
  await partners.open(sample);
  await partners.field('Lifecycle stage').selectOption({ label: 'Active' });
  await partners.expectSaved();

  await performance.openTab();
  await performance.openView(sample);
  await expect(history.row('Stage: Growing → Active')).toContainText(shown(today));
  await expect(history.row('Stage: Growing')).toHaveCount(2);
  await expect(history.row('Tier: Platinum')).toHaveCount(1);

  await history.backDate('Tier: Platinum', '2022-01-10', 'Signed the reseller agreement');
  await page.reload();
  await partners.open(sample);
  await performance.openTab();
  await performance.openView(sample);
  const platinum = history.row('Tier: Platinum');
  await expect(platinum).toContainText(shown('2022-01-10'));
  await expect(platinum).toContainText('Signed the reseller agreement');
  await expect(history.row('Stage: Growing')).toHaveCount(2);
});
