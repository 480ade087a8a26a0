import {
  companyGoalSchema,
  type CompanyGoal,
} from '../../../../shared/domain/strategy/company-goal';
import type { Validated } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { StrategyStore } from './strategy-store';

/**
 * The company's goals, edited in the workbook's settings. Deleting a goal leaves the objectives
 * that serve it as they are (earlier plans are read-only); they then show the goal as deleted.
 */
export class CompanyGoalRepo {
  private readonly store: StrategyStore<CompanyGoal>;

  constructor(db: WorkbookDatabase, feed: ChangeFeed) {
    this.store = new StrategyStore(db, feed, 'companyGoals', companyGoalSchema);
  }

  /** Every goal, by the start of its period. */
  list(): Promise<CompanyGoal[]> {
    return this.store.table.orderBy('period.start').toArray();
  }

  /** One goal, or undefined. */
  get(id: string): Promise<CompanyGoal | undefined> {
    return this.store.get(id);
  }

  /** Validates and creates a goal. */
  create(fields: unknown): Promise<Validated<CompanyGoal>> {
    return this.store.create(fields);
  }

  /** Validates and replaces a goal's fields. */
  update(id: string, fields: unknown): Promise<Validated<CompanyGoal>> {
    return this.store.update(id, fields);
  }

  /** Deletes a goal (with a tombstone) and returns it for undo. */
  remove(id: string): Promise<CompanyGoal | undefined> {
    return this.store.remove(id);
  }

  /** Puts back a deleted goal. */
  restore(goal: CompanyGoal): Promise<void> {
    return this.store.restore(goal);
  }
}
