import { expect, type Locator, type Page } from '@playwright/test';

/** A company goal as the goal dialog takes it. */
export interface GoalInput {
  title: string;
  measure: string;
  /** As the Unit select reads: "Money (EUR)", "Count", "Percent", "Other unit". */
  unit: string;
  target: string;
  start: string;
  end: string;
}

/** An objective as the plan view takes it; quarters as [target, actual] from Q1. */
export interface ObjectiveInput {
  title: string;
  goal: string;
  measure: string;
  unit: string;
  quarters: [string, string][];
}

/** The goals screen and the partner plan view as a user sees them: roles and labels only. */
export class PlansPage {
  readonly plan: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.plan = page.getByRole('region', { name: 'Partner plan' });
    this.dialog = page.getByRole('dialog');
  }

  async gotoGoals(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Goals' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Company goals', level: 2 })).toBeVisible();
  }

  /** Fills the goal dialog (already open) and submits it. */
  async fillGoal(goal: GoalInput, submit = 'Add goal'): Promise<void> {
    const d = this.dialog;
    await d.getByLabel('Title', { exact: true }).fill(goal.title);
    await d.getByLabel('Measure', { exact: true }).fill(goal.measure);
    await d.getByLabel('Unit', { exact: true }).selectOption({ label: goal.unit });
    await d.getByLabel('Target', { exact: true }).fill(goal.target);
    await d.getByLabel('Period starts').fill(goal.start);
    await d.getByLabel('Period ends').fill(goal.end);
    await d.getByRole('button', { name: submit }).click();
  }

  async addGoal(goal: GoalInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add goal' }).click();
    await this.fillGoal(goal);
    await expect(this.dialog).toHaveCount(0);
    await expect(this.goalCard(goal.title)).toBeVisible();
  }

  goalCard(title: string): Locator {
    return this.page.getByRole('article', { name: title, exact: true });
  }

  /** Creates a plan from the new-plan dialog (already open), landing in the plan view. */
  async createPlan(start: string, end: string, heading: string): Promise<void> {
    await this.dialog.getByLabel('Period starts').fill(start);
    await this.dialog.getByLabel('Period ends').fill(end);
    await this.dialog.getByRole('button', { name: 'Create plan' }).click();
    await expect(this.plan.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
  }

  field(label: string): Locator {
    return this.plan.getByLabel(label, { exact: true });
  }

  objective(number: number): Locator {
    return this.plan.getByRole('group', { name: new RegExp(`^Objective ${number}:`) });
  }

  async addObjective(number: number, objective: ObjectiveInput): Promise<void> {
    await this.plan.getByRole('button', { name: 'Add objective' }).click();
    const card = this.objective(number);
    await card.getByLabel('Objective', { exact: true }).fill(objective.title);
    await card.getByLabel('Serves company goal').selectOption({ label: objective.goal });
    await card.getByLabel('Measure', { exact: true }).fill(objective.measure);
    await card.getByLabel('Unit', { exact: true }).selectOption({ label: objective.unit });
    for (const [index, [target, actual]] of objective.quarters.entries()) {
      await card.getByLabel(`Q${index + 1} target`).fill(target);
      if (actual !== '') await card.getByLabel(`Q${index + 1} actual`).fill(actual);
    }
  }

  async expectSaved(): Promise<void> {
    await expect(this.plan.getByRole('status')).toHaveText('All changes saved');
  }

  async setStatus(label: string): Promise<void> {
    await this.field('Plan status').selectOption({ label });
  }
}
