import { describe, expect, it } from 'vitest';
import type { TierDefinition } from './tier';
import { compareTier, findTierByName, suggestTier, type TierFacts } from './tier-suggestion';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const registered: TierDefinition = {
  slot: 'registered',
  name: 'Registered',
  rank: 1,
  requirements: [],
  benefits: [],
};
const silver: TierDefinition = {
  slot: 'silver',
  name: 'Silver',
  rank: 2,
  requirements: [{ kind: 'health-score', minScore: 50 }],
  benefits: ['Partner portal'],
};
const gold: TierDefinition = {
  slot: 'gold',
  name: 'Gold',
  rank: 3,
  requirements: [
    { kind: 'health-score', minScore: 70 },
    { kind: 'revenue', basis: 'sourced-revenue', minAnnual: eur(5_000_000) },
  ],
  benefits: ['MDF'],
};
const platinum: TierDefinition = {
  slot: 'platinum',
  name: 'Platinum',
  rank: 4,
  requirements: [
    { kind: 'health-score', minScore: 80 },
    { kind: 'revenue', basis: 'sourced-revenue', minAnnual: eur(15_000_000) },
  ],
  benefits: [],
};
// The suggestion reads ranks only; a fifth rank stands for a programme with one more tier.
const alliance: TierDefinition = {
  slot: 'platinum',
  name: 'Alliance',
  rank: 5,
  requirements: [
    {
      kind: 'revenue',
      basis: 'influenced-revenue',
      minAnnual: { amountMinor: 1, currency: 'USD' },
    },
  ],
  benefits: [],
};
const tiers = [silver, registered, platinum, alliance, gold];

describe('suggestTier', () => {
  it('suggests the highest tier whose requirements all hold', () => {
    const facts: TierFacts = {
      healthScore: 75,
      currency: 'EUR',
      sourcedMinor: 6_000_000,
      influencedMinor: 100_000_000,
    };
    const suggestion = suggestTier(tiers, facts);
    // Alliance is in USD, so it cannot be met; Platinum needs a score of 80 (75); Gold needs 70
    // (75) and €50,000 sourced (€60,000): Gold.
    expect(suggestion.suggested?.name).toBe('Gold');
    expect(suggestion.checks.map((check) => [check.tier.name, check.met])).toEqual([
      ['Alliance', false],
      ['Platinum', false],
      ['Gold', true],
      ['Silver', true],
      ['Registered', true],
    ]);
    expect(suggestion.checks[0]?.requirements[0]).toMatchObject({ met: false, actual: undefined });
    expect(suggestion.checks[1]?.requirements.map((check) => [check.met, check.actual])).toEqual([
      [false, 75],
      [false, 6_000_000],
    ]);
  });

  it('judges revenue on its own basis, never sourced plus influenced', () => {
    // 3,000,000 + 3,000,000 would meet Gold's 5,000,000; sourced alone does not.
    const facts: TierFacts = {
      healthScore: 90,
      currency: 'EUR',
      sourcedMinor: 3_000_000,
      influencedMinor: 3_000_000,
    };
    expect(suggestTier(tiers, facts).suggested?.name).toBe('Silver');
  });

  it('falls back to an open tier, and to none when no tier is open', () => {
    const facts: TierFacts = {
      healthScore: undefined,
      currency: 'EUR',
      sourcedMinor: 0,
      influencedMinor: 0,
    };
    expect(suggestTier(tiers, facts).suggested?.name).toBe('Registered');
    expect(suggestTier([silver, gold], facts).suggested).toBeUndefined();
  });
});

describe('compareTier and findTierByName', () => {
  it('flags partners whose tier differs from the suggestion', () => {
    expect(compareTier(silver, gold)).toBe('suggest-higher');
    expect(compareTier(platinum, gold)).toBe('suggest-lower');
    expect(compareTier(gold, gold)).toBe('matches');
    expect(compareTier(undefined, registered)).toBe('suggest-higher');
    expect(compareTier(silver, undefined)).toBe('suggest-lower');
    expect(compareTier(undefined, undefined)).toBe('matches');
  });

  it('maps a tier name to its definition, ignoring case', () => {
    expect(findTierByName(tiers, ' gold ')).toBe(gold);
    expect(findTierByName(tiers, 'Bronze')).toBeUndefined();
  });
});
