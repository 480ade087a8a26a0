import { z } from 'zod';
import { idSchema, timestampSchema } from './record';

/**
 * A tombstone records that a record was deleted, so that a merge can tell "deleted here" from
 * "never seen here" and deletions travel with a workbook file. It is keyed by the deleted
 * record's own id (ids are UUIDs, unique across tables).
 */

/** The tables whose deletions are recorded. */
export const TOMBSTONE_TABLES = [
  'partners',
  'contacts',
  'activities',
  'positioningDrafts',
  'companyGoals',
  'partnerPlans',
  'investments',
  'metricEntries',
  'customMetrics',
  'templates',
  'qbrs',
  'partnerChanges',
  'intelligenceEntries',
  'feedback',
  'decisions',
  'stakeholders',
  'asks',
] as const;

/** A table whose deletions are recorded. */
export type TombstoneTable = (typeof TOMBSTONE_TABLES)[number];

/** The record of one deletion: which record, from which table, and when. */
export const tombstoneSchema = z.object({
  /** The deleted record's id. */
  id: idSchema,
  table: z.enum(TOMBSTONE_TABLES),
  deletedAt: timestampSchema,
});

/** A stored tombstone. */
export type Tombstone = z.infer<typeof tombstoneSchema>;
