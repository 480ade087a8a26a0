import { z } from 'zod';
import { idSchema, optionalText, recordBaseSchema } from '../record';
import { isoDateSchema } from '../strategy/iso-date';
import { idListSchema, requiredText } from './fields';

/**
 * The voice of partners and customers: what they said (feedback), and the decisions it informed.
 * A decision links to feedback by id; one with no linked feedback, or whose feedback has since
 * been deleted, was taken without their voice, and the manager should be able to see that.
 */

/** Who gave the feedback: someone at a partner, or a customer. */
export const SPEAKER_KINDS = ['partner-contact', 'customer'] as const;

/** Who gave the feedback. */
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

/** How the feedback feels about us. */
export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;

/** A sentiment. */
export type Sentiment = (typeof SENTIMENTS)[number];

/** What a decision is about: one partnership, or the product as partners get it. */
export const DECISION_SCOPES = ['partnership', 'product-for-partners'] as const;

/** A decision's scope. */
export type DecisionScope = (typeof DECISION_SCOPES)[number];

const feedbackFields = {
  speakerKind: z.enum(SPEAKER_KINDS, { error: 'Choose a partner contact or a customer.' }),
  speakerName: requiredText(200, 'Say who said it.', 'A name'),
  speakerOrganisation: optionalText(200, 'Organisation'),
  date: isoDateSchema,
  words: requiredText(10_000, 'Write down what they said.', 'The words'),
  theme: requiredText(100, 'Give the feedback a theme.', 'A theme'),
  sentiment: z.enum(SENTIMENTS, { error: 'Choose a sentiment.' }),
  partnerId: idSchema.optional(),
  /** The positioning iteration this feedback is evidence for, if any. */
  positioningIterationId: idSchema.optional(),
};

/** A feedback entry as a form supplies it. */
export const feedbackInputSchema = z.object(feedbackFields);

/** A feedback entry before validation. */
export type FeedbackInput = z.input<typeof feedbackInputSchema>;

/** A stored feedback entry. */
export const feedbackSchema = recordBaseSchema.extend(feedbackFields);

/** A stored feedback entry. */
export type Feedback = z.infer<typeof feedbackSchema>;

const decisionFields = {
  scope: z.enum(DECISION_SCOPES, { error: 'Choose what the decision is about.' }),
  partnerId: idSchema.optional(),
  context: requiredText(10_000, 'Describe the context.', 'The context'),
  optionsConsidered: z
    .array(requiredText(1000, 'An option cannot be empty.', 'An option'))
    .max(20, { error: 'At most 20 options.' })
    .default([]),
  decision: requiredText(2000, 'Write down the decision.', 'The decision'),
  date: isoDateSchema,
  decidedBy: requiredText(200, 'Say who decided.', 'Decided by'),
  /** The feedback that informed the decision. */
  feedbackIds: idListSchema(500, 'linked feedback entries'),
};

/** A decision record as a form supplies it. */
export const decisionInputSchema = z.object(decisionFields);

/** A decision record before validation. */
export type DecisionInput = z.input<typeof decisionInputSchema>;

/** A stored decision record. */
export const decisionSchema = recordBaseSchema.extend(decisionFields);

/** A stored decision record. */
export type Decision = z.infer<typeof decisionSchema>;

/** Whether a decision has partner or customer voice behind it. */
export type DecisionVoice = 'with-voice' | 'without-voice';

/** A decision's voice, with how many of its linked feedback entries still exist. */
export interface DecisionVoiceResult {
  voice: DecisionVoice;
  /** Linked feedback entries that still exist. */
  count: number;
  /** Linked feedback entries that have been deleted since. */
  missing: number;
}

/** With voice when at least one linked feedback entry still exists; without it otherwise. */
export function decisionVoice(
  decision: Pick<Decision, 'feedbackIds'>,
  feedbackById: ReadonlyMap<string, unknown>,
): DecisionVoiceResult {
  let count = 0;
  let missing = 0;
  for (const id of new Set(decision.feedbackIds)) {
    if (feedbackById.has(id)) count += 1;
    else missing += 1;
  }
  return { voice: count > 0 ? 'with-voice' : 'without-voice', count, missing };
}

/** The decisions taken without any partner or customer voice, in the order given. */
export function decisionsWithoutVoice<D extends Pick<Decision, 'feedbackIds'>>(
  decisions: readonly D[],
  feedbackById: ReadonlyMap<string, unknown>,
): D[] {
  return decisions.filter(
    (decision) => decisionVoice(decision, feedbackById).voice === 'without-voice',
  );
}
