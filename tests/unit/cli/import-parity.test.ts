// The command line's import and the app's ImportRepo write the same records for the same file.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangeFeed } from '../../../renderer/src/db/change-feed';
import { WorkbookDatabase } from '../../../renderer/src/db/database';
import { ImportRepo } from '../../../renderer/src/db/repos/import-repo';
import type { Contact, Partner } from '../../../shared/domain/partner';
import { derivedFirstChanges } from '../../../shared/domain/first-changes';
import type { PartnerChange } from '../../../shared/domain/partner-change';
import type { WorkbookSnapshot } from '../../../shared/files/partnerbook/snapshot';
import { applyImportPlan, existingPartners } from '../../../shared/files/tabular/apply-import';
import { autoMap } from '../../../shared/files/tabular/column-mapping';
import { readCsv } from '../../../shared/files/tabular/csv-read';
import {
  planImport,
  type ExistingPartner,
  type ImportPlan,
} from '../../../shared/files/tabular/match';
import { convertRows } from '../../../shared/files/tabular/partner-rows';

const FIRST = [
  'Company,Website,Tags,Contact name,Contact email,Contact role',
  'Baltic Data,balticdata.example,emea,Mari Kask,mari@balticdata.example,CEO',
  'Harbor Cloud,harbor.example,,Per Olsen,per@harbor.example,',
  'Baltic Data Ltd,,co-sell,Jaan Tamm,jaan@balticdata.example,CTO',
].join('\n');

const SECOND = [
  'Company,Website,Tags,Tier,Contact name,Contact email,Contact role',
  'Baltic Data,balticdata.example,emea,Gold,Mari Kask,mari@balticdata.example,Founder',
  'Harbor Cloud,harbor.example,,,Per Olsen,per@harbor.example,',
  'Northwind,northwind.example,,Silver,Ana Lopez,ana@northwind.example,',
].join('\n');

function plan(csv: string, existing: readonly ExistingPartner[]): ImportPlan {
  const table = readCsv(csv);
  const rows = convertRows(table, autoMap(table.headers));
  return planImport(rows, existing, { onMatch: 'update', skipRowsWithProblems: false });
}

// Records without what differs by design between two runs: random ids and the clock.
function comparable(partners: readonly Partner[], contacts: readonly Contact[]) {
  const names = new Map(partners.map((partner) => [partner.id, partner.name]));
  const strip = <T extends { id: string; createdAt: string; updatedAt: string }>(record: T) => {
    const { id, createdAt, updatedAt, ...rest } = record;
    return { ...rest, changed: createdAt !== updatedAt };
  };
  return {
    partners: partners.map(strip).sort((a, b) => a.name.localeCompare(b.name)),
    contacts: contacts
      .map((contact) => ({ ...strip(contact), partnerId: names.get(contact.partnerId) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

let db: WorkbookDatabase;

beforeEach(async () => {
  db = new WorkbookDatabase(`cli-parity-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('importing a CRM list', () => {
  it('gives the same partners and contacts in a workbook file as in the app’s database', async () => {
    const repo = new ImportRepo(db, new ChangeFeed());
    let snapshot: WorkbookSnapshot = {
      workbook: { id: crypto.randomUUID(), name: 'W', createdAt: '', updatedAt: '' },
      tables: {
        partners: [],
        contacts: [],
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
    let tick = 0;
    for (const csv of [FIRST, SECOND]) {
      // The app writes with its clock; the snapshot gets a later time for its second import too.
      tick += 1;
      const stamp = { newId: () => crypto.randomUUID(), now: `2026-0${tick}-01T00:00:00.000Z` };
      const applied = applyImportPlan(
        snapshot,
        plan(csv, existingPartners(snapshot.tables.partners)),
        stamp,
      );
      if (!applied.ok) throw new Error(applied.message);
      snapshot = applied.snapshot;
      await repo.applyImport(plan(csv, await repo.existingForMatching()));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const stored = (await db.partners.toArray()).map(({ nameKey, ...partner }) => partner);
    const fromDb = comparable(stored, await db.contacts.toArray());
    const fromFile = comparable(snapshot.tables.partners, snapshot.tables.contacts);
    expect(fromFile).toEqual(fromDb);
    expect(fromFile.partners.map((p) => [p.name, p.tier, p.tags, p.changed])).toEqual([
      ['Baltic Data', 'gold', ['emea', 'co-sell'], true],
      ['Harbor Cloud', 'none', [], false],
      ['Northwind', 'silver', [], false],
    ]);
    expect(fromFile.contacts.map((c) => [c.name, c.partnerId, c.role])).toEqual([
      ['Ana Lopez', 'Northwind', undefined],
      ['Jaan Tamm', 'Baltic Data', 'CTO'],
      ['Mari Kask', 'Baltic Data', 'Founder'],
      ['Per Olsen', 'Harbor Cloud', undefined],
    ]);
    // The same stage and tier changes, each with its partner's name instead of its id.
    const moves = (partners: readonly Partner[], changes: readonly PartnerChange[]) => {
      const names = new Map(partners.map((partner) => [partner.id, partner.name]));
      return changes
        .map((c) => `${names.get(c.partnerId) ?? '?'} ${c.field} ${c.from ?? ''}>${c.to}`)
        .sort();
    };
    // The database's history: its stored records and the first ones it derives.
    const storedChanges = await db.partnerChanges.toArray();
    const changesInDb = moves(stored, [
      ...storedChanges,
      ...derivedFirstChanges(stored, storedChanges),
    ]);
    expect(moves(snapshot.tables.partners, snapshot.tables.partnerChanges)).toEqual(changesInDb);
    expect(changesInDb).toContain('Baltic Data tier none>gold');
  });
});
