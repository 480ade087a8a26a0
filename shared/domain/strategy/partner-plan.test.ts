import { describe, expect, it } from 'vitest';
import { validate } from '../validation';
import { partnerPlanInputSchema } from './partner-plan';
import {
  activePlan,
  checkPlanRules,
  planCovering,
  planEditability,
  type PlanHeader,
} from './plan-rules';

const partnerId = '3f8a2b1c-4d5e-4f60-8a9b-0c1d2e3f4a5b';
const objectiveId = '9b2c1d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e';

describe('partner plan schema', () => {
  const plan = {
    partnerId,
    period: { start: '2025-01-01', end: '2025-12-31' },
    targetAccounts: ['Fjord Bank', 'Fjord Bank', 'Acme'],
    qbrDates: ['2025-10-01', '2025-04-01', '2025-04-01'],
    objectives: [
      {
        id: objectiveId,
        title: 'Sourced ARR',
        measure: 'New ARR from deals the partner registers',
        unit: { kind: 'money', currency: 'EUR' },
        quarters: [{ quarter: 1, target: 5_000_000, actual: 4_000_000 }],
      },
    ],
  };

  it('fills defaults, drops repeated accounts and sorts QBR dates', () => {
    const result = validate(partnerPlanInputSchema, plan);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.status).toBe('draft-outline');
    expect(result.value.targetAccounts).toEqual(['Fjord Bank', 'Acme']);
    expect(result.value.qbrDates).toEqual(['2025-04-01', '2025-10-01']);
    expect(result.value.objectives[0]).toMatchObject({
      progressMode: 'cumulative',
      status: 'not-started',
    });
    expect(result.value.risks).toEqual([]);
  });

  it('refuses quarters outside the period, repeated quarters and fractional money', () => {
    const [objective] = plan.objectives;
    const bad = {
      ...plan,
      objectives: [
        {
          ...objective,
          quarters: [
            { quarter: 5, target: 1 },
            { quarter: 2, target: 100 },
            { quarter: 2, target: 100, actual: 0.5 },
          ],
        },
      ],
    };
    expect(validate(partnerPlanInputSchema, bad)).toEqual({
      ok: false,
      errors: {
        'objectives.0.quarters.0.quarter': 'The plan’s period has 4 quarters.',
        'objectives.0.quarters.2.quarter': 'Quarter 2 appears twice.',
        'objectives.0.quarters.2.actual': 'An amount is a whole number of minor units.',
      },
    });
  });
});

describe('plan rules', () => {
  const header = (
    id: string,
    year: number,
    status: PlanHeader['status'],
    partner = partnerId,
  ): PlanHeader => ({
    id,
    partnerId: partner,
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
    status,
  });
  const plan2024 = header('a', 2024, 'completed');
  const plan2025 = header('b', 2025, 'in-progress');
  const plan2026 = header('c', 2026, 'draft');
  const otherPartners = header('d', 2025, 'in-progress', objectiveId);
  const plans = [plan2024, plan2025, plan2026, otherPartners];

  it('allows one plan in progress per partner, ignoring other partners', () => {
    expect(checkPlanRules(plan2025, plans)).toEqual([]);
    expect(checkPlanRules({ ...plan2026, status: 'in-progress' }, plans)).toEqual([
      { kind: 'another-plan-in-progress', planId: 'b' },
    ]);
  });

  it('refuses a plan whose period overlaps another of the partner’s', () => {
    const midYear = {
      ...header('e', 2025, 'draft'),
      period: { start: '2025-07-01', end: '2026-06-30' },
    };
    expect(checkPlanRules(midYear, plans)).toEqual([
      { kind: 'overlapping-period', planId: 'b' },
      { kind: 'overlapping-period', planId: 'c' },
    ]);
  });

  it('keeps completed and superseded plans read-only, a running one and next year’s draft open', () => {
    expect(planEditability(plan2024, plans)).toEqual({ readOnly: true, reason: 'completed' });
    expect(planEditability(plan2025, plans)).toEqual({ readOnly: false });
    expect(planEditability(plan2026, plans)).toEqual({ readOnly: false });
    const started = [plan2024, plan2025, { ...plan2026, status: 'in-progress' as const }];
    expect(planEditability(plan2025, started)).toEqual({
      readOnly: true,
      reason: 'superseded',
      byPlanId: 'c',
    });
  });

  it('finds the active plan and the plan covering a day', () => {
    const own = [plan2024, plan2025, plan2026];
    expect(activePlan(own)?.id).toBe('b');
    expect(activePlan([plan2024, plan2026])).toBeUndefined();
    // Two in progress after a merge: the later one, the same on every machine.
    expect(activePlan([plan2025, { ...plan2026, status: 'in-progress' as const }])?.id).toBe('c');
    expect(planCovering(own, '2025-06-01')?.id).toBe('b');
    expect(planCovering(own, '2023-06-01')).toBeUndefined();
  });
});
