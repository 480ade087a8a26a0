import { z } from 'zod';
import { idSchema, optionalText, recordBaseSchema } from '../record';
import { isoDateSchema } from './iso-date';
import { checkMeasureValue, measureUnitSchema } from './measure';
import { periodQuarters, periodSchema, type Period } from './period';

/**
 * A partner plan (joint business plan) for one partner and one period: the vision, objectives
 * tied to company goals with quarterly targets and actuals, sponsors, target accounts, QBR dates
 * and risks. Quarter numbers count from the plan's start (see period.ts), so a fiscal-year plan
 * works as well as a calendar one. The rules on which plan is active live in plan-rules.ts.
 */

/** A plan's status, in the order a plan moves through them. */
export const PLAN_STATUSES = ['draft-outline', 'draft', 'in-progress', 'completed'] as const;

/** A plan's status. */
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Where an objective stands, as its owners set it (progress is computed separately). */
export const OBJECTIVE_STATUSES = [
  'not-started',
  'in-progress',
  'achieved',
  'missed',
  'dropped',
] as const;

/** An objective's status. */
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

/**
 * How quarterly figures add up: "cumulative" measures (revenue, deals) sum over the quarters;
 * "level" measures (certified people, NPS) are judged by the latest quarter alone.
 */
export const PROGRESS_MODES = ['cumulative', 'level'] as const;

/** How an objective's quarterly figures add up. */
export type ProgressMode = (typeof PROGRESS_MODES)[number];

const number = z.number({ error: 'Enter a number.' });

/** One quarter's target and, once known, its actual. */
export const quarterFigureSchema = z.object({
  /** The quarter of the plan's period, from 1. */
  quarter: z.number().int().min(1, { error: 'Quarters count from 1.' }),
  target: number,
  actual: number.optional(),
});

/** One quarter's target and actual. */
export type QuarterFigure = z.infer<typeof quarterFigureSchema>;

const shortText = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} cannot be empty.` })
    .max(300, { error: `${label} is at most 300 characters.` });

/** One objective of a plan. */
export const objectiveSchema = z.object({
  id: idSchema,
  title: shortText('A title'),
  /** The company goal this objective serves, if any. */
  companyGoalId: idSchema.optional(),
  /** What is measured, in words: "Sourced new ARR". */
  measure: shortText('A measure'),
  unit: measureUnitSchema,
  progressMode: z.enum(PROGRESS_MODES).default('cumulative'),
  quarters: z.array(quarterFigureSchema).max(40, { error: 'At most 40 quarters.' }).default([]),
  ownerOurs: optionalText(200, 'Our owner'),
  ownerPartner: optionalText(200, 'The partner’s owner'),
  status: z.enum(OBJECTIVE_STATUSES).default('not-started'),
  notes: optionalText(5000, 'Notes'),
});

/** One objective of a plan. */
export type Objective = z.infer<typeof objectiveSchema>;

/** A risk to the plan and what is done about it. */
export const planRiskSchema = z.object({
  description: shortText('A risk'),
  mitigation: optionalText(2000, 'Mitigation'),
});

/** A risk to the plan. */
export type PlanRisk = z.infer<typeof planRiskSchema>;

const planFields = z.object({
  partnerId: idSchema,
  period: periodSchema,
  status: z.enum(PLAN_STATUSES, { error: 'Choose a plan status.' }).default('draft-outline'),
  vision: optionalText(5000, 'Vision'),
  ownerOurs: optionalText(200, 'Our owner'),
  ownerPartner: optionalText(200, 'The partner’s owner'),
  sponsorOurs: optionalText(200, 'Our executive sponsor'),
  sponsorPartner: optionalText(200, 'The partner’s executive sponsor'),
  objectives: z.array(objectiveSchema).max(50, { error: 'At most 50 objectives.' }).default([]),
  targetAccounts: z
    .array(shortText('An account name'))
    .max(500, { error: 'At most 500 target accounts.' })
    .default([])
    .transform((accounts) => [...new Set(accounts)]),
  qbrDates: z
    .array(isoDateSchema)
    .max(40, { error: 'At most 40 QBR dates.' })
    .default([])
    .transform((dates) => [...new Set(dates)].sort()),
  risks: z.array(planRiskSchema).max(50, { error: 'At most 50 risks.' }).default([]),
});

type PlanShape = { period: Period; objectives: Objective[] };

// Quarter numbers must exist in the plan's period and appear once; values must fit the unit.
function checkObjectives(plan: PlanShape, ctx: z.RefinementCtx): void {
  // zod runs this even when the period is invalid; that problem is reported already.
  if (!periodSchema.safeParse(plan.period).success) return;
  const quarterCount = periodQuarters(plan.period).length;
  const ids = new Set<string>();
  plan.objectives.forEach((objective, index) => {
    const at = ['objectives', index];
    if (ids.has(objective.id)) {
      ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: 'Two objectives share an id.' });
    }
    ids.add(objective.id);
    const seen = new Set<number>();
    objective.quarters.forEach((figure, q) => {
      const here = [...at, 'quarters', q];
      if (figure.quarter > quarterCount) {
        const message = `The plan’s period has ${quarterCount} quarter${quarterCount === 1 ? '' : 's'}.`;
        ctx.addIssue({ code: 'custom', path: [...here, 'quarter'], message });
      }
      if (seen.has(figure.quarter)) {
        const message = `Quarter ${figure.quarter} appears twice.`;
        ctx.addIssue({ code: 'custom', path: [...here, 'quarter'], message });
      }
      seen.add(figure.quarter);
      for (const key of ['target', 'actual'] as const) {
        const value = figure[key];
        const problem = value === undefined ? undefined : checkMeasureValue(value, objective.unit);
        if (problem !== undefined) {
          ctx.addIssue({ code: 'custom', path: [...here, key], message: problem });
        }
      }
    });
  });
}

/** The editable fields of a partner plan. */
export const partnerPlanInputSchema = planFields.superRefine(checkObjectives);

/** Partner plan fields before validation. */
export type PartnerPlanInput = z.input<typeof partnerPlanInputSchema>;

/** A stored partner plan. */
export const partnerPlanSchema = recordBaseSchema
  .extend(planFields.shape)
  .superRefine(checkObjectives);

/** A stored partner plan. */
export type PartnerPlan = z.infer<typeof partnerPlanSchema>;
