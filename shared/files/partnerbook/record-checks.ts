import type { z } from 'zod';
import type { PositioningDraft, PositioningIteration } from '../../domain/positioning';
import { withPlainFields, type RecordCheck } from './fast-fields';
import { RECORD_SCHEMAS } from './partnerbook-schema';
import type { ProblemList } from './problems';
import type { SnapshotTableName, SnapshotTables } from './snapshot';

/**
 * The check of each record of a file on its own, table by table: what both ways of opening a file
 * run (decode.ts over a parsed file, stream-decode.ts over each batch of a streamed one).
 */

type RecordOf<T extends SnapshotTableName> = SnapshotTables[T][number];

type Checks = { [T in SnapshotTableName]: RecordCheck<RecordOf<T>> };

const zodCheck =
  <T>(schema: z.ZodType<T>): RecordCheck<T> =>
  (record) =>
    schema.safeParse(record);

/**
 * Each table's record check. Drafts and iterations, most of a large file, have their fields
 * checked the cheaper way (fast-fields.ts).
 */
export const RECORD_CHECKS: Checks = {
  partners: zodCheck(RECORD_SCHEMAS.partners),
  contacts: zodCheck(RECORD_SCHEMAS.contacts),
  positioningDrafts: withPlainFields<PositioningDraft>(RECORD_SCHEMAS.positioningDrafts),
  positioningIterations: withPlainFields<PositioningIteration>(
    RECORD_SCHEMAS.positioningIterations,
  ),
  positioningStatusChanges: zodCheck(RECORD_SCHEMAS.positioningStatusChanges),
  activities: zodCheck(RECORD_SCHEMAS.activities),
  companyGoals: zodCheck(RECORD_SCHEMAS.companyGoals),
  partnerPlans: zodCheck(RECORD_SCHEMAS.partnerPlans),
  investments: zodCheck(RECORD_SCHEMAS.investments),
  metricEntries: zodCheck(RECORD_SCHEMAS.metricEntries),
  customMetrics: zodCheck(RECORD_SCHEMAS.customMetrics),
  templates: zodCheck(RECORD_SCHEMAS.templates),
  qbrs: zodCheck(RECORD_SCHEMAS.qbrs),
  partnerChanges: zodCheck(RECORD_SCHEMAS.partnerChanges),
  intelligenceEntries: zodCheck(RECORD_SCHEMAS.intelligenceEntries),
  feedback: zodCheck(RECORD_SCHEMAS.feedback),
  decisions: zodCheck(RECORD_SCHEMAS.decisions),
  stakeholders: zodCheck(RECORD_SCHEMAS.stakeholders),
  asks: zodCheck(RECORD_SCHEMAS.asks),
  settings: zodCheck(RECORD_SCHEMAS.settings),
  tombstones: zodCheck(RECORD_SCHEMAS.tombstones),
  revisions: zodCheck(RECORD_SCHEMAS.revisions),
};

/**
 * Checks records of one table, the first of them at `first` in the file's list (for the paths of
 * problems), and returns those that pass, as their schemas return them. Stops once the problem
 * list is full: a file that broken is refused already. `onChecked` hears of each record checked.
 */
export function checkRecords<T extends SnapshotTableName>(
  table: T,
  records: readonly unknown[],
  first: number,
  problems: ProblemList,
  onChecked?: () => void,
): SnapshotTables[T] {
  const check = RECORD_CHECKS[table] as RecordCheck<RecordOf<T>>;
  const valid: RecordOf<T>[] = [];
  for (const [index, record] of records.entries()) {
    // A file this broken is refused already; checking the rest would only take time (a file of
    // a hundred thousand `{}` records took seconds to list every missing field of).
    if (problems.full) break;
    const parsed = check(record);
    if (parsed.success) valid.push(parsed.data);
    else problems.addIssues(['tables', table, first + index], parsed.error.issues);
    onChecked?.();
  }
  return valid as SnapshotTables[T];
}
