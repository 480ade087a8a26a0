import { describe, expect, it } from 'vitest';
import { emptyFields, TEMPLATES } from '../../positioning/templates';
import { partnerPlanInputSchema } from '../strategy/partner-plan';
import { BUILT_IN_TEMPLATES, builtInTemplate, libraryEntry } from './library';
import { planFromTemplate, templateFromPlan } from './plan-from-template';
import { draftSourceOf, templateFromDraft } from './positioning-from-template';
import { agendaMinutes, qbrInputSchema } from './qbr';
import { qbrFromTemplate } from './qbr-from-template';
import { templateInputSchema, templateSchema } from './template';
import { templateSummary } from './template-summary';

const PARTNER = '10000000-0000-4000-8000-000000000001';
const T = '2026-01-01T00:00:00.000Z';

describe('the built-in library', () => {
  it('wraps every positioning template, and each built-in template passes its schema', () => {
    const positioning = BUILT_IN_TEMPLATES.filter((t) => t.kind === 'positioning');
    expect(positioning.map((t) => t.name)).toEqual(TEMPLATES.map((t) => t.name));
    for (const template of BUILT_IN_TEMPLATES) {
      const { id, builtIn, source, ...content } = template;
      expect(templateInputSchema.safeParse(content).success, id).toBe(true);
      expect(builtIn && id.startsWith('built-in:') && source !== '').toBe(true);
    }
  });

  it('has a QBR agenda of the usual topics, ninety minutes in all', () => {
    const agenda = builtInTemplate('built-in:quarterly-business-review');
    if (agenda?.kind !== 'qbr-agenda') throw new Error('fixture');
    expect(agendaMinutes(agenda.body.items)).toBe(90);
    expect(agenda.body.items.map((item) => item.title)).toContain('Asks and escalations');
  });

  it('has a scorecard whose weights add to 100, sourced and influenced on separate rows', () => {
    const scorecard = builtInTemplate('built-in:quarterly-scorecard');
    if (scorecard?.kind !== 'scorecard') throw new Error('fixture');
    expect(scorecard.body.rows.reduce((sum, row) => sum + row.weight, 0)).toBe(100);
    expect(templateSummary(scorecard, 'EUR')[0]).toBe(
      'Sourced revenue: target 50,000 EUR, weight 25',
    );
  });
});

describe('template schemas', () => {
  it('refuse a scorecard measure twice, weights not summing to 100, and a nameless quantity', () => {
    const bad = templateInputSchema.safeParse({
      kind: 'scorecard',
      name: 'x',
      body: {
        rows: [
          { metric: 'deals-won', target: 1, weight: 50 },
          { metric: 'deals-won', target: 1, weight: 40 },
        ],
      },
    });
    expect(bad.success ? [] : bad.error.issues.map((issue) => issue.message)).toEqual([
      'The weights add up to 90; make them 100.',
      'This measure is already on the scorecard.',
    ]);
    const quantity = templateInputSchema.safeParse({
      kind: 'partner-plan',
      name: 'x',
      body: { objectives: [{ title: 'Installs', measure: 'Installs', unitKind: 'quantity' }] },
    });
    expect(quantity.success).toBe(false);
  });

  it('keep kind and body together, and trim names', () => {
    const stored = templateSchema.parse({
      id: '86000000-0000-4000-8000-000000000001',
      createdAt: T,
      updatedAt: T,
      kind: 'qbr-agenda',
      name: '  Short  ',
      body: { items: [{ title: 'Pipeline', minutes: 20 }] },
    });
    expect(stored.name).toBe('Short');
    expect(libraryEntry(stored)).toMatchObject({ builtIn: false, name: 'Short' });
    expect(templateSchema.safeParse({ ...stored, kind: 'scorecard' }).success).toBe(false);
  });
});

describe('planFromTemplate', () => {
  it('gives a draft-outline plan with the template’s objectives, new ids and no figures', () => {
    const template = builtInTemplate('built-in:joint-business-plan');
    if (template?.kind !== 'partner-plan') throw new Error('fixture');
    let n = 0;
    const newId = () => `82000000-0000-4000-8000-00000000000${(n += 1)}`;
    const period = { start: '2026-01-01', end: '2026-12-31' };
    const { plan, visionPrompt } = planFromTemplate(template, {
      partnerId: PARTNER,
      period,
      currency: 'GBP',
      newId,
    });
    expect(visionPrompt).toMatch(/^What will we and the partner achieve/);
    expect(plan).toMatchObject({ partnerId: PARTNER, period, status: 'draft-outline' });
    expect(plan.vision).toBeUndefined();
    expect(plan.objectives?.[0]).toEqual({
      id: '82000000-0000-4000-8000-000000000001',
      title: 'Grow partner-sourced pipeline',
      measure: 'Open pipeline on opportunities the partner created or registered',
      unit: { kind: 'money', currency: 'GBP' },
      progressMode: 'level',
      quarters: [],
      status: 'not-started',
    });
    expect(plan.objectives?.[2]?.unit).toEqual({ kind: 'count' });
    expect(partnerPlanInputSchema.safeParse(plan).success).toBe(true);
  });

  it('round-trips through templateFromPlan, dropping figures and keeping measures', () => {
    const plan = {
      objectives: [
        {
          id: '82000000-0000-4000-8000-000000000001',
          title: 'Installs',
          measure: 'New installs',
          unit: { kind: 'quantity' as const, label: 'installs' },
          progressMode: 'cumulative' as const,
          quarters: [{ quarter: 1, target: 10, actual: 4 }],
          status: 'in-progress' as const,
          ownerOurs: 'Liis',
        },
      ],
    };
    const input = templateInputSchema.parse(templateFromPlan(plan, 'Integration plan'));
    expect(input).toMatchObject({
      kind: 'partner-plan',
      body: { objectives: [{ title: 'Installs', unitKind: 'quantity', unitLabel: 'installs' }] },
    });
    if (input.kind !== 'partner-plan') throw new Error('kind');
    const again = planFromTemplate(input, {
      partnerId: PARTNER,
      period: { start: '2026-01-01', end: '2026-03-31' },
      currency: 'EUR',
      newId: () => '82000000-0000-4000-8000-000000000009',
    });
    expect(again.plan.objectives?.[0]).toMatchObject({
      unit: plan.objectives[0]?.unit,
      quarters: [],
    });
  });

  it('leaves a dropped objective out of the template', () => {
    const objective = {
      id: '82000000-0000-4000-8000-000000000002',
      title: 'Joint webinars',
      measure: 'Webinars run together',
      unit: { kind: 'count' as const },
      progressMode: 'cumulative' as const,
      quarters: [],
    };
    const template = templateFromPlan(
      {
        objectives: [
          { ...objective, status: 'dropped' as const },
          { ...objective, title: 'Joint events', status: 'not-started' as const },
        ],
      },
      'Events plan',
    );
    expect(template.kind === 'partner-plan' && template.body.objectives).toEqual([
      {
        title: 'Joint events',
        measure: 'Webinars run together',
        unitKind: 'count',
        unitLabel: undefined,
        progressMode: 'cumulative',
      },
    ]);
  });
});

describe('QBRs and positioning drafts from templates', () => {
  it('start a valid QBR with the agenda’s items', () => {
    const template = builtInTemplate('built-in:quarterly-business-review');
    if (template?.kind !== 'qbr-agenda') throw new Error('fixture');
    const input = qbrFromTemplate(template, {
      partnerId: PARTNER,
      date: '2026-03-31',
      title: 'Q1',
    });
    const parsed = qbrInputSchema.parse(input);
    expect(parsed).toMatchObject({ status: 'planned', attendees: [], actions: [] });
    expect(parsed.agenda).toHaveLength(template.body.items.length);
  });

  it('start a draft from a built-in method or from a saved draft’s fields', () => {
    const statement = builtInTemplate('built-in:positioning-statement');
    if (statement?.kind !== 'positioning') throw new Error('fixture');
    expect(draftSourceOf(statement)).toEqual({
      kind: 'template',
      template: 'positioning-statement',
    });
    const fields = emptyFields('message-house');
    const saved = templateInputSchema.parse(
      templateFromDraft({ template: 'message-house', fields }, 'Our house'),
    );
    if (saved.kind !== 'positioning') throw new Error('kind');
    expect(draftSourceOf({ ...saved, builtIn: false })).toEqual({
      kind: 'fields',
      template: 'message-house',
      fields,
    });
  });
});
