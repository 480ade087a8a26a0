import { z } from 'zod';
import { idSchema, optionalText, recordBaseSchema, timestampSchema } from './record';

/** Who started it: the partner or market came to us, or we went to them. */
export const ACTIVITY_DIRECTIONS = ['inbound', 'outbound'] as const;

/** What the activity served: developing the partnership, or selling with it. */
export const ACTIVITY_PURPOSES = ['development', 'sales'] as const;

/** One dated piece of work with or about a partner. */
export const activitySchema = recordBaseSchema.extend({
  partnerId: idSchema,
  occurredAt: timestampSchema,
  direction: z.enum(ACTIVITY_DIRECTIONS),
  purpose: z.enum(ACTIVITY_PURPOSES),
  title: z.string().trim().min(1, { error: 'An activity needs a title.' }).max(300),
  notes: optionalText(20000, 'Notes'),
});

/** A stored activity. */
export type Activity = z.infer<typeof activitySchema>;
