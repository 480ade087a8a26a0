import { z } from 'zod';
import { PARTNER_TIERS, type PartnerTier } from '../partner';
import { nonNegativeMoneySchema } from './money';

/**
 * The programme's tiers, defined in settings: a name, a rank (higher is better), the entry rule
 * and the benefits. An entry rule is a list of requirements that must all hold — a minimum health
 * score, a minimum of sourced or influenced revenue over the last twelve months, or both. A tier
 * with no requirement is open to every partner (an entry tier such as "Registered").
 *
 * A partner's tier is stored as one of the fixed slots of the ladder (registered, silver, gold,
 * platinum), so that filters, imports and merges keep working whatever the programme calls them;
 * the programme gives each slot it uses a name of its own ("Premier" for gold), the rule and the
 * benefits. A slot's rank is its place on the ladder.
 */

/** The tier slots a programme can use, lowest first. */
export const TIER_SLOTS = PARTNER_TIERS.filter(
  (tier): tier is Exclude<PartnerTier, 'none'> => tier !== 'none',
);

/** One slot of the tier ladder. */
export type TierSlot = (typeof TIER_SLOTS)[number];

/** A slot's rank: 1 for the lowest tier, higher for better ones. */
export function slotRank(slot: TierSlot): number {
  return TIER_SLOTS.indexOf(slot) + 1;
}

/** One requirement of a tier's entry rule. */
export const tierRequirementSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('health-score'),
    minScore: z
      .number({ error: 'Enter a score from 0 to 100.' })
      .int({ error: 'Enter a whole score.' })
      .min(0, { error: 'Enter a score from 0 to 100.' })
      .max(100, { error: 'Enter a score from 0 to 100.' }),
  }),
  z.object({
    kind: z.literal('revenue'),
    /** Which revenue counts; the two are never added together. */
    basis: z.enum(['sourced-revenue', 'influenced-revenue'], {
      error: 'Choose sourced or influenced revenue.',
    }),
    /** The least revenue over the twelve months ending today. */
    minAnnual: nonNegativeMoneySchema,
  }),
]);

/** One requirement of a tier's entry rule. */
export type TierRequirement = z.infer<typeof tierRequirementSchema>;

/** One tier of the programme. */
export const tierDefinitionSchema = z.object({
  /** The ladder slot partners in this tier are stored under. */
  slot: z.enum(TIER_SLOTS, { error: 'Choose a tier slot.' }),
  name: z
    .string()
    .trim()
    .min(1, { error: 'A tier needs a name.' })
    .max(60, { error: 'A tier name is at most 60 characters.' }),
  /** Higher ranks are better tiers; always the slot's rank. */
  rank: z
    .number({ error: 'A rank is a whole number from 1.' })
    .int({ error: 'A rank is a whole number from 1.' })
    .min(1, { error: 'A rank is a whole number from 1.' })
    .max(100, { error: 'A rank is at most 100.' }),
  requirements: z.array(tierRequirementSchema).max(4, { error: 'At most 4 requirements.' }),
  benefits: z
    .array(z.string().trim().min(1).max(300, { error: 'A benefit is at most 300 characters.' }))
    .max(30, { error: 'At most 30 benefits.' })
    .default([]),
});

/** One tier of the programme. */
export type TierDefinition = z.infer<typeof tierDefinitionSchema>;

/** The programme's tiers: names and ranks each used once. */
export const tierProgrammeSchema = z
  .array(tierDefinitionSchema)
  .max(20, { error: 'At most 20 tiers.' })
  .superRefine((tiers, ctx) => {
    const names = new Set<string>();
    const ranks = new Set<number>();
    tiers.forEach((tier, index) => {
      if (tier.rank !== slotRank(tier.slot)) {
        const message = `The ${tier.slot} tier has rank ${slotRank(tier.slot)}.`;
        ctx.addIssue({ code: 'custom', path: [index, 'rank'], message });
      }
      const name = tier.name.toLocaleLowerCase('en');
      if (names.has(name)) {
        const message = `Two tiers are named “${tier.name}”.`;
        ctx.addIssue({ code: 'custom', path: [index, 'name'], message });
      }
      if (ranks.has(tier.rank)) {
        const message = `Two tiers have rank ${tier.rank}; give each its own.`;
        ctx.addIssue({ code: 'custom', path: [index, 'rank'], message });
      }
      names.add(name);
      ranks.add(tier.rank);
    });
  });

/** The programme's tiers. */
export type TierProgramme = z.infer<typeof tierProgrammeSchema>;
