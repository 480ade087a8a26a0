import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PartnerRow } from '../../../../shared/domain/partner-row';
import type { PositioningStatus } from '../../../../shared/domain/positioning';
import { ChangeFeed } from '../change-feed';
import { WorkbookDatabase } from '../database';
import { PartnerRepo } from './partner-repo';
import { PartnerRowRepo } from './partner-row-repo';
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
