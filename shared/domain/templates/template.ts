import { z } from 'zod';
import { draftFieldsSchema, POSITIONING_TEMPLATES } from '../positioning';
import { optionalText, recordBaseSchema } from '../record';
import { PROGRESS_MODES } from '../strategy/partner-plan';
import { currencySchema } from '../strategy/money';
import { agendaSchema } from './qbr';
import { SCORECARD_METRICS } from './scorecard-metrics';

/**
 * The user's own templates: a name, a description and a body whose shape depends on the kind.
 * The built-in library (library.ts) uses the same bodies, so one set of functions starts a
 * document from either. Bodies hold structure, not a partner's data: a plan template has
 * objectives and measures but no figures; a scorecard has targets and weights.
 */

const shortText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} cannot be empty.` })
    .max(max, { error: `${label} is at most ${max} characters.` });

/** A positioning template: the built-in method it follows and its fields, starter text and all. */
export const positioningBodySchema = z.object({
  base: z.enum(POSITIONING_TEMPLATES),
  fields: draftFieldsSchema,
});

/** How a plan template's objective is measured; money takes the workbook's currency. */
export const OBJECTIVE_UNIT_KINDS = ['money', 'count', 'percent', 'quantity'] as const;

/** An objective of a plan template: what to aim for and how to measure it, with no figures. */
export const objectiveTemplateSchema = z.object({
  title: shortText('A title', 300),
  measure: shortText('A measure', 300),
  unitKind: z.enum(OBJECTIVE_UNIT_KINDS),
  /** The unit's name for a quantity ("installs"). */
  unitLabel: optionalText(40, 'A unit name'),
  progressMode: z.enum(PROGRESS_MODES).default('cumulative'),
  notes: optionalText(5000, 'Notes'),
});

/** An objective of a plan template. */
export type ObjectiveTemplate = z.infer<typeof objectiveTemplateSchema>;

/** A partner plan template: a prompt for the vision and typical objectives. */
export const planBodySchema = z.object({
  visionPrompt: optionalText(2000, 'The vision prompt'),
  objectives: z
    .array(objectiveTemplateSchema)
    .max(50, { error: 'At most 50 objectives.' })
    .superRefine((objectives, ctx) => {
      objectives.forEach((objective, index) => {
        if (objective.unitKind === 'quantity' && objective.unitLabel === undefined) {
          const message = 'Name the unit, for example “installs”.';
          ctx.addIssue({ code: 'custom', path: [index, 'unitLabel'], message });
        }
      });
    }),
});

/** A QBR agenda template: the items, in order, each with its suggested minutes. */
export const agendaBodySchema = z.object({
  items: agendaSchema.min(1, { error: 'An agenda needs at least one item.' }),
});

/** One row of a scorecard: a measure, its target for the period, and its weight out of 100. */
export const scorecardRowSchema = z.object({
  metric: z.enum(SCORECARD_METRICS, { error: 'Choose a measure.' }),
  /** Money in minor units, a count, or a percentage (close rate) from 0 to 100. */
  target: z
    .number({ error: 'Enter a target.' })
    .positive({ error: 'A target is more than zero.' })
    .refine(Number.isFinite, { error: 'Enter a target.' }),
  weight: z
    .number({ error: 'Enter a weight.' })
    .int({ error: 'A weight is a whole number.' })
    .min(1, { error: 'A weight is at least 1.' })
    .max(100, { error: 'A weight is at most 100.' }),
});

/** One row of a scorecard. */
export type ScorecardRow = z.infer<typeof scorecardRowSchema>;

/** A scorecard: rows whose weights sum to 100; money targets in `currency` (else the workbook's). */
export const scorecardBodySchema = z.object({
  currency: currencySchema.optional(),
  rows: z
    .array(scorecardRowSchema)
    .min(1, { error: 'A scorecard needs at least one row.' })
    .max(30, { error: 'A scorecard has at most 30 rows.' })
    .superRefine((rows, ctx) => {
      const total = rows.reduce((sum, row) => sum + row.weight, 0);
      if (total !== 100) {
        ctx.addIssue({ code: 'custom', message: `The weights add up to ${total}; make them 100.` });
      }
      const seen = new Set<string>();
      rows.forEach((row, index) => {
        if (seen.has(row.metric)) {
          const message = 'This measure is already on the scorecard.';
          ctx.addIssue({ code: 'custom', path: [index, 'metric'], message });
        }
        seen.add(row.metric);
      });
    }),
});

/** A scorecard's body. */
export type ScorecardBody = z.infer<typeof scorecardBodySchema>;

const common = {
  name: shortText('A name', 100),
  description: optionalText(1000, 'The description'),
};

const kinds = {
  positioning: z.object({ kind: z.literal('positioning'), ...common, body: positioningBodySchema }),
  plan: z.object({ kind: z.literal('partner-plan'), ...common, body: planBodySchema }),
  agenda: z.object({ kind: z.literal('qbr-agenda'), ...common, body: agendaBodySchema }),
  scorecard: z.object({ kind: z.literal('scorecard'), ...common, body: scorecardBodySchema }),
};

/** A template's editable fields, by kind. */
export const templateInputSchema = z.discriminatedUnion('kind', [
  kinds.positioning,
  kinds.plan,
  kinds.agenda,
  kinds.scorecard,
]);

/** Template fields before validation. */
export type TemplateInput = z.input<typeof templateInputSchema>;

/** A template's content, whether built in or the user's. */
export type TemplateContent = z.infer<typeof templateInputSchema>;

/** A stored template of the user's. */
export const templateSchema = z.discriminatedUnion('kind', [
  recordBaseSchema.extend(kinds.positioning.shape),
  recordBaseSchema.extend(kinds.plan.shape),
  recordBaseSchema.extend(kinds.agenda.shape),
  recordBaseSchema.extend(kinds.scorecard.shape),
]);

/** A stored template of the user's. */
export type Template = z.infer<typeof templateSchema>;

/** A template's content of one kind. */
export type TemplateOf<K extends TemplateContent['kind']> = Extract<TemplateContent, { kind: K }>;
