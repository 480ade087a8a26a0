import { describe, expect, it } from 'vitest';
import type { Contact, Partner } from '../../domain/partner';
import { initialChanges } from '../../domain/partner-change';
import type { WorkbookSnapshot } from '../partnerbook/snapshot';
import { applyImportPlan, existingPartners, updatedRecords } from './apply-import';
import { autoMap } from './column-mapping';
import { readCsv } from './csv-read';
import { planImport, type ImportPlan, type OnMatch } from './match';
import { convertRows } from './partner-rows';

const T0 = '2026-01-01T00:00:00.000Z';
const NOW = '2026-11-01T09:00:00.000Z';
const P1 = '10000000-0000-4000-8000-000000000001';
const C1 = '20000000-0000-4000-8000-000000000001';

const baltic: Partner = {
  id: P1,
  createdAt: T0,
  updatedAt: T0,
  name: 'Baltic Data',
  types: ['reseller'],
  stage: 'active',
  tier: 'silver',
  website: 'https://balticdata.example',
  tags: ['emea'],
};
const mari: Contact = {
  id: C1,
  createdAt: T0,
  updatedAt: T0,
  partnerId: P1,
  name: 'Mari Kask',
  email: 'mari@balticdata.example',
};

function workbook(): WorkbookSnapshot {
  return {
    workbook: {
      id: '00000000-0000-4000-8000-000000000009',
      name: 'W',
      createdAt: T0,
      updatedAt: T0,
    },
    tables: {
      partners: [baltic],
      contacts: [mari],
      positioningDrafts: [],
      positioningIterations: [],
      positioningStatusChanges: [],
      activities: [],
      companyGoals: [],
      partnerPlans: [],
      investments: [],
      metricEntries: [],
      customMetrics: [],
      templates: [],
      qbrs: [],
      partnerChanges: [],
      intelligenceEntries: [],
      feedback: [],
      decisions: [],
      stakeholders: [],
      asks: [],
      settings: [],
      tombstones: [],
      revisions: [],
    },
  };
}

function planFor(csv: string, snapshot: WorkbookSnapshot, onMatch: OnMatch = 'update'): ImportPlan {
  const table = readCsv(csv);
  const rows = convertRows(table, autoMap(table.headers));
  return planImport(rows, existingPartners(snapshot.tables.partners), {
    onMatch,
    skipRowsWithProblems: true,
  });
}

function stamp() {
  let n = 0;
  return { newId: () => `90000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`, now: NOW };
}

describe('applyImportPlan', () => {
  it('creates partners and their contacts, updates matches, leaves the input as it was', () => {
    const before = workbook();
    const csv = [
      'Name,Website,Tier,Contact name,Contact email,Contact role',
      'Baltic Data,,Gold,Mari Kask,mari@balticdata.example,CEO',
      'Harbor Cloud,harbor.example,,Per Olsen,per@harbor.example,',
    ].join('\n');
    const applied = applyImportPlan(before, planFor(csv, before), stamp());
    if (!applied.ok) throw new Error(applied.message);
    expect(applied.created).toEqual(['90000000-0000-4000-8000-000000000001']);
    expect(applied.updated).toEqual([P1]);
    expect(applied.unchanged).toBe(0);
    const { partners, contacts } = applied.snapshot.tables;
    expect(partners).toEqual([
      { ...baltic, tier: 'gold', updatedAt: NOW },
      {
        id: '90000000-0000-4000-8000-000000000001',
        createdAt: NOW,
        updatedAt: NOW,
        name: 'Harbor Cloud',
        types: [],
        stage: 'prospect',
        tier: 'none',
        website: 'https://harbor.example',
        tags: [],
      },
    ]);
    expect(contacts).toEqual([
      { ...mari, role: 'CEO', updatedAt: NOW },
      {
        id: '90000000-0000-4000-8000-000000000002',
        createdAt: NOW,
        updatedAt: NOW,
        partnerId: '90000000-0000-4000-8000-000000000001',
        name: 'Per Olsen',
        email: 'per@harbor.example',
      },
    ]);
    expect(before).toEqual(workbook());
  });

  it('gives stage and tier records as the app has them: first ones derived, then changes', () => {
    // The workbook's file holds no record of Baltic Data's tier (silver since its creation).
    const before = workbook();
    const csv = 'Name,Tier\nBaltic Data,Gold\nHarbor Cloud,';
    const applied = applyImportPlan(before, planFor(csv, before), stamp());
    if (!applied.ok) throw new Error(applied.message);
    const harbor = applied.snapshot.tables.partners[1];
    if (!harbor) throw new Error('fixture');
    const records = applied.snapshot.tables.partnerChanges;
    expect(records.map((c) => [c.partnerId, c.field, c.from, c.to, c.effectiveOn])).toEqual([
      [harbor.id, 'stage', null, 'prospect', '2026-11-01'],
      [harbor.id, 'tier', null, 'none', '2026-11-01'],
      [P1, 'tier', null, 'silver', '2026-01-01'],
      [P1, 'tier', 'silver', 'gold', '2026-11-01'],
    ]);
    // The first records under the ids every copy derives; the change under the next new id.
    expect(records.slice(0, 2)).toEqual(initialChanges(harbor));
    expect(records[2]).toEqual(initialChanges(baltic)[1]);
    expect(records[3]?.id).toBe('90000000-0000-4000-8000-000000000002');
  });

  it('counts a match with nothing new as unchanged, and changes nothing', () => {
    const before = workbook();
    const applied = applyImportPlan(
      before,
      planFor('Name,Tier\nBaltic Data,Silver', before),
      stamp(),
    );
    expect(applied).toMatchObject({ ok: true, created: [], updated: [], unchanged: 1 });
    expect(applied.ok && applied.snapshot.tables).toEqual(before.tables);
  });

  it('refuses, whole, a plan that is not ready or breaks a rule once merged', () => {
    const before = workbook();
    const blocked = planFor('Website\nacme.example', before);
    expect(applyImportPlan(before, blocked, stamp())).toEqual({
      ok: false,
      message: blocked.blockedReason,
    });
    const many = workbook();
    const [first] = many.tables.partners;
    if (!first) throw new Error('no partner');
    first.tags = Array.from({ length: 30 }, (_, i) => `t${i}`);
    const result = applyImportPlan(many, planFor('Name,Tags\nBaltic Data,extra', many), stamp());
    expect(result).toEqual({
      ok: false,
      message: 'Row 2 cannot update “Baltic Data”: At most 30 tags. Nothing was imported.',
    });
  });

  it('refuses an update of a partner the workbook does not hold', () => {
    const before = workbook();
    const plan = planFor('Name,Tier\nBaltic Data,Gold', before);
    const gone = { ...before, tables: { ...before.tables, partners: [] } };
    expect(applyImportPlan(gone, plan, stamp())).toEqual({
      ok: false,
      message: '“Baltic Data” (row 2) is not in the workbook. Nothing was imported.',
    });
  });
});

describe('updatedRecords', () => {
  it('adds a new contact with a new id and keeps the partner’s creation time', () => {
    const before = workbook();
    const [update] = planFor('Name,Contact name\nBaltic Data,Jaan Tamm', before).update;
    if (!update) throw new Error('no update');
    const result = updatedRecords(update, baltic, [mari], stamp());
    expect(result).toEqual({
      kind: 'changed',
      partner: { ...baltic, updatedAt: NOW },
      contacts: [
        {
          id: '90000000-0000-4000-8000-000000000001',
          createdAt: NOW,
          updatedAt: NOW,
          partnerId: P1,
          name: 'Jaan Tamm',
        },
      ],
    });
  });
});
