import { emptyFields, TEMPLATES } from '../../positioning/templates';
import type { Template, TemplateContent, TemplateOf } from './template';

/**
 * The built-in templates library: the positioning templates of shared/positioning/templates.ts
 * (wrapped, not copied, so the new-draft form and the library list the same methods), a partner
 * plan skeleton, a QBR agenda and a partner scorecard. The user's own templates (stored) join
 * them in the library with `builtIn: false`.
 */

/** A template as the library lists it: built in or the user's. */
export type LibraryTemplate = TemplateContent & {
  id: string;
  builtIn: boolean;
  /** Where a method comes from, shown beside the name. */
  source?: string | undefined;
};

/** The prefix of built-in templates' ids, which never collide with stored (UUID) ids. */
export const BUILT_IN_PREFIX = 'built-in:';

const positioning: LibraryTemplate[] = TEMPLATES.map((template) => ({
  id: `${BUILT_IN_PREFIX}${template.id}`,
  builtIn: true,
  source: template.source,
  kind: 'positioning',
  name: template.name,
  description: template.description,
  body: { base: template.id, fields: emptyFields(template.id) },
}));

const partnerPlan: TemplateOf<'partner-plan'> = {
  kind: 'partner-plan',
  name: 'Joint business plan',
  description:
    'A plan skeleton: a prompt for the shared vision and the objectives most partnerships track, ' +
    'each with its measure. Targets are yours to set for the partner and period.',
  body: {
    visionPrompt:
      'What will we and the partner achieve together this period, for which customers, and why ' +
      'could neither of us do it alone?',
    objectives: [
      {
        title: 'Grow partner-sourced pipeline',
        measure: 'Open pipeline on opportunities the partner created or registered',
        unitKind: 'money',
        unitLabel: undefined,
        progressMode: 'level',
        notes: undefined,
      },
      {
        title: 'Close partner-sourced revenue',
        measure: 'Closed-won revenue on partner-sourced opportunities',
        unitKind: 'money',
        unitLabel: undefined,
        progressMode: 'cumulative',
        notes: undefined,
      },
      {
        title: 'Certify the partner’s people',
        measure: 'People holding a current certification',
        unitKind: 'count',
        unitLabel: undefined,
        progressMode: 'level',
        notes: undefined,
      },
      {
        title: 'Win joint customers',
        measure: 'New customers won together',
        unitKind: 'count',
        unitLabel: undefined,
        progressMode: 'cumulative',
        notes: undefined,
      },
    ],
  },
};

const qbrAgenda: TemplateOf<'qbr-agenda'> = {
  kind: 'qbr-agenda',
  name: 'Quarterly business review',
  description:
    'Ninety minutes with the partner: the last quarter against the plan, the pipeline, ' +
    'enablement, marketing, customers, asks, and who owns what next quarter.',
  body: {
    items: [
      ['Welcome and goals for the meeting', 5],
      ['Last quarter against the plan', 15],
      ['Pipeline and deals', 15],
      ['Enablement and certification', 10],
      ['Joint marketing', 10],
      ['Customer feedback', 10],
      ['Asks and escalations', 10],
      ['Next quarter’s priorities and owners', 15],
    ].map(([title, minutes]) => ({
      title: String(title),
      minutes: Number(minutes),
      owner: undefined,
      notes: undefined,
    })),
  },
};

const scorecard: TemplateOf<'scorecard'> = {
  kind: 'scorecard',
  name: 'Quarterly partner scorecard',
  description:
    'Seven measures for one quarter, weighted to 100: revenue sourced and influenced (never ' +
    'added together), pipeline, deals, close rate, certified people and recent activity.',
  body: {
    // Money targets are in minor units of the workbook's currency (no currency of its own).
    currency: undefined,
    rows: [
      { metric: 'sourced-revenue', target: 5_000_000, weight: 25 },
      { metric: 'influenced-revenue', target: 2_500_000, weight: 10 },
      { metric: 'sourced-pipeline', target: 15_000_000, weight: 15 },
      { metric: 'deals-won', target: 5, weight: 15 },
      { metric: 'close-rate', target: 30, weight: 10 },
      { metric: 'certifications', target: 5, weight: 15 },
      { metric: 'activities-90-days', target: 12, weight: 10 },
    ],
  },
};

const builtIn = (content: TemplateContent, slug: string): LibraryTemplate => ({
  ...content,
  id: `${BUILT_IN_PREFIX}${slug}`,
  builtIn: true,
});

/** The built-in templates, positioning first, in the order the library shows them. */
export const BUILT_IN_TEMPLATES: readonly LibraryTemplate[] = [
  ...positioning,
  builtIn(partnerPlan, 'joint-business-plan'),
  builtIn(qbrAgenda, 'quarterly-business-review'),
  builtIn(scorecard, 'quarterly-scorecard'),
];

/** A stored template as the library lists it. */
export function libraryEntry(template: Template): LibraryTemplate {
  const { createdAt, updatedAt, ...content } = template;
  return { ...content, builtIn: false };
}

/** The built-in template with this id, if any. */
export function builtInTemplate(id: string): LibraryTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}
