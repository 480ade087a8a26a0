import { expect, type Locator, type Page } from '@playwright/test';

/** A colleague as the stakeholder dialog takes them. */
export interface StakeholderEntry {
  name: string;
  team: string;
  role?: string;
  influence: 'High influence' | 'Medium influence' | 'Low influence';
  stance: string;
  /** Partners found by typing this and ticking the match of the same name. */
  partners?: string[];
  lastMet?: string;
}

/** An ask as the ask dialog takes it. */
export interface AskEntry {
  what: string;
  why?: string;
  colleague: string;
  status: string;
  askedOn?: string;
  partner?: string;
  outcome?: string;
}

/** The Alliances screen: stakeholders, the influence × stance grid and the asks, by role and label. */
export class AlliancesPage {
  readonly stakeholders: Locator;
  readonly table: Locator;
  readonly gridSection: Locator;
  readonly grid: Locator;
  readonly asks: Locator;

  constructor(readonly page: Page) {
    this.stakeholders = page.getByRole('region', { name: 'Stakeholders', exact: true });
    this.table = page.getByRole('table', { name: 'Stakeholders', exact: true });
    this.gridSection = page.getByRole('region', { name: 'Influence and stance' });
    this.grid = page.getByRole('table', { name: 'Stakeholders by influence and stance' });
    this.asks = page.getByRole('region', { name: 'Asks', exact: true });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Alliances' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Alliances', level: 2 })).toBeVisible();
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** The stakeholder table's row of a person. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name, exact: true }),
    });
  }

  /** The names in the table, top to bottom. */
  names(): Promise<string[]> {
    return this.table.locator('tbody').getByRole('rowheader').allTextContents();
  }

  /** The grid's cell at an influence (row) and stance (column, counted from champion). */
  cell(influence: string, stanceIndex: number): Locator {
    return this.grid
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: influence }) })
      .getByRole('cell')
      .nth(stanceIndex);
  }

  async fillStakeholder(dialog: Locator, entry: StakeholderEntry): Promise<void> {
    await dialog.getByLabel('Name', { exact: true }).fill(entry.name);
    if (entry.role !== undefined) await dialog.getByLabel('Role').fill(entry.role);
    await dialog.getByLabel('Team').selectOption({ label: entry.team });
    await dialog.getByLabel('Influence').selectOption({ label: entry.influence });
    await dialog
      .getByLabel('Stance toward the partner programme')
      .selectOption({ label: entry.stance });
    if (entry.lastMet !== undefined) await dialog.getByLabel('Last met').fill(entry.lastMet);
    for (const partner of entry.partners ?? []) {
      await dialog.getByRole('searchbox', { name: 'Find a partner' }).fill(partner.slice(0, 5));
      await dialog
        .getByRole('group', { name: 'Matching partners' })
        .getByRole('checkbox', { name: partner, exact: true })
        .check();
    }
  }

  async addStakeholder(entry: StakeholderEntry): Promise<void> {
    await this.stakeholders.getByRole('button', { name: 'Add stakeholder' }).click();
    const dialog = this.dialog('Add a stakeholder');
    await this.fillStakeholder(dialog, entry);
    await dialog.getByRole('button', { name: 'Add stakeholder' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(this.row(entry.name)).toBeVisible();
  }

  async addAsk(entry: AskEntry): Promise<void> {
    await this.asks.getByRole('button', { name: 'Add ask' }).click();
    const dialog = this.dialog('Add an ask');
    await dialog.getByLabel('What you need').fill(entry.what);
    if (entry.why !== undefined) await dialog.getByLabel('Why it matters').fill(entry.why);
    await dialog.getByLabel('Colleague').selectOption({ label: entry.colleague });
    await dialog.getByLabel('Status').selectOption({ label: entry.status });
    if (entry.askedOn !== undefined) await dialog.getByLabel('Asked on').fill(entry.askedOn);
    if (entry.partner !== undefined) {
      await dialog.getByRole('searchbox', { name: 'Find a partner' }).fill(entry.partner);
      await dialog
        .getByRole('group', { name: 'Matching partners' })
        .getByRole('checkbox', { name: entry.partner, exact: true })
        .check();
    }
    if (entry.outcome !== undefined) await dialog.getByLabel('Outcome').fill(entry.outcome);
    await dialog.getByRole('button', { name: 'Add ask' }).click();
    await expect(dialog).toHaveCount(0);
  }

  /** The asks table's row of an ask. */
  askRow(what: string): Locator {
    return this.asks.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name: what, exact: true }),
    });
  }
}
