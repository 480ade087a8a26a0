import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { WorkbookDatabase } from '../database';
import { textSortKey } from '../../../../shared/domain/sort-key';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './index';

// Every table later features and the workbook file rely on, with the indexes the screens query.
const REQUIRED_STORES: Record<string, string[]> = {
  partners: ['name', 'stage', 'tier', 'updatedAt', 'types', 'tags'],
  contacts: ['partnerId'],
  positioningDrafts: ['partnerId', 'status', '[partnerId+status]'],
  positioningIterations: ['draftId', '[draftId+number]'],
  positioningIterationSummaries: ['[draftId+number]'],
  positioningStatusChanges: ['draftId', '[draftId+at]'],
  activities: ['partnerId', 'occurredAt'],
  settings: [],
  meta: [],
  tombstones: ['table', 'deletedAt'],
  revisions: [],
  companyGoals: ['period.start'],
  partnerPlans: ['partnerId', 'status'],
  investments: ['partnerId', '[partnerId+date]', 'date'],
  metricEntries: ['partnerId', '[partnerId+metric+date]', '[metric+date]'],
  customMetrics: ['name'],
  templates: ['kind'],
  qbrs: ['partnerId', '[partnerId+date]', 'date'],
  partnerChanges: ['partnerId', '[partnerId+field]'],
  activityCounts: ['partnerId', 'year'],
};

describe('schema versions', () => {
  it('are numbered 1, 2, 3… with no gap, so that upgrades always run in order', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it('key every record by a UUID string (or table and id), never an auto-increment', () => {
    for (const version of SCHEMA_VERSIONS) {
      for (const [store, spec] of Object.entries(version.stores)) {
        if (spec === null) continue;
        const primaryKey = spec.split(',')[0]?.trim();
        // Revision histories are keyed by the record's table and id: a setting's id is its key.
        expect(primaryKey, `${store} in version ${version.version}`).toMatch(
          /^(id|key|\[table\+id\])$/,
        );
      }
    }
  });

  it('open an empty database with every required table and index', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    const db = new WorkbookDatabase(name);
    await db.open();
    for (const [store, indexes] of Object.entries(REQUIRED_STORES)) {
      const table = db.table(store);
      const names = table.schema.indexes.map((index) => index.name);
      for (const index of indexes) expect(names, `${store}.${index}`).toContain(index);
    }
    db.close();
    await Dexie.delete(name);
  });

  it('keep records written by every earlier version when the current code opens them', async () => {
    // Each earlier version opens a database of its own layout and writes a partner; the current
    // code must then open it, run the upgrades in order and still read that partner.
    for (const earlier of SCHEMA_VERSIONS) {
      const name = `upgrade-from-${earlier.version}-${crypto.randomUUID()}`;
      const old = new Dexie(name);
      for (const version of SCHEMA_VERSIONS.slice(0, earlier.version)) {
        old.version(version.version).stores(version.stores);
      }
      await old.open();
      const id = crypto.randomUUID();
      await old.table('partners').add({
        id,
        name: `Written by version ${earlier.version}`,
        stage: 'active',
        tier: 'none',
        types: [],
        tags: [],
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
      old.close();
      const current = new WorkbookDatabase(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await current.partners.get(id)).toMatchObject({
        name: `Written by version ${earlier.version}`,
      });
      current.close();
      await Dexie.delete(name);
    }
  });

  it('version 2 gives partners written by version 1 the sort key of their name', async () => {
    const name = `v1-to-v2-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_VERSIONS[0]?.stores ?? {});
    await old.open();
    const id = crypto.randomUUID();
    await old
      .table('partners')
      .add({ id, name: 'Über Partners 7', stage: 'active', tier: 'none', types: [], tags: [] });
    old.close();
    const current = new WorkbookDatabase(name);
    await current.open();
    expect((await current.partners.get(id))?.nameKey).toBe(textSortKey('Über Partners 7'));
    expect(await current.partners.orderBy('nameKey').primaryKeys()).toEqual([id]);
    current.close();
    await Dexie.delete(name);
  });
});
