import { describe, expect, it } from 'vitest';
import { changesBetween, initialChanges, partnerChangeSchema } from './partner-change';
import type { PartnerChange } from './partner-change';
import {
  daysInStage,
  inEffectOrder,
  newestFirst,
  onboardingStartedOn,
  tierOn,
} from './partner-history';

const PARTNER = '10000000-0000-4000-8000-000000000001';
let n = 0;
const nextId = () => `20000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function change(
  field: 'stage' | 'tier',
  from: string | null,
  to: string,
  effectiveOn: string,
  changedAt = `${effectiveOn}T09:00:00.000Z`,
): PartnerChange {
  return partnerChangeSchema.parse({
    id: nextId(),
    createdAt: changedAt,
    updatedAt: changedAt,
    partnerId: PARTNER,
    field,
    from,
    to,
    changedAt,
    effectiveOn,
  });
}

// Recruited 1 March, onboarding from 10 March, active from 1 May; silver back-dated to 1 April
// although entered on 20 April.
const history = [
  change('stage', null, 'applicant', '2026-03-01'),
  change('tier', null, 'none', '2026-03-01'),
  change('stage', 'applicant', 'onboarding', '2026-03-10'),
  change('stage', 'onboarding', 'active', '2026-05-01'),
  change('tier', 'none', 'silver', '2026-04-01', '2026-04-20T12:00:00.000Z'),
];

describe('a partner’s stage and tier history', () => {
  it('counts whole days in the current stage from the change into it', () => {
    // 1 May to 31 May: 30 days.
    expect(daysInStage(history, 'active', '2026-05-31')).toBe(30);
    expect(daysInStage(history, 'active', '2026-05-01')).toBe(0);
    // Before 1 May the partner was onboarding, so "active" has no start yet.
    expect(daysInStage(history, 'active', '2026-04-30')).toBeUndefined();
    expect(daysInStage(history, 'onboarding', '2026-04-30')).toBe(51);
    expect(daysInStage([], 'active', '2026-05-31')).toBeUndefined();
  });

  it('finds the start of onboarding, the earliest change into it', () => {
    expect(onboardingStartedOn(history)).toBe('2026-03-10');
    const again = [...history, change('stage', 'at-risk', 'onboarding', '2026-09-01')];
    expect(onboardingStartedOn(again)).toBe('2026-03-10');
    expect(onboardingStartedOn(history.slice(0, 2))).toBeUndefined();
  });

  it('tells the tier on a date by effective date, not the day it was entered', () => {
    expect(tierOn(history, '2026-02-28')).toBeUndefined();
    expect(tierOn(history, '2026-03-31')).toBe('none');
    expect(tierOn(history, '2026-04-01')).toBe('silver');
    expect(tierOn(history, '2026-04-10')).toBe('silver');
  });

  it('orders by effective date, then by when the change was written', () => {
    const sameDay = [
      change('tier', 'silver', 'gold', '2026-06-01', '2026-06-01T15:00:00.000Z'),
      change('tier', 'none', 'silver', '2026-06-01', '2026-06-01T10:00:00.000Z'),
    ];
    expect(inEffectOrder(sameDay).map((c) => c.to)).toEqual(['silver', 'gold']);
    expect(tierOn(sameDay, '2026-06-01')).toBe('gold');
    expect(newestFirst(history).map((c) => c.effectiveOn)).toEqual([
      '2026-05-01',
      '2026-04-01',
      '2026-03-10',
      '2026-03-01',
      '2026-03-01',
    ]);
  });
});

describe('change records', () => {
  it('record only the fields that changed, from null for a new partner', () => {
    const at = '2026-07-02T08:30:00.000Z';
    const after = { id: PARTNER, stage: 'active' as const, tier: 'silver' as const };
    expect(
      changesBetween(undefined, after, at, nextId).map((c) => [c.field, c.from, c.to]),
    ).toEqual([
      ['stage', null, 'active'],
      ['tier', null, 'silver'],
    ]);
    const moved = changesBetween({ stage: 'active', tier: 'none' }, after, at, nextId);
    expect(moved).toEqual([
      expect.objectContaining({
        field: 'tier',
        from: 'none',
        to: 'silver',
        effectiveOn: '2026-07-02',
      }),
    ]);
    expect(changesBetween(after, after, at, nextId)).toEqual([]);
  });

  it('derive the same valid initial records for the same partner anywhere', () => {
    const partner = {
      id: PARTNER,
      stage: 'active' as const,
      tier: 'gold' as const,
      createdAt: '2025-11-03T10:00:00.000Z',
    };
    const first = initialChanges(partner);
    expect(first).toEqual(initialChanges(partner));
    expect(first.map((c) => [c.field, c.from, c.to, c.effectiveOn])).toEqual([
      ['stage', null, 'active', '2025-11-03'],
      ['tier', null, 'gold', '2025-11-03'],
    ]);
    for (const record of first) expect(partnerChangeSchema.parse(record)).toEqual(record);
    expect(first[0]?.id).not.toBe(first[1]?.id);
  });

  it('refuse a tier value in a stage change', () => {
    const bad = { ...change('stage', null, 'active', '2026-01-01'), to: 'gold' };
    expect(partnerChangeSchema.safeParse(bad).success).toBe(false);
  });
});
