import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangeFeed } from '../change-feed';
import { WorkbookDatabase } from '../database';
import { PartnerRepo } from './partner-repo';
import { PartnerRowRepo } from './partner-row-repo';

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
