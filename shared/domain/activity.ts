import { z } from 'zod';
import { idSchema, optionalText, recordBaseSchema, timestampSchema } from './record';

/** Who started it: the partner or market came to us, or we went to them. */
export const ACTIVITY_DIRECTIONS = ['inbound', 'outbound'] as const;

/** What the activity served: developing the partnership, or selling with it. */
export const ACTIVITY_PURPOSES = ['development', 'sales'] as const;

/** What sort of activity it was. */
export const ACTIVITY_KINDS = [
  'meeting',
  'call',
  'email',
  'event',
  'enablement-session',
  'joint-pitch',
  'deal-registration',
  'other',
] as const;

/** One sort of activity. */
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

// Kind and outcome came later than the rest, so both are optional: every activity stored before
// them still parses, and a quick entry may leave them out.
const activityFields = {
  partnerId: idSchema,
  occurredAt: timestampSchema,
  kind: z.enum(ACTIVITY_KINDS, { error: 'Choose a kind of activity.' }).optional(),
  direction: z.enum(ACTIVITY_DIRECTIONS),
  purpose: z.enum(ACTIVITY_PURPOSES),
  title: z.string().trim().min(1, { error: 'An activity needs a title.' }).max(300),
  notes: optionalText(20000, 'Notes'),
  outcome: optionalText(5000, 'Outcome'),
};

/** The editable fields of an activity, as a form or quick entry supplies them. */
export const activityInputSchema = z.object(activityFields);

/** Activity fields before validation. */
export type ActivityInput = z.input<typeof activityInputSchema>;

/** One dated piece of work with or about a partner. */
export const activitySchema = recordBaseSchema.extend(activityFields);

/** A stored activity. */
export type Activity = z.infer<typeof activitySchema>;
