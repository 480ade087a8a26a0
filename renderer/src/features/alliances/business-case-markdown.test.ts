import { describe, expect, it } from 'vitest';
import type { Ask } from '../../../../shared/domain/people/ask';
import type { Stakeholder } from '../../../../shared/domain/people/stakeholder';
import type { Partner } from '../../../../shared/domain/partner';
import type { DraftField, PositioningDraft } from '../../../../shared/domain/positioning';
import type { PartnerPlan } from '../../../../shared/domain/strategy/partner-plan';
import { DEFAULT_STRATEGY_SETTINGS } from '../../../../shared/domain/strategy/strategy-settings';
import { tierLabels } from '../../../../shared/domain/strategy/tier-labels';
import { emptyFields } from '../../../../shared/positioning/templates';
import { performanceFigures } from '../performance/performance-figures';
import { businessCase, type BusinessCaseSources } from './business-case';
import { businessCaseMarkdown } from './business-case-markdown';

const TODAY = '2026-05-15';
const at = '2026-01-01T10:00:00.000Z';
const times = { createdAt: at, updatedAt: at };
const partner: Partner = {
  ...times,
  id: '6f1b3c1e-8a7d-4b2e-9c3f-1a2b3c4d5e6f',
  name: 'Northwind *Integrations*',
  types: ['reseller', 'technology'],
  stage: 'active',
  tier: 'gold',
  region: 'EMEA',
  owner: 'Maya Lindqvist',
  tags: [],
};
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const metrics = [
  { metric: 'sourced-revenue', date: '2026-02-01', value: 210_000, currency: 'EUR' },
  { metric: 'sourced-revenue', date: '2026-04-10', value: 420_000, currency: 'EUR' },
  { metric: 'influenced-revenue', date: '2026-05-01', value: 100_000, currency: 'EUR' },
];
const settings = DEFAULT_STRATEGY_SETTINGS;
const figures = performanceFigures({
  today: TODAY,
  settings,
  partnerTier: partner.tier,
  health: { today: TODAY, currency: 'EUR', metrics, activities: [], plans: [] },
  metrics,
  investments: [
    { kind: 'money', date: '2026-04-02', amount: eur(100_000) },
    { kind: 'time', date: '2026-05-02', hours: 12 },
    { kind: 'money', date: '2026-01-20', amount: eur(50_000) },
  ],
});

const statementValues: Record<string, string> = {
  'target-customer': 'mid-market finance teams',
  need: 'close the books every month',
  'product-name': 'Ledgerly',
  'product-category': 'accounting automation platform',
  'key-benefit': 'cuts the close to three days',
  'competitive-alternative': 'spreadsheets',
  differentiation: 'reconciles every bank feed',
};
const statementFields: DraftField[] = emptyFields('positioning-statement').map((field) =>
  field.kind === 'text' ? { ...field, value: statementValues[field.key] ?? '' } : field,
);
const draft = (fields: Partial<PositioningDraft>): PositioningDraft => ({
  ...times,
  id: '8f1b3c1e-8a7d-4b2e-9c3f-1a2b3c4d5e6f',
  partnerId: partner.id,
  title: 'Joint pitch',
  audience: 'partner-customers',
  template: 'positioning-statement',
  status: 'approved',
  fields: statementFields,
  iterationCount: 0,
  ...fields,
});

const plan: PartnerPlan = {
  ...times,
  id: '9f1b3c1e-8a7d-4b2e-9c3f-1a2b3c4d5e6f',
  partnerId: partner.id,
  period: { start: '2026-01-01', end: '2026-12-31' },
  status: 'in-progress',
  objectives: [
    {
      id: 'af1b3c1e-8a7d-4b2e-9c3f-1a2b3c4d5e6f',
      title: 'Grow sourced ARR',
      measure: 'Sourced new ARR',
      unit: { kind: 'money', currency: 'EUR' },
      progressMode: 'cumulative',
      quarters: [
        { quarter: 1, target: 1_000_000, actual: 500_000 },
        { quarter: 2, target: 1_000_000 },
      ],
      status: 'in-progress',
    },
    {
      id: 'bf1b3c1e-8a7d-4b2e-9c3f-1a2b3c4d5e6f',
      title: 'Dropped idea',
      measure: 'Anything',
      unit: { kind: 'count' },
      progressMode: 'cumulative',
      quarters: [],
      status: 'dropped',
    },
  ],
  targetAccounts: [],
  qbrDates: [],
  risks: [],
};

const dana: Stakeholder = {
  ...times,
  id: 'cf1b3c1e-8a7d-4b2e-9c3f-1a2b3c4d5e6f',
  name: 'Dana Reyes',
  team: 'engineering',
  influence: 'high',
  stance: 'skeptic',
  partnerIds: [partner.id],
};
const asks: Ask[] = [
  {
    ...times,
    id: 'df1b3c1e-8a7d-4b2e-9c3f-1a2b3c4d5e6f',
    what: 'Two engineers for the API',
    why: 'The integration unlocks | joint deals',
    stakeholderId: dana.id,
    partnerId: partner.id,
    status: 'asked',
    askedAt: '2026-04-01',
  },
  {
    ...times,
    id: 'ef1b3c1e-8a7d-4b2e-9c3f-1a2b3c4d5e6f',
    what: 'Co-marketing budget',
    stakeholderId: dana.id,
    partnerId: partner.id,
    status: 'declined',
    askedAt: '2026-03-02',
    outcome: 'No budget before Q3',
  },
];

const sources: BusinessCaseSources = {
  partner,
  today: TODAY,
  currency: 'EUR',
  tierLabels: tierLabels(settings.tiers),
  figures,
  approved: [{ draft: draft({}) }],
  plans: [plan],
  asks,
  stakeholders: [dana],
};

describe('the business case in Markdown', () => {
  it('prints the value, positioning, plan, return and asks, with the app’s own figures', () => {
    // Revenue over the last 12 months: €2,100 + €4,200 sourced, €1,000 influenced. Health has
    // no targets to score revenue or pipeline against, and no activity, certified people or
    // plan sponsors: 0, red. Q2: €4,200 ÷ €1,000 invested = €4.20, ÷ 12 hours = €350.00;
    // influenced €1,000 ÷ 12 = €83.33. Q1: €2,100 ÷ €500 = €4.20, no hours.
    // The objective: €5,000 of €20,000 (25%); by 15 May the Q1 target of €10,000 was due.
    // The API ask was asked 44 days ago (1 April to 15 May): stalled.
    expect(businessCaseMarkdown(businessCase(sources))).toBe(
      `# Northwind \\*Integrations\\*: business case

_As of 2026-05-15._

## The partnership

- **Types:** Reseller / VAR, Technology / ISV
- **Stage:** Active
- **Tier:** Gold
- **Region:** EMEA
- **Owner:** Maya Lindqvist
- **Health:** 0 of 100 · Red: at risk (under 50)
- **Sourced revenue, last 12 months:** €6,300.00
- **Influenced revenue, last 12 months:** €1,000.00

Sourced and influenced revenue are counted apart and never added together.

| Quarter | Sourced revenue | Influenced revenue |
| --- | ---: | ---: |
| 2026-Q2 | €4,200.00 | €1,000.00 |
| 2026-Q1 | €2,100.00 | €0.00 |
| 2025-Q4 | €0.00 | €0.00 |
| 2025-Q3 | €0.00 | €0.00 |

## Approved positioning

### Joint pitch (Partner’s customers)

> For mid-market finance teams who close the books every month, Ledgerly is an accounting automation platform that cuts the close to three days. Unlike spreadsheets, our product reconciles every bank feed.

## Plan objectives: 2026 (In progress)

- **Grow sourced ARR** (Sourced new ARR): €5,000.00 of €20,000.00 (25%) · Behind

## Return on investment

This quarter (2026-Q2):

- €4.20 sourced revenue per €1 invested
- €1.00 influenced revenue per €1 invested
- €350.00 sourced revenue per hour invested
- €83.33 influenced revenue per hour invested

| Quarter | Money invested | Hours | Sourced per €1 | Influenced per €1 |
| --- | ---: | ---: | ---: | ---: |
| 2026-Q2 | €1,000.00 | 12 | €4.20 | €1.00 |
| 2026-Q1 | €500.00 | 0 | €4.20 | €0.00 |
| 2025-Q4 | €0.00 | 0 | — | — |
| 2025-Q3 | €0.00 | 0 | — | — |

## Asks

- **Two engineers for the API**, of Dana Reyes: Asked · asked on 2026-04-01 · Stalled: asked 44 days ago
  - Why: The integration unlocks \\| joint deals
- **Co-marketing budget**, of Dana Reyes: Declined · asked on 2026-03-02
  - Outcome: No budget before Q3
`,
    );
  });

  it('says what is missing: no tier, no positioning, no plan, no asks; other templates print their fields', () => {
    const bare = businessCaseMarkdown(
      businessCase({
        ...sources,
        partner: { ...partner, tier: 'none', region: undefined, owner: undefined },
        approved: [
          {
            draft: draft({
              template: 'blank',
              title: 'Internal case',
              audience: 'internal',
              fields: [
                { key: 'why', label: 'Why now', kind: 'text', value: '# Audits moved up' },
                { key: 'empty', label: 'Empty', kind: 'text', value: ' ' },
                { key: 'proof', label: 'Proof', kind: 'list', value: ['Two wins', ''] },
              ],
            }),
          },
        ],
        plans: [],
        asks: [],
      }),
    );
    expect(bare).not.toContain('**Tier:**');
    expect(bare).toContain(
      '### Internal case (Internal)\n\n**Why now:** \\# Audits moved up\n\n**Proof:** \\- Two wins\n\n',
    );
    expect(bare).toContain('## Plan objectives\n\n_No plan in progress or covering today._');
    expect(bare).toContain('## Asks\n\n_Nothing has been asked of colleagues yet._\n');
    expect(businessCaseMarkdown(businessCase({ ...sources, approved: [] }))).toContain(
      '## Approved positioning\n\n_No positioning has been approved yet._',
    );
  });
});
