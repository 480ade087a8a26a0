import { describe, expect, it } from 'vitest';
import { derivedFirstChanges, fieldsWithoutRecords, withFirstChanges } from './first-changes';
import { changeRecord, initialChanges } from './partner-change';

const P1 = '10000000-0000-4000-8000-000000000001';
const P2 = '10000000-0000-4000-8000-000000000002';
const C1 = '30000000-0000-4000-8000-000000000001';
const CREATED = '2025-11-03T10:00:00.000Z';
const LATER = '2026-02-10T08:30:00.000Z';

const baltic = { id: P1, stage: 'active' as const, tier: 'gold' as const, createdAt: CREATED };
const fjord = { id: P2, stage: 'prospect' as const, tier: 'none' as const, createdAt: LATER };

describe('a partner’s first stage and tier records', () => {
  it('are derived for each field without a stored record, dated at the partner’s creation', () => {
    const history = withFirstChanges(baltic, []);
    expect(history.map((c) => [c.partnerId, c.field, c.from, c.to, c.effectiveOn])).toEqual([
      [P1, 'stage', null, 'active', '2025-11-03'],
      [P1, 'tier', null, 'gold', '2025-11-03'],
    ]);
    expect(history.every((c) => c.changedAt === CREATED && c.createdAt === CREATED)).toBe(true);
    // The ids are those every copy derives.
    expect(history.map((c) => c.id)).toEqual(initialChanges(baltic).map((c) => c.id));
  });

  it('are left to the stored records of a field that has any', () => {
    // The stage's stored history: its first record (from onboarding), then a change to active.
    const [stageFirst] = initialChanges({ ...baltic, stage: 'onboarding' });
    if (!stageFirst) throw new Error('fixture');
    const change = changeRecord(P1, 'stage', 'onboarding', 'active', LATER, C1);
    const history = withFirstChanges(baltic, [stageFirst, change]);
    expect(history.map((c) => `${c.field} ${c.from}>${c.to}`)).toEqual([
      'stage null>onboarding',
      'stage onboarding>active',
      'tier null>gold',
    ]);
    expect(fieldsWithoutRecords(P1, [change])).toEqual(new Set(['tier']));
    // Stored records of another partner do not count.
    expect(fieldsWithoutRecords(P2, [change])).toEqual(new Set(['stage', 'tier']));
  });

  it('of many partners come from one pass, only where a field has no stored record', () => {
    const tierChange = changeRecord(P2, 'tier', 'registered', 'none', LATER, C1);
    const derived = derivedFirstChanges([baltic, fjord], [tierChange]);
    expect(derived.map((c) => `${c.partnerId === P1 ? 'baltic' : 'fjord'} ${c.field}`)).toEqual([
      'baltic stage',
      'baltic tier',
      'fjord stage',
    ]);
    expect(derived[2]).toEqual(initialChanges(fjord)[0]);
    expect(derivedFirstChanges([baltic], initialChanges(baltic))).toEqual([]);
  });
});
