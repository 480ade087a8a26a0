import { z } from 'zod';
import { optionalText, recordBaseSchema } from '../record';
import { checkMeasureValue, measureUnitSchema, type MeasureUnit } from './measure';
import { periodSchema } from './period';

/**
 * A company goal for a period ("Grow new ARR to €4M in FY2026"), edited in the workbook's settings
 * and stored one record per goal, so that partner objectives link to it by id and a merge can
 * reconcile goals one by one.
 */

const goalFields = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: 'A goal needs a title.' })
    .max(200, { error: 'A title is at most 200 characters.' }),
  /** What is measured, in words: "New ARR", "Customers live on the integration". */
  measure: z
    .string()
    .trim()
    .min(1, { error: 'Say what the goal measures.' })
    .max(200, { error: 'A measure is at most 200 characters.' }),
  target: z.number({ error: 'The target must be a number.' }),
  unit: measureUnitSchema,
  period: periodSchema,
  notes: optionalText(5000, 'Notes'),
});

const targetFitsUnit = (
  goal: { target: number; unit: MeasureUnit },
  ctx: z.RefinementCtx,
): void => {
  const problem = checkMeasureValue(goal.target, goal.unit);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', path: ['target'], message: problem });
};

/** The editable fields of a company goal. */
export const companyGoalInputSchema = goalFields.superRefine(targetFitsUnit);

/** Company goal fields before validation. */
export type CompanyGoalInput = z.input<typeof companyGoalInputSchema>;

/** A stored company goal. */
export const companyGoalSchema = recordBaseSchema
  .extend(goalFields.shape)
  .superRefine(targetFitsUnit);

/** A stored company goal. */
export type CompanyGoal = z.infer<typeof companyGoalSchema>;
