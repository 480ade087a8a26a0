import { describe, expect, it } from 'vitest';
import type { PartnerPlan } from '../../../../shared/domain/strategy/partner-plan';
import { emptyObjectiveForm, planToForm, quarterKey, type PlanForm } from './plan-form';
import { readPlanForm } from './plan-form-read';

const PARTNER = '00000000-0000-4000-8000-0000000000aa';
const OBJECTIVE = '00000000-0000-4000-8000-0000000000bb';
const GOAL = '00000000-0000-4000-8000-0000000000cc';

const form = (over: Partial<PlanForm> = {}): PlanForm => ({
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  status: 'draft',
  vision: '',
  ownerOurs: '',
  ownerPartner: '',
  sponsorOurs: '',
  sponsorPartner: '',
  objectives: [],
  targetAccounts: '',
  qbrDates: [],
  risks: [],
  ...over,
});

const objective = (quarters: [string, string][]) => ({
  ...emptyObjectiveForm(OBJECTIVE, 4, 'EUR'),
  title: 'Sourced new ARR',
  measure: 'Closed-won ARR',
  companyGoalId: GOAL,
  quarters: quarters.map(([target, actual]) => ({ target, actual })),
});

describe('readPlanForm', () => {
  it('reads typed quarterly figures into minor units, skipping blank quarters', () => {
    const read = readPlanForm(
      form({
        objectives: [
          objective([
            ['100,000', '120,000.50'],
            ['', ''],
            ['150000', ''],
            ['', ''],
          ]),
        ],
      }),
      PARTNER,
    );
    expect(read.errors).toEqual({});
    expect(read.draft.objectives[0]?.quarters).toEqual([
      { quarter: 1, target: 10_000_000, actual: 12_000_050 },
      { quarter: 3, target: 15_000_000 },
    ]);
    expect(read.draft.objectives[0]?.companyGoalId).toBe(GOAL);
  });

  it('puts a message on each figure that cannot be read, and keeps the rest for progress', () => {
    const read = readPlanForm(
      form({
        objectives: [
          objective([
            ['ten', ''],
            ['', '50'],
            ['200', '1.234'],
            ['300', ''],
          ]),
        ],
      }),
      PARTNER,
    );
    expect(read.errors).toEqual({
      [quarterKey(0, 1, 'target')]: 'Enter an amount like 1,234.50, with digits only.',
      [quarterKey(0, 2, 'target')]: 'Enter the quarter’s target first.',
      [quarterKey(0, 3, 'actual')]: 'EUR has 2 decimal places; enter at most 2.',
    });
    expect(read.draft.objectives[0]?.quarters).toEqual([
      { quarter: 3, target: 20_000 },
      { quarter: 4, target: 30_000 },
    ]);
  });

  it('flags figures left in a quarter the shortened period no longer has', () => {
    const read = readPlanForm(
      form({
        periodEnd: '2026-06-30',
        objectives: [
          objective([
            ['1', ''],
            ['', ''],
            ['3', ''],
            ['', ''],
          ]),
        ],
      }),
      PARTNER,
    );
    expect(read.errors).toEqual({
      [quarterKey(0, 3, 'target')]: 'This quarter is outside the plan’s period; clear its figures.',
    });
  });

  it('leaves blank rows out and moves schema messages back to the row on screen', () => {
    const read = readPlanForm(
      form({
        qbrDates: ['2026-03-31', '', '2026-13-01'],
        targetAccounts: 'Contoso\n\n  Fabrikam  \n',
        risks: [
          { description: '', mitigation: '' },
          { description: '', mitigation: 'Weekly check-in' },
        ],
      }),
      PARTNER,
    );
    expect(read.draft.targetAccounts).toEqual(['Contoso', 'Fabrikam']);
    expect(read.draft.qbrDates).toEqual(['2026-03-31', '2026-13-01']);
    expect(read.errors['qbrDates.2']).toBe('Enter a date like 2026-03-31.');
    expect(read.errors['risks.1.description']).toBe('A risk cannot be empty.');
    expect(read.errors['risks.0.description']).toBeUndefined();
  });

  it('needs a title and a measure on each objective', () => {
    const read = readPlanForm(
      form({ objectives: [{ ...objective([]), title: '', measure: ' ' }] }),
      PARTNER,
    );
    expect(read.errors).toEqual({
      'objectives.0.title': 'A title cannot be empty.',
      'objectives.0.measure': 'A measure cannot be empty.',
    });
  });
});

describe('planToForm', () => {
  it('places stored figures in their quarter slots and reads back the same plan', () => {
    const plan: PartnerPlan = {
      id: '00000000-0000-4000-8000-0000000000dd',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      partnerId: PARTNER,
      period: { start: '2026-01-01', end: '2026-12-31' },
      status: 'in-progress',
      objectives: [
        {
          id: OBJECTIVE,
          title: 'Certified engineers',
          measure: 'Engineers certified',
          unit: { kind: 'count' },
          progressMode: 'level',
          quarters: [{ quarter: 2, target: 10, actual: 4 }],
          status: 'in-progress',
        },
      ],
      targetAccounts: ['Contoso'],
      qbrDates: ['2026-03-31'],
      risks: [{ description: 'Reorg at the partner' }],
    };
    const edited = planToForm(plan, 4, 'EUR');
    expect(edited.objectives[0]?.quarters).toEqual([
      { target: '', actual: '' },
      { target: '10', actual: '4' },
      { target: '', actual: '' },
      { target: '', actual: '' },
    ]);
    const read = readPlanForm(edited, PARTNER);
    expect(read.errors).toEqual({});
    expect(read.draft.objectives[0]?.quarters).toEqual(plan.objectives[0]?.quarters);
    expect(read.draft.risks).toEqual([{ description: 'Reorg at the partner', mitigation: '' }]);
  });
});
