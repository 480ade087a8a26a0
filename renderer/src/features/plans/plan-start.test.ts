import { describe, expect, it } from 'vitest';
import {
  partnerPlanInputSchema,
  type PartnerPlan,
} from '../../../../shared/domain/strategy/partner-plan';
import { BUILT_IN_TEMPLATES } from '../../../../shared/domain/templates/library';
import {
  initialPlanSource,
  newPlanInput,
  planSourceOptions,
  planTemplates,
  type PlanTemplate,
} from './plan-start';

const PARTNER = '00000000-0000-4000-8000-0000000000aa';
const T = '2026-01-01T00:00:00.000Z';
const YEAR_2027 = { start: '2027-01-01', end: '2027-12-31' };

const previous: PartnerPlan = {
  id: '00000000-0000-4000-8000-000000000001',
  partnerId: PARTNER,
  period: { start: '2026-01-01', end: '2026-12-31' },
  status: 'in-progress',
  objectives: [
    {
      id: '00000000-0000-4000-8000-000000000002',
      title: 'Certify engineers',
      measure: 'Certified engineers',
      unit: { kind: 'count' },
      progressMode: 'level',
      quarters: [{ quarter: 1, target: 4, actual: 3 }],
      status: 'in-progress',
    },
  ],
  targetAccounts: [],
  qbrDates: [],
  risks: [],
  createdAt: T,
  updatedAt: T,
};

const mine: PlanTemplate = {
  id: '00000000-0000-4000-8000-000000000009',
  builtIn: false,
  kind: 'partner-plan',
  name: 'Integration plan',
  description: undefined,
  body: {
    visionPrompt: undefined,
    objectives: [
      {
        title: 'Ship the connector',
        measure: 'Connector installs',
        unitKind: 'quantity',
        unitLabel: 'installs',
        progressMode: 'cumulative',
        notes: undefined,
      },
    ],
  },
};

const templates = [...planTemplates(BUILT_IN_TEMPLATES), mine];

function ids(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-1000000000${String((n += 1)).padStart(2, '0')}`;
}

const start = (period = YEAR_2027) => ({
  partnerId: PARTNER,
  period,
  status: 'draft' as const,
  currency: 'EUR',
  newId: ids(),
});

describe('planSourceOptions', () => {
  it('offers the previous plan’s objectives, a blank plan, then each plan template', () => {
    expect(planSourceOptions(previous, templates)).toEqual([
      {
        value: 'previous',
        label: 'The objectives of the 2026 plan (targets kept, actuals cleared)',
      },
      { value: 'blank', label: 'A blank plan' },
      {
        value: 'built-in:joint-business-plan',
        label: 'Joint business plan (built-in template)',
      },
      { value: mine.id, label: 'Integration plan (my template)' },
    ]);
  });

  it('leaves out a previous plan with no objectives, and the library’s other kinds', () => {
    const options = planSourceOptions({ ...previous, objectives: [] }, planTemplates([]));
    expect(options).toEqual([{ value: 'blank', label: 'A blank plan' }]);
  });
});

describe('initialPlanSource', () => {
  const options = planSourceOptions(previous, templates);
  it('takes the template asked for, else the previous plan, else a blank plan', () => {
    expect(initialPlanSource(options, mine.id)).toBe(mine.id);
    expect(initialPlanSource(options)).toBe('previous');
    expect(initialPlanSource(planSourceOptions(undefined, templates))).toBe('blank');
    expect(initialPlanSource(options, 'gone')).toBe('blank');
  });
});

describe('newPlanInput', () => {
  it('copies the previous plan’s objectives with targets and without actuals', () => {
    const input = newPlanInput('previous', start(), previous, templates);
    expect(input.objectives).toEqual([
      {
        ...previous.objectives[0],
        id: '00000000-0000-4000-8000-100000000001',
        status: 'not-started',
        quarters: [{ quarter: 1, target: 4 }],
      },
    ]);
    expect(input.status).toBe('draft');
  });

  it('starts from the user’s template with the chosen status and the template’s objectives', () => {
    const input = newPlanInput(mine.id, start(), previous, templates);
    expect(input).toEqual({
      partnerId: PARTNER,
      period: YEAR_2027,
      status: 'draft',
      objectives: [
        {
          id: '00000000-0000-4000-8000-100000000001',
          title: 'Ship the connector',
          measure: 'Connector installs',
          unit: { kind: 'quantity', label: 'installs' },
          progressMode: 'cumulative',
          quarters: [],
          status: 'not-started',
        },
      ],
    });
    expect(partnerPlanInputSchema.safeParse(input).success).toBe(true);
  });

  it('starts from the built-in plan with money in the workbook’s currency', () => {
    const input = newPlanInput('built-in:joint-business-plan', start(), undefined, templates);
    expect(input.objectives?.map((o) => o.title)).toEqual([
      'Grow partner-sourced pipeline',
      'Close partner-sourced revenue',
      'Certify the partner’s people',
      'Win joint customers',
    ]);
    expect(input.objectives?.[0]?.unit).toEqual({ kind: 'money', currency: 'EUR' });
  });

  it('gives a blank plan for "blank", an unknown template, or a period that ends before it starts', () => {
    expect(newPlanInput('blank', start(), previous, templates).objectives).toEqual([]);
    expect(newPlanInput('gone', start(), previous, templates).objectives).toEqual([]);
    const backwards = { start: '2027-12-31', end: '2027-01-01' };
    expect(newPlanInput(mine.id, start(backwards), previous, templates)).toEqual({
      partnerId: PARTNER,
      period: backwards,
      status: 'draft',
      objectives: [],
    });
  });
});
