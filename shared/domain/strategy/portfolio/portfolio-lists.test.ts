import { describe, expect, it } from 'vitest';
import type { PartnerPlan } from '../partner-plan';
import { latestActivities, plansBehind, quietPartners, upcomingQbrs } from './portfolio-lists';

const T = '2026-01-01T00:00:00.000Z';
const TODAY = '2026-11-15';

function plan(id: string, partnerId: string, fields: Partial<PartnerPlan>): PartnerPlan {
  return {
    id,
    partnerId,
    createdAt: T,
    updatedAt: T,
    period: { start: '2026-01-01', end: '2026-12-31' },
    status: 'in-progress',
    objectives: [],
    targetAccounts: [],
    qbrDates: [],
    risks: [],
    ...fields,
  };
}

const objective = (id: string, target: number, actual: number) => ({
  id,
  title: id,
  measure: 'Deals',
  unit: { kind: 'count' as const },
  progressMode: 'cumulative' as const,
  quarters: [{ quarter: 1, target, actual }],
  status: 'in-progress' as const,
});

describe('portfolio lists', () => {
  it('list partners with no activity in the 30 days ending today, longest quiet first', () => {
    const partners = [
      { id: 'a', name: 'Alpha', lastActivityAt: '2026-10-17T10:00:00.000Z' }, // day 30: active
      { id: 'b', name: 'Beta', lastActivityAt: '2026-10-15T10:00:00.000Z' }, // day 32: quiet
      { id: 'c', name: 'Gamma' }, // never
      { id: 'd', name: 'Delta', lastActivityAt: '2026-01-01T00:00:00.000Z' },
    ];
    // Delta's logged activity is newer than its own field.
    const latest = latestActivities(partners, [
      { partnerId: 'd', occurredAt: '2026-11-14T09:00:00.000Z' },
    ]);
    expect(quietPartners(partners, latest, TODAY)).toEqual([
      { partnerId: 'c', name: 'Gamma', lastActivity: undefined },
      { partnerId: 'b', name: 'Beta', lastActivity: '2026-10-15' },
    ]);
  });

  it('list running plans with objectives behind, and leave out completed and ended ones', () => {
    const names = new Map([
      ['a', 'Alpha'],
      ['b', 'Beta'],
    ]);
    // Q1 ended long ago: 3 of 10 is behind, 10 of 10 achieved.
    const behind = plan('p1', 'a', {
      objectives: [objective('o1', 10, 3), objective('o2', 10, 10)],
    });
    const onTrack = plan('p2', 'b', { objectives: [objective('o3', 10, 12)] });
    const completed = plan('p3', 'b', {
      status: 'completed',
      objectives: [objective('o4', 10, 0)],
    });
    const ended = plan('p4', 'b', {
      period: { start: '2025-01-01', end: '2025-12-31' },
      objectives: [objective('o5', 10, 0)],
    });
    const unknown = plan('p5', 'gone', { objectives: [objective('o6', 10, 0)] });
    expect(plansBehind([behind, onTrack, completed, ended, unknown], names, TODAY)).toEqual([
      {
        planId: 'p1',
        partnerId: 'a',
        name: 'Alpha',
        period: { start: '2026-01-01', end: '2026-12-31' },
        behind: 1,
        objectives: 2,
      },
    ]);
  });

  it('list QBRs from today to 90 days ahead, soonest first', () => {
    const names = new Map([
      ['a', 'Alpha'],
      ['b', 'Beta'],
    ]);
    const plans = [
      plan('p1', 'a', { qbrDates: ['2026-11-14', '2026-12-20', '2027-02-13', '2027-02-14'] }),
      plan('p2', 'b', { qbrDates: ['2026-11-15'] }),
      plan('p3', 'b', { status: 'completed', qbrDates: ['2026-11-20'] }),
    ];
    expect(upcomingQbrs(plans, names, TODAY)).toEqual([
      { planId: 'p2', partnerId: 'b', name: 'Beta', date: '2026-11-15' },
      { planId: 'p1', partnerId: 'a', name: 'Alpha', date: '2026-12-20' },
      { planId: 'p1', partnerId: 'a', name: 'Alpha', date: '2027-02-13' },
    ]);
  });
});
