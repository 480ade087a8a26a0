import { encodePartnerbook } from './encode';
import type { SnapshotTableName, WorkbookSnapshot } from './snapshot';

/**
 * A small, fixed, valid workbook and its file text, for tests that break one thing at a time
 * and check the exact message.
 */

/** Ids of the fixture's records, for tests that point at them. */
export const FIXTURE_IDS = {
  workbook: '00000000-0000-4000-8000-000000000001',
  partner: '10000000-0000-4000-8000-000000000001',
  otherPartner: '10000000-0000-4000-8000-000000000002',
  contact: '20000000-0000-4000-8000-000000000001',
  draft: '30000000-0000-4000-8000-000000000001',
  iteration: '40000000-0000-4000-8000-000000000001',
  statusChange: '50000000-0000-4000-8000-000000000001',
  activity: '60000000-0000-4000-8000-000000000001',
  deleted: '70000000-0000-4000-8000-000000000001',
  goal: '80000000-0000-4000-8000-000000000001',
  plan: '81000000-0000-4000-8000-000000000001',
  objective: '82000000-0000-4000-8000-000000000001',
  investment: '83000000-0000-4000-8000-000000000001',
  metricEntry: '84000000-0000-4000-8000-000000000001',
  customMetric: '85000000-0000-4000-8000-000000000001',
  template: '86000000-0000-4000-8000-000000000001',
  qbr: '87000000-0000-4000-8000-000000000001',
  partnerChange: '88000000-0000-4000-8000-000000000001',
  intelligenceEntry: '90000000-0000-4000-8000-000000000001',
  feedback: '91000000-0000-4000-8000-000000000001',
  decision: '92000000-0000-4000-8000-000000000001',
  stakeholder: '93000000-0000-4000-8000-000000000001',
  ask: '94000000-0000-4000-8000-000000000001',
} as const;

const T = '2026-01-01T00:00:00.000Z';
const base = { createdAt: T, updatedAt: T };

/** The fixture workbook: two partners, a contact, a draft with one iteration, and the rest. */
export function fixtureSnapshot(): WorkbookSnapshot {
  const ids = FIXTURE_IDS;
  const fields = [{ key: 'core', label: 'Core', kind: 'text' as const, value: 'Faster close' }];
  return {
    workbook: { id: ids.workbook, name: 'EMEA resellers', ...base },
    tables: {
      partners: [
        {
          name: 'Baltic Data',
          types: ['reseller'],
          stage: 'active',
          tier: 'gold',
          tags: [],
          id: ids.partner,
          ...base,
        },
        {
          name: 'Harbor Cloud',
          types: [],
          stage: 'prospect',
          tier: 'none',
          tags: ['co-sell'],
          id: ids.otherPartner,
          ...base,
        },
      ],
      contacts: [{ id: ids.contact, name: 'Liis Tamm', ...base, partnerId: ids.partner }],
      positioningDrafts: [
        {
          id: ids.draft,
          ...base,
          partnerId: ids.partner,
          title: 'Baltic pitch',
          audience: 'partner-sales',
          template: 'blank',
          status: 'draft',
          fields,
          headIterationId: ids.iteration,
          iterationCount: 1,
        },
      ],
      positioningIterations: [
        {
          id: ids.iteration,
          ...base,
          draftId: ids.draft,
          number: 1,
          rationale: 'First cut',
          title: 'Baltic pitch',
          audience: 'partner-sales',
          status: 'draft',
          fields,
          committedAt: T,
        },
      ],
      positioningStatusChanges: [
        { id: ids.statusChange, draftId: ids.draft, from: 'draft', to: 'in-review', at: T },
      ],
      activities: [
        {
          id: ids.activity,
          ...base,
          partnerId: ids.partner,
          occurredAt: T,
          direction: 'outbound',
          purpose: 'sales',
          title: 'Kick-off call',
        },
      ],
      companyGoals: [
        {
          id: ids.goal,
          ...base,
          title: 'Grow new ARR',
          measure: 'New ARR',
          target: 400_000_00,
          unit: { kind: 'money', currency: 'EUR' },
          period: { start: '2026-01-01', end: '2026-12-31' },
        },
      ],
      partnerPlans: [
        {
          id: ids.plan,
          ...base,
          partnerId: ids.partner,
          period: { start: '2026-01-01', end: '2026-12-31' },
          status: 'in-progress',
          objectives: [
            {
              id: ids.objective,
              title: 'Sourced ARR',
              companyGoalId: ids.goal,
              measure: 'Sourced new ARR',
              unit: { kind: 'money', currency: 'EUR' },
              progressMode: 'cumulative',
              quarters: [{ quarter: 1, target: 50_000_00, actual: 42_000_00 }],
              status: 'in-progress',
            },
          ],
          targetAccounts: [],
          qbrDates: ['2026-03-31'],
          risks: [],
        },
      ],
      investments: [
        {
          id: ids.investment,
          ...base,
          partnerId: ids.partner,
          date: '2026-02-10',
          tag: 'co-marketing',
          kind: 'money',
          amount: { amountMinor: 5_000_00, currency: 'EUR' },
          fundType: 'mdf',
        },
      ],
      metricEntries: [
        {
          id: ids.metricEntry,
          ...base,
          partnerId: ids.partner,
          metric: ids.customMetric,
          date: '2026-02-28',
          value: 12,
        },
      ],
      customMetrics: [
        {
          id: ids.customMetric,
          ...base,
          name: 'Joint webinars',
          unit: 'count',
          indicator: 'leading',
          aggregation: 'sum',
        },
      ],
      templates: [
        {
          id: ids.template,
          ...base,
          kind: 'qbr-agenda',
          name: 'Short QBR',
          body: { items: [{ title: 'Pipeline', minutes: 20 }] },
        },
      ],
      qbrs: [
        {
          id: ids.qbr,
          ...base,
          partnerId: ids.partner,
          date: '2026-03-31',
          title: 'Q1 review',
          status: 'planned',
          agenda: [{ title: 'Pipeline', minutes: 20, owner: 'Liis' }],
          attendees: ['Liis'],
          actions: [],
        },
      ],
      partnerChanges: [
        {
          id: ids.partnerChange,
          ...base,
          partnerId: ids.partner,
          field: 'tier',
          from: null,
          to: 'gold',
          changedAt: T,
          effectiveOn: '2025-12-01',
          note: 'Back-dated to the programme review',
        },
      ],
      intelligenceEntries: [
        {
          id: ids.intelligenceEntry,
          ...base,
          partnerId: ids.partner,
          observedAt: '2025-11-20',
          source: { kind: 'link', url: 'https://balticdata.example.com/news', note: 'Press' },
          section: 'competition',
          competitor: 'Globex',
          competitionKind: 'joint-offer-competitor',
        },
      ],
      feedback: [
        {
          id: ids.feedback,
          ...base,
          speakerKind: 'customer',
          speakerName: 'Mari Kask',
          speakerOrganisation: 'Tallinn Port',
          date: '2025-12-02',
          words: 'Setup took a day instead of a month.',
          theme: 'Onboarding',
          sentiment: 'positive',
          partnerId: ids.partner,
          positioningIterationId: ids.iteration,
        },
      ],
      decisions: [
        {
          id: ids.decision,
          ...base,
          scope: 'partnership',
          partnerId: ids.partner,
          context: 'Customers praise the quick setup.',
          optionsConsidered: ['Lead with speed', 'Lead with price'],
          decision: 'Lead the joint pitch with speed of setup.',
          date: '2025-12-10',
          decidedBy: 'Liis',
          feedbackIds: [ids.feedback],
        },
      ],
      stakeholders: [
        {
          id: ids.stakeholder,
          ...base,
          name: 'Jaan Tamm',
          team: 'engineering',
          role: 'Head of integrations',
          influence: 'high',
          stance: 'skeptic',
          partnerIds: [ids.partner],
          lastMetAt: '2025-12-01',
        },
      ],
      asks: [
        {
          id: ids.ask,
          ...base,
          what: 'Two weeks of integration work',
          stakeholderId: ids.stakeholder,
          partnerId: ids.partner,
          status: 'asked',
          askedAt: '2025-12-03',
        },
      ],
      settings: [{ key: 'author', value: 'Liis', updatedAt: T }],
      tombstones: [{ id: ids.deleted, table: 'contacts', deletedAt: T }],
      revisions: [],
    },
  };
}

/** The fixture as file text. */
export function fixtureText(): string {
  return encodePartnerbook(fixtureSnapshot(), { exportedAt: T });
}

/** A parsed file, loosely typed, for tests to break. */
export type LooseFile = Record<string, unknown> & {
  tables: Record<SnapshotTableName, Record<string, unknown>[]> & Record<string, unknown>;
};

/** The fixture file parsed, to change and encode again with JSON.stringify. */
export function fixtureJson(): LooseFile {
  return JSON.parse(fixtureText()) as LooseFile;
}
