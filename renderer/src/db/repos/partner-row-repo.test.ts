import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PartnerRow } from '../../../../shared/domain/partner-row';
import type { PositioningStatus } from '../../../../shared/domain/positioning';
import { ChangeFeed } from '../change-feed';
import { WorkbookDatabase } from '../database';
import { PartnerRepo } from './partner-repo';
import { PartnerRowRepo, statusIndexKeys } from './partner-row-repo';
import { PositioningRepo } from './positioning-repo';

let db: WorkbookDatabase;

beforeEach(async () => {
  db = new WorkbookDatabase(`row-repo-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('PartnerRowRepo.scan', () => {
  it('hands over every row once, in primary-key order, whatever the batch size', async () => {
    const now = '2026-01-01T00:00:00.000Z';
    const partners = Array.from({ length: 30 }, (_, i) => ({
      id: crypto.randomUUID(),
      name: `Partner ${i}`,
      stage: 'active' as const,
      tier: 'none' as const,
      types: [],
      tags: [],
      notes: 'Not part of a table row.',
      createdAt: now,
      updatedAt: now,
    }));
    await new PartnerRepo(db, new ChangeFeed()).putMany(partners);
    for (const batchSize of [1, 7, 10, 30, 100]) {
      const batches: number[] = [];
      const ids: string[] = [];
      await new PartnerRowRepo(db).scan(batchSize, (rows) => {
        batches.push(rows.length);
        ids.push(...rows.map((row) => row.id));
        expect(rows[0]).not.toHaveProperty('notes');
      });
      expect(ids, `batch size ${batchSize}`).toEqual(partners.map((p) => p.id).sort());
      expect(batches.every((size) => size <= batchSize)).toBe(true);
    }
  });
});

describe('PartnerRowRepo positioning status', () => {
  it('summarises each partner’s drafts in every read, from the index alone', async () => {
    const feed = new ChangeFeed();
    const partners = new PartnerRepo(db, feed);
    const positioning = new PositioningRepo(db, feed);
    const ids: string[] = [];
    for (const name of ['Approved one', 'In review', 'Retired only', 'No drafts']) {
      const created = await partners.create({ name, stage: 'active' });
      if (!created.ok) throw new Error('create failed');
      ids.push(created.value.id);
    }
    const [approvedOne, inReview, retiredOnly, noDrafts] = ids;
    const draft = async (partnerId: string | undefined, ...statuses: PositioningStatus[]) => {
      const created = await positioning.createDraft(
        { partnerId, title: 'Pitch', audience: 'internal' },
        { kind: 'template', template: 'blank' },
      );
      if (!created.ok) throw new Error('create failed');
      for (const status of statuses) await positioning.setStatus(created.value.id, status, {});
    };
    await draft(approvedOne, 'retired');
    await draft(approvedOne, 'approved');
    await draft(approvedOne);
    await draft(inReview, 'in-review');
    await draft(inReview);
    await draft(retiredOnly, 'retired');
    await draft(undefined, 'approved');

    const expected = new Map([
      [approvedOne, 'approved'],
      [inReview, 'in-review'],
      [retiredOnly, 'retired'],
      [noDrafts, undefined],
    ]);
    const repo = new PartnerRowRepo(db);
    const scanned: PartnerRow[] = [];
    await repo.scan(2, (rows) => scanned.push(...rows));
    const reads = [scanned, await repo.firstByName(10), await repo.byIds(ids)];
    for (const rows of reads) {
      expect(new Map(rows.map((row) => [row?.id, row?.positioningStatus]))).toEqual(expected);
    }
    expect(scanned.find((row) => row.id === noDrafts)).not.toHaveProperty('positioningStatus');
    expect(await repo.byIds([])).toEqual([]);
  });
});

describe('statusIndexKeys', () => {
  it('gives every status of each partner once, in IndexedDB key order', () => {
    expect(statusIndexKeys(['b2', 'a1', 'b2', 'B3'])).toEqual([
      ['B3', 'approved'],
      ['B3', 'draft'],
      ['B3', 'in-review'],
      ['B3', 'retired'],
      ['a1', 'approved'],
      ['a1', 'draft'],
      ['a1', 'in-review'],
      ['a1', 'retired'],
      ['b2', 'approved'],
      ['b2', 'draft'],
      ['b2', 'in-review'],
      ['b2', 'retired'],
    ]);
    expect(statusIndexKeys([])).toEqual([]);
  });
});

describe('PartnerRowRepo.byIds with many partners', () => {
  it('reads the statuses of thousands of partners in one call, in the order asked', async () => {
    const feed = new ChangeFeed();
    const partners = new PartnerRepo(db, feed);
    const positioning = new PositioningRepo(db, feed);
    const ids: string[] = [];
    for (const name of ['Approved', 'Draft only', 'No drafts']) {
      const created = await partners.create({ name, stage: 'active' });
      if (!created.ok) throw new Error('create failed');
      ids.push(created.value.id);
    }
    const [approved, draftOnly, noDrafts] = ids;
    const draft = async (partnerId: string, ...statuses: PositioningStatus[]) => {
      const created = await positioning.createDraft(
        { partnerId, title: 'Pitch', audience: 'internal' },
        { kind: 'template', template: 'blank' },
      );
      if (!created.ok) throw new Error('create failed');
      for (const status of statuses) await positioning.setStatus(created.value.id, status, {});
    };
    if (approved === undefined || draftOnly === undefined || noDrafts === undefined) {
      throw new Error('missing partner');
    }
    await draft(approved, 'approved');
    await draft(approved, 'retired');
    await draft(draftOnly);
    // Partners taken away (an import's undo reports thousands), among those still here.
    const gone = Array.from({ length: 3_000 }, () => crypto.randomUUID());
    const asked = [...gone.slice(0, 1_500), draftOnly, noDrafts, approved, ...gone.slice(1_500)];
    const rows = await new PartnerRowRepo(db).byIds([...asked, approved]);

    expect(rows).toHaveLength(3_004);
    const found = rows.flatMap((row, index) =>
      row ? [[index, row.id, row.positioningStatus] as const] : [],
    );
    expect(found).toEqual([
      [1_500, draftOnly, 'draft'],
      [1_501, noDrafts, undefined],
      [1_502, approved, 'approved'],
      [3_003, approved, 'approved'],
    ]);
  });
});
