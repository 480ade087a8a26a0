import { describe, expect, it } from 'vitest';
import type { Objective } from './partner-plan';
import { copyObjectives, followingPeriod } from './next-plan';

describe('followingPeriod', () => {
  it('follows a calendar year with the next one', () => {
    expect(followingPeriod({ start: '2025-01-01', end: '2025-12-31' })).toEqual({
      start: '2026-01-01',
      end: '2026-12-31',
    });
  });

  it('follows a fiscal year from February, across a leap year', () => {
    expect(followingPeriod({ start: '2023-02-01', end: '2024-01-31' })).toEqual({
      start: '2024-02-01',
      end: '2025-01-31',
    });
  });

  it('follows a quarter with the next quarter, whatever its days', () => {
    expect(followingPeriod({ start: '2025-01-01', end: '2025-03-31' })).toEqual({
      start: '2025-04-01',
      end: '2025-06-30',
    });
  });

  it('follows an odd range with one as many days long', () => {
    // 2025-03-10 to 2025-06-07 is 90 days; the next 90 run from 06-08 to 09-05.
    expect(followingPeriod({ start: '2025-03-10', end: '2025-06-07' })).toEqual({
      start: '2025-06-08',
      end: '2025-09-05',
    });
  });
});

const objective = (over: Partial<Objective>): Objective => ({
  id: 'old',
  title: 'Sourced new ARR',
  companyGoalId: '00000000-0000-4000-8000-000000000001',
  measure: 'Closed-won ARR on partner-registered deals',
  unit: { kind: 'money', currency: 'EUR' },
  progressMode: 'cumulative',
  quarters: [
    { quarter: 1, target: 100, actual: 120 },
    { quarter: 4, target: 400, actual: 90 },
  ],
  ownerOurs: 'Ana',
  ownerPartner: 'Bo',
  status: 'achieved',
  ...over,
});

describe('copyObjectives', () => {
  it('keeps the aim and the targets, drops actuals and status, gives new ids', () => {
    let n = 0;
    const copied = copyObjectives(
      [objective({})],
      { start: '2026-01-01', end: '2026-12-31' },
      () => `new-${++n}`,
    );
    expect(copied).toEqual([
      objective({
        id: 'new-1',
        status: 'not-started',
        quarters: [
          { quarter: 1, target: 100 },
          { quarter: 4, target: 400 },
        ],
      }),
    ]);
  });

  it('leaves dropped objectives and quarters past the new period behind', () => {
    const copied = copyObjectives(
      [objective({ id: 'a' }), objective({ id: 'b', status: 'dropped' })],
      { start: '2026-01-01', end: '2026-06-30' },
      () => 'x',
    );
    expect(copied).toHaveLength(1);
    expect(copied[0]?.quarters).toEqual([{ quarter: 1, target: 100 }]);
  });
});
