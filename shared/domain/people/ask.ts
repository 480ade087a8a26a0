import { z } from 'zod';
import { idSchema, optionalText, recordBaseSchema } from '../record';
import { daysBetween, isoDateSchema, type IsoDate } from '../strategy/iso-date';
import { requiredText } from './fields';

/**
 * Asks: what the partner manager needs from a colleague (engineering time for an integration, a
 * marketing budget line), why, and how it went. An ask left at "asked" for more than three weeks
 * has stalled; stalled and declined asks are the ones to follow up.
 */

/** Where an ask stands. */
export const ASK_STATUSES = ['planned', 'asked', 'agreed', 'declined', 'done'] as const;

/** An ask's status. */
export type AskStatus = (typeof ASK_STATUSES)[number];

/** An ask still at "asked" after more than this many days has stalled. */
export const STALLED_AFTER_DAYS = 21;

const askFields = z.object({
  what: requiredText(500, 'Say what you need.', 'What you need'),
  why: optionalText(5000, 'Why'),
  stakeholderId: idSchema,
  partnerId: idSchema.optional(),
  status: z.enum(ASK_STATUSES, { error: 'Choose a status.' }),
  /** The day the ask was made; needed once it is asked, so that a stall can be seen. */
  askedAt: isoDateSchema.optional(),
  outcome: optionalText(5000, 'Outcome'),
});

const askedNeedsDate = (
  ask: { status: AskStatus; askedAt?: string | undefined },
  ctx: z.RefinementCtx,
): void => {
  if (ask.status === 'asked' && ask.askedAt === undefined) {
    ctx.addIssue({ code: 'custom', path: ['askedAt'], message: 'Say when you asked.' });
  }
};

/** An ask as a form supplies it. */
export const askInputSchema = askFields.superRefine(askedNeedsDate);

/** An ask before validation. */
export type AskInput = z.input<typeof askInputSchema>;

/** A stored ask. */
export const askSchema = recordBaseSchema.extend(askFields.shape).superRefine(askedNeedsDate);

/** A stored ask. */
export type Ask = z.infer<typeof askSchema>;

/** Whether an ask is still at "asked" more than `afterDays` days (21 unless told) after it was made. */
export function isStalled(
  ask: Pick<Ask, 'status' | 'askedAt'>,
  today: IsoDate,
  afterDays = STALLED_AFTER_DAYS,
): boolean {
  return (
    ask.status === 'asked' &&
    ask.askedAt !== undefined &&
    daysBetween(ask.askedAt, today) > afterDays
  );
}

/** Why an ask needs following up. */
export type AskFlag = 'declined' | 'stalled';

/** An ask that needs following up, with why and, for a stalled one, the days it has waited. */
export interface FlaggedAsk<A> {
  ask: A;
  flag: AskFlag;
  daysWaiting?: number;
}

/** The declined and stalled asks, longest-waiting stalled ones first, then the declined. */
export function asksToFollowUp<A extends Pick<Ask, 'status' | 'askedAt'>>(
  asks: readonly A[],
  today: IsoDate,
  afterDays = STALLED_AFTER_DAYS,
): FlaggedAsk<A>[] {
  const stalled: FlaggedAsk<A>[] = [];
  const declined: FlaggedAsk<A>[] = [];
  for (const ask of asks) {
    if (ask.status === 'declined') declined.push({ ask, flag: 'declined' });
    else if (ask.askedAt !== undefined && isStalled(ask, today, afterDays)) {
      stalled.push({ ask, flag: 'stalled', daysWaiting: daysBetween(ask.askedAt, today) });
    }
  }
  stalled.sort((a, b) => (b.daysWaiting ?? 0) - (a.daysWaiting ?? 0));
  return [...stalled, ...declined];
}
