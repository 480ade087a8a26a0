import { describe, expect, it } from 'vitest';
import { readTierProgramme, tierProgrammeForm, type TierSlotForm } from './tier-form';

const slots = (patch: Partial<Record<TierSlotForm['slot'], Partial<TierSlotForm>>>) =>
  tierProgrammeForm([]).map((slot) => ({ ...slot, ...patch[slot.slot] }));

describe('tierProgrammeForm', () => {
  it('shows all four slots, unused ones off and named as standard', () => {
    const form = tierProgrammeForm([
      { slot: 'gold', name: 'Premier', rank: 3, requirements: [], benefits: ['MDF'] },
    ]);
    expect(form.map((s) => [s.slot, s.enabled, s.name])).toEqual([
      ['registered', false, 'Registered'],
      ['silver', false, 'Silver'],
      ['gold', true, 'Premier'],
      ['platinum', false, 'Platinum'],
    ]);
  });

  it('shows stored requirements as typed text', () => {
    const [gold] = tierProgrammeForm([
      {
        slot: 'gold',
        name: 'Premier',
        rank: 3,
        requirements: [
          { kind: 'health-score', minScore: 70 },
          {
            kind: 'revenue',
            basis: 'influenced-revenue',
            minAnnual: { amountMinor: 10_000_000, currency: 'EUR' },
          },
        ],
        benefits: [],
      },
    ]).filter((s) => s.enabled);
    expect(gold?.requirements).toEqual([
      { measure: 'health-score', minimum: '70' },
      { measure: 'influenced-revenue', minimum: '100000.00' },
    ]);
  });
});

describe('readTierProgramme', () => {
  it('saves only the slots switched on, ranked by their ladder position', () => {
    const read = readTierProgramme(
      slots({
        silver: { enabled: true, name: 'Partner' },
        gold: {
          enabled: true,
          name: 'Premier',
          requirements: [
            { measure: 'health-score', minimum: '70' },
            { measure: 'sourced-revenue', minimum: '250,000' },
          ],
          benefits: ['Co-marketing funds'],
        },
      }),
      'EUR',
    );
    expect(read).toEqual({
      ok: true,
      value: [
        { slot: 'silver', name: 'Partner', rank: 2, requirements: [], benefits: [] },
        {
          slot: 'gold',
          name: 'Premier',
          rank: 3,
          requirements: [
            { kind: 'health-score', minScore: 70 },
            {
              kind: 'revenue',
              basis: 'sourced-revenue',
              minAnnual: { amountMinor: 25_000_000, currency: 'EUR' },
            },
          ],
          benefits: ['Co-marketing funds'],
        },
      ],
    });
  });

  it('keys messages by slot, whatever the tier’s place in the saved list', () => {
    const read = readTierProgramme(
      slots({
        gold: {
          enabled: true,
          name: 'Premier',
          requirements: [
            { measure: 'health-score', minimum: '120' },
            { measure: 'influenced-revenue', minimum: '' },
          ],
          benefits: ['  '],
        },
        platinum: { enabled: true, name: ' ' },
      }),
      'EUR',
    );
    expect(read).toEqual({
      ok: false,
      errors: {
        'gold.requirements.0': 'Enter a score from 0 to 100.',
        'gold.requirements.1': 'Enter an amount.',
        'gold.benefits.0': 'Describe the benefit.',
        'platinum.name': 'A tier needs a name.',
      },
    });
  });

  it('reports a name used twice on the later slot, once the tiers themselves are valid', () => {
    const read = readTierProgramme(
      slots({
        silver: { enabled: true, name: 'Premier' },
        gold: { enabled: true, name: 'premier' },
      }),
      'EUR',
    );
    expect(read).toEqual({
      ok: false,
      errors: { 'gold.name': 'Two tiers are named “premier”.' },
    });
  });

  it('saves an empty programme when every slot is off', () => {
    expect(readTierProgramme(slots({}), 'EUR')).toEqual({ ok: true, value: [] });
  });
});
