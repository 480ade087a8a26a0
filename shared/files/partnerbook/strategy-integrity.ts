import { isBuiltInMetric } from '../../domain/strategy/metric';
import type { ProblemList } from './problems';
import type { IntegrityTables } from './integrity-keys';
import type { SnapshotTableName } from './snapshot';

/**
 * The cross-record checks of the strategy tables (see integrity.ts): a plan's, an investment's,
 * a metric entry's, a QBR's and a stage or tier change's partner must be in the file (they are
 * deleted with it), every id is unique, and an objective's company goal or an entry's custom metric must be in the file or recorded as
 * deleted (deleting a goal leaves the objectives that named it as they were, read-only plans
 * included; they then show the goal as deleted).
 */

/** What the strategy checks need from the general ones: ids by table, and a uniqueness check. */
export interface StrategyChecks {
  partners: ReadonlySet<string>;
  unique: (table: SnapshotTableName, ids: readonly string[]) => Set<string>;
  owner: (table: SnapshotTableName, owners: readonly string[], known: ReadonlySet<string>) => void;
}

/** Adds a problem for each duplicate id and dangling reference of the strategy tables. */
export function checkStrategyIntegrity(
  tables: IntegrityTables,
  checks: StrategyChecks,
  problems: ProblemList,
): void {
  const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
  const deleted = new Set(ids(tables.tombstones));
  const goals = checks.unique('companyGoals', ids(tables.companyGoals));
  checks.unique('partnerPlans', ids(tables.partnerPlans));
  checks.unique('investments', ids(tables.investments));
  checks.unique('metricEntries', ids(tables.metricEntries));
  const metrics = checks.unique('customMetrics', ids(tables.customMetrics));
  const partnerOf = (records: readonly { partnerId: string }[]) =>
    records.map((record) => record.partnerId);
  checks.owner('partnerPlans', partnerOf(tables.partnerPlans), checks.partners);
  checks.owner('investments', partnerOf(tables.investments), checks.partners);
  checks.owner('metricEntries', partnerOf(tables.metricEntries), checks.partners);
  checks.unique('templates', ids(tables.templates));
  checks.unique('qbrs', ids(tables.qbrs));
  checks.owner('qbrs', partnerOf(tables.qbrs), checks.partners);
  checks.unique('partnerChanges', ids(tables.partnerChanges));
  checks.owner('partnerChanges', partnerOf(tables.partnerChanges), checks.partners);

  tables.partnerPlans.forEach((plan, index) => {
    plan.objectives.forEach((objective, at) => {
      const goal = objective.companyGoalId;
      if (goal === undefined || goals.has(goal) || deleted.has(goal)) return;
      problems.add(
        ['tables', 'partnerPlans', index, 'objectives', at, 'companyGoalId'],
        `this objective serves company goal “${goal}”, which is neither in the file nor deleted.`,
      );
    });
  });
  tables.metricEntries.forEach((entry, index) => {
    const { metric } = entry;
    if (isBuiltInMetric(metric) || metrics.has(metric) || deleted.has(metric)) return;
    problems.add(
      ['tables', 'metricEntries', index, 'metric'],
      `this entry is of custom metric “${metric}”, which is neither in the file nor deleted.`,
    );
  });
}
