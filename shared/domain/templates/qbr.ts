import { z } from 'zod';
import { idSchema, optionalText, recordBaseSchema } from '../record';
import { isoDateSchema } from '../strategy/iso-date';

/**
 * A quarterly business review (QBR) with one partner: the agenda walked through, who attended,
 * and what came out of it. A QBR is planned first (agenda, date) and marked held afterwards, when
 * its outcomes and actions are written down. It belongs to its partner and is deleted with it.
 */

/** Where a QBR stands. */
export const QBR_STATUSES = ['planned', 'held'] as const;

/** A QBR's status. */
export type QbrStatus = (typeof QBR_STATUSES)[number];

const requiredText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} cannot be empty.` })
    .max(max, { error: `${label} is at most ${max} characters.` });

/** How long an agenda item may run, in minutes. */
export const MAX_ITEM_MINUTES = 480;

/** One item of an agenda: a topic, its time, who leads it and notes. */
export const agendaItemSchema = z.object({
  title: requiredText('An agenda item', 300),
  minutes: z
    .number({ error: 'Enter the minutes as a number.' })
    .int({ error: 'Minutes are a whole number.' })
    .min(0, { error: 'Minutes cannot be negative.' })
    .max(MAX_ITEM_MINUTES, { error: `An item runs at most ${MAX_ITEM_MINUTES} minutes.` }),
  owner: optionalText(200, 'The owner'),
  notes: optionalText(5000, 'Notes'),
});

/** One agenda item. */
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** An agenda: at most 50 items, in the order they are taken. */
export const agendaSchema = z
  .array(agendaItemSchema)
  .max(50, { error: 'An agenda has at most 50 items.' });

/** Something agreed at the review: what, who does it, by when. */
export const qbrActionSchema = z.object({
  description: requiredText('An action', 1000),
  owner: optionalText(200, 'The owner'),
  due: isoDateSchema.optional(),
  done: z.boolean().default(false),
});

/** An action agreed at a QBR. */
export type QbrAction = z.infer<typeof qbrActionSchema>;

const qbrFields = z.object({
  partnerId: idSchema,
  date: isoDateSchema,
  title: requiredText('A title', 200),
  status: z.enum(QBR_STATUSES, { error: 'Choose planned or held.' }).default('planned'),
  agenda: agendaSchema.default([]),
  attendees: z
    .array(requiredText('An attendee', 200))
    .max(100, { error: 'At most 100 attendees.' })
    .default([])
    .transform((names) => [...new Set(names)]),
  /** What the review concluded, in prose. */
  outcomes: optionalText(20000, 'Outcomes'),
  actions: z.array(qbrActionSchema).max(100, { error: 'At most 100 actions.' }).default([]),
});

/** The editable fields of a QBR. */
export const qbrInputSchema = qbrFields;

/** QBR fields before validation. */
export type QbrInput = z.input<typeof qbrInputSchema>;

/** A stored QBR. */
export const qbrSchema = recordBaseSchema.extend(qbrFields.shape);

/** A stored QBR. */
export type Qbr = z.infer<typeof qbrSchema>;

/** The minutes an agenda takes in all. */
export function agendaMinutes(agenda: readonly Pick<AgendaItem, 'minutes'>[]): number {
  return agenda.reduce((sum, item) => sum + item.minutes, 0);
}
