import { describe, expect, it } from 'vitest';
import { goalCoverage, goalsForPeriod } from './goal-coverage';
import { objectiveProgress, planIsBehind, planProgress } from './objective-progress';
import type { Objective, QuarterFigure } from './partner-plan';
import { yearPeriod } from './period';

// Calendar 2025: Q1 1 Jan–31 Mar (90 days), Q2 1 Apr–30 Jun, Q3 1 Jul–30 Sep, Q4 1 Oct–31 Dec.
const year = yearPeriod(2025);

const objective = (quarters: QuarterFigure[], extra: Partial<Objective> = {}): Objective => ({
  id: 'o1',
  title: 'Sourced deals',
  measure: 'Deals the partner registers',
  unit: { kind: 'count' },
  progressMode: 'cumulative',
  quarters,
  status: 'in-progress',
  ...extra,
});

describe('objectiveProgress, cumulative', () => {
  it('pro-rates the running quarter once its actual is entered', () => {
    // 14 Feb is 45 of Q1's 90 days: expected 200 × 0.5 = 100; actual 120 ≥ 100. Share 120/400.
    const progress = objectiveProgress(
      objective([
        { quarter: 1, target: 200, actual: 120 },
        { quarter: 2, target: 200 },
      ]),
      year,
      '2025-02-14',
    );
    expect(progress).toEqual({
      objectiveId: 'o1',
      target: 400,
      actual: 120,
      expected: 100,
      share: { value: 0.3 },
      state: 'on-track',
    });
  });

  it('does not call an empty running quarter behind', () => {
    const progress = objectiveProgress(
      objective([
        { quarter: 1, target: 200 },
        { quarter: 2, target: 200 },
      ]),
      year,
      '2025-02-14',
    );
    expect(progress).toMatchObject({ actual: 0, expected: 0, state: 'on-track' });
  });

  it('expects every ended quarter’s full target', () => {
    // Q1 ended: expected 200; actual 150 < 200. Q2 has no actual yet, so adds nothing.
    const progress = objectiveProgress(
      objective([
        { quarter: 1, target: 200, actual: 150 },
        { quarter: 2, target: 200 },
      ]),
      year,
      '2025-04-10',
    );
    expect(progress).toMatchObject({ target: 400, actual: 150, expected: 200, state: 'behind' });
  });

  it('is achieved at the target, not started before the period, and has no target without quarters', () => {
    const done = objective([
      { quarter: 1, target: 200, actual: 250 },
      { quarter: 2, target: 200, actual: 160 },
    ]);
    // 250 + 160 = 410 ≥ 400.
    expect(objectiveProgress(done, year, '2025-05-01').state).toBe('achieved');
    const fresh = objective([{ quarter: 1, target: 200 }]);
    expect(objectiveProgress(fresh, year, '2024-12-01').state).toBe('not-started');
    expect(objectiveProgress(objective([]), year, '2025-05-01')).toMatchObject({
      share: { value: undefined, reason: 'no-target' },
      state: 'no-target',
    });
  });
});

describe('objectiveProgress, level', () => {
  const certified = (quarters: QuarterFigure[]) =>
    objective(quarters, { progressMode: 'level', title: 'Certified consultants' });

  it('judges the latest actual against its quarter’s target', () => {
    const progress = objectiveProgress(
      certified([
        { quarter: 1, target: 2, actual: 2 },
        { quarter: 2, target: 4, actual: 3 },
        { quarter: 3, target: 6 },
        { quarter: 4, target: 8 },
      ]),
      year,
      '2025-08-15',
    );
    // Latest actual Q2: 3 against Q2's 4: behind. Target is Q4's 8; share 3/8 = 0.375.
    expect(progress).toEqual({
      objectiveId: 'o1',
      target: 8,
      actual: 3,
      expected: 4,
      share: { value: 0.375 },
      state: 'behind',
    });
  });

  it('expects the latest ended quarter’s level before any actual, and is achieved at the final target', () => {
    const none = certified([
      { quarter: 1, target: 2 },
      { quarter: 4, target: 8 },
    ]);
    expect(objectiveProgress(none, year, '2025-04-10')).toMatchObject({
      actual: 0,
      expected: 2,
      state: 'behind',
    });
    const reached = certified([
      { quarter: 1, target: 2, actual: 2 },
      { quarter: 3, target: 6, actual: 8 },
      { quarter: 4, target: 8 },
    ]);
    expect(objectiveProgress(reached, year, '2025-08-15').state).toBe('achieved');
  });
});

describe('planProgress', () => {
  it('leaves dropped objectives out and flags a plan that is behind', () => {
    const behind = objective([{ quarter: 1, target: 10, actual: 1 }], { id: 'late' });
    const dropped = objective([{ quarter: 1, target: 10 }], { id: 'gone', status: 'dropped' });
    const fine = objective([{ quarter: 1, target: 10, actual: 10 }], { id: 'fine' });
    const plan = { period: year, objectives: [behind, dropped, fine] };
    expect(planProgress(plan, '2025-04-10').map((p) => [p.objectiveId, p.state])).toEqual([
      ['late', 'behind'],
      ['fine', 'achieved'],
    ]);
    expect(planIsBehind(plan, '2025-04-10')).toBe(true);
    expect(planIsBehind({ period: year, objectives: [fine, dropped] }, '2025-04-10')).toBe(false);
  });
});

describe('goalCoverage', () => {
  it('lists each goal’s objectives, the goals nobody serves, and stray links', () => {
    const goals = [
      { id: 'g1', period: year },
      { id: 'g2', period: year },
      { id: 'g3', period: yearPeriod(2026) },
    ];
    const plans = [
      {
        id: 'p1',
        partnerId: 'A',
        objectives: [
          { id: 'o1', companyGoalId: 'g1', status: 'in-progress' as const },
          { id: 'o2', companyGoalId: 'g1', status: 'not-started' as const },
          { id: 'o3', status: 'in-progress' as const },
        ],
      },
      {
        id: 'p2',
        partnerId: 'B',
        objectives: [
          { id: 'o4', companyGoalId: 'g2', status: 'dropped' as const },
          { id: 'o5', companyGoalId: 'gX', status: 'in-progress' as const },
        ],
      },
    ];
    expect(goalCoverage(goals, plans)).toEqual({
      goals: [
        {
          goalId: 'g1',
          objectives: [
            { planId: 'p1', partnerId: 'A', objectiveId: 'o1' },
            { planId: 'p1', partnerId: 'A', objectiveId: 'o2' },
          ],
        },
        { goalId: 'g2', objectives: [] },
        { goalId: 'g3', objectives: [] },
      ],
      uncoveredGoalIds: ['g2', 'g3'],
      unlinked: [{ planId: 'p1', partnerId: 'A', objectiveId: 'o3' }],
      unknownGoal: [{ planId: 'p2', partnerId: 'B', objectiveId: 'o5', goalId: 'gX' }],
    });
    expect(goalsForPeriod(goals, year).map((goal) => goal.id)).toEqual(['g1', 'g2']);
  });
});
