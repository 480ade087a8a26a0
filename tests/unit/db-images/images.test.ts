/**
 * Upgrades from committed database images (issue 8): each image was written by the code of its
 * own schema version (build/scripts/db-images.mjs). It is put back raw, opened by this build as
 * the app opens a workbook, and every record must still be there, moved as the upgrades define,
 * with the derived tables rebuilt and the app's repositories reading it.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkbookDatabase } from '../../../renderer/src/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/src/db/schema';
import { openWorkbook, type Workbook } from '../../../renderer/src/db/workbook';
import { imageJsonReplacer, type DatabaseImage } from '../../reliability/db-images/image-format';
import { imageVersions, loadImage, recordsOf } from '../../reliability/db-images/load-image';
import { restoreImage } from '../../reliability/db-images/restore-image';

const opened: { close(): void }[] = [];
const names: string[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function restored(version: number): Promise<{ image: DatabaseImage; name: string }> {
  const image = loadImage(version);
  const name = `image-v${version}-${crypto.randomUUID()}`;
  names.push(name);
  await restoreImage({ name, image });
  return { image, name };
}

async function upgraded(name: string): Promise<{ workbook: Workbook; db: WorkbookDatabase }> {
  const workbook = await openWorkbook(name);
  opened.push(workbook);
  const db = new WorkbookDatabase(name);
  await db.open();
  opened.push(db);
  return { workbook, db };
}

type Row = Record<string, unknown> & { id: string };

// What each upgrade rewrites: every other record must come through exactly as it was stored.
function rewritten(table: string, from: number): boolean {
  if (table === 'meta') return true;
  if (table === 'partners') return from < 2;
  return (table === 'positioningDrafts' || table === 'positioningIterations') && from < 3;
}

const keyOf = (table: string, record: Record<string, unknown>): unknown =>
  table === 'revisions'
    ? [record.table, record.id]
    : table === 'settings' || table === 'meta'
      ? record.key
      : record.id;

describe('every committed database image', () => {
  it('exists for every schema version, each made by a commit of its own version', () => {
    expect(imageVersions()).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1),
    );
    for (const version of imageVersions()) {
      const image = loadImage(version);
      expect(image.createdBy.schemaVersion).toBe(version);
      expect(image.createdBy.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(Math.floor(image.databaseVersion / 10)).toBe(version);
    }
  });

  for (const version of imageVersions()) {
    it(`v${version}: keeps every record of every table and reaches the current version`, async () => {
      const { image, name } = await restored(version);
      const { workbook, db } = await upgraded(name);
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(workbook.meta.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      for (const store of image.stores) {
        const table = db.table(store.name);
        expect(await table.count(), store.name).toBeGreaterThanOrEqual(store.records.length);
        for (const record of store.records as Record<string, unknown>[]) {
          const now: unknown = await table.get(keyOf(store.name, record) as string);
          expect(now, `${store.name} ${JSON.stringify(keyOf(store.name, record))}`).toBeDefined();
          if (rewritten(store.name, version)) continue;
          expect(JSON.parse(JSON.stringify(now, imageJsonReplacer))).toEqual(record);
        }
      }
    });
  }
});

describe('the upgrades move and rebuild what they define', () => {
  it('v1: partners gain their sort key and legacy positioning fields become named fields', async () => {
    const { image, name } = await restored(1);
    const { workbook, db } = await upgraded(name);
    for (const partner of recordsOf<Row & { name: string }>(image, 'partners')) {
      const { nameKey, ...kept } = (await db.partners.get(partner.id)) ?? { nameKey: undefined };
      expect(kept).toEqual(partner);
      expect(typeof nameKey).toBe('string');
    }
    const acme = (await db.partners.toArray()).find((p) => p.name === 'Baltic Data OÜ');
    expect(acme?.nameKey).toBe('baltic data ou');
    const first = recordsOf<Row & { headIterationId: string; title: string }>(
      image,
      'positioningDrafts',
    ).find((d) => d.title === 'Legacy draft 1');
    const draft = await db.positioningDrafts.get(first?.id ?? '');
    // Written by v1 as { targetCustomer: 'Mid-size retailers', proofPoints: [...] }.
    expect(draft?.fields).toEqual([
      {
        key: 'target-customer',
        label: 'Target customer',
        kind: 'text',
        value: 'Mid-size retailers',
      },
      {
        key: 'proof-points',
        label: 'Proof points',
        kind: 'list',
        value: ['Fast', 'Local', 'Cheap'],
      },
    ]);
    expect(draft).toMatchObject({ iterationCount: 2, headIterationId: first?.headIterationId });
    const timeline = await workbook.positioning.timeline(first?.id ?? '');
    expect(timeline.map((entry) => entry.kind)).toEqual(['iteration', 'iteration']);
    expect(await db.positioningIterationSummaries.count()).toBe(6);
    const iteration = await db.positioningIterations.get(first?.headIterationId ?? '');
    expect(iteration).toMatchObject({ title: 'Legacy draft 1', audience: 'partner-customers' });
  });

  it('v4: each live record and tombstone gets its first revision (v5)', async () => {
    const { image, name } = await restored(4);
    const { db } = await upgraded(name);
    for (const table of ['partners', 'contacts', 'activities', 'positioningDrafts'] as const) {
      for (const record of recordsOf<Row>(image, table)) {
        expect((await db.revisions.get([table, record.id]))?.revs, table).toHaveLength(1);
      }
    }
    for (const tombstone of recordsOf<Row & { table: 'partners' }>(image, 'tombstones')) {
      expect(await db.revisions.get([tombstone.table, tombstone.id])).toBeDefined();
    }
  });

  it('v7: partner figures are built for the partner with revenue and investments (v8)', async () => {
    const { name } = await restored(7);
    const { db } = await upgraded(name);
    const figures = await db.partnerFigures.toArray();
    const withMoney = new Set(
      [...(await db.investments.toArray()), ...(await db.metricEntries.toArray())]
        .filter((r) => !('metric' in r) || r.metric === 'sourced-revenue')
        .map((r) => r.partnerId),
    );
    expect(figures.map((f) => f.id)).toEqual([...withMoney]);
  });

  it('v8: every partner starts its stage and tier history from its current values (v9)', async () => {
    const { image, name } = await restored(8);
    const { workbook } = await upgraded(name);
    for (const partner of recordsOf<Row & { stage: string; tier: string }>(image, 'partners')) {
      const changes = await workbook.partnerChanges.changesOf(partner.id);
      expect(changes.map((c) => [c.field, c.from, c.to]).sort()).toEqual([
        ['stage', null, partner.stage],
        ['tier', null, partner.tier],
      ]);
    }
  });

  it('v10: intelligence is indexed by observedAt and activities are counted (v11)', async () => {
    const { image, name } = await restored(10);
    const { workbook, db } = await upgraded(name);
    expect(db.intelligenceEntries.schema.idxByName.observedAt).toBeDefined();
    const [trend] = recordsOf<Row & { partnerId: string }>(image, 'intelligenceEntries');
    expect((await workbook.intelligence.entriesOf(trend?.partnerId ?? '')).length).toBe(1);
    const activities = recordsOf<Row & { partnerId: string; occurredAt: string }>(
      image,
      'activities',
    );
    const counts = await db.activityCounts.toArray();
    const total = counts.reduce((sum, c) => sum + c.counts.reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(activities.length);
    const keys = new Set(activities.map((a) => `${a.partnerId}:${a.occurredAt.slice(0, 4)}`));
    expect(new Set(counts.map((c) => c.id))).toEqual(keys);
  });

  for (const version of [2, 6, 11]) {
    it(`v${version}: the repositories read the upgraded workbook`, async () => {
      const { image, name } = await restored(version);
      const { workbook } = await upgraded(name);
      const partners = recordsOf<Row & { name: string }>(image, 'partners');
      expect(await workbook.partners.count()).toBe(partners.length);
      await workbook.partnerRows.load();
      const { rows } = workbook.partnerRows.getSnapshot();
      expect(rows.map((row) => row.name).sort()).toEqual(partners.map((p) => p.name).sort());
      expect(await workbook.positioning.listDrafts()).toHaveLength(3);
    });
  }
});
