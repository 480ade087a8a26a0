import 'fake-indexeddb/auto';
import { Dexie, liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbookDatabase } from '../db/database';
import { announceWholesaleChange, quietConnection } from './wholesale-change';

let dbName: string;
let window: WorkbookDatabase;

beforeEach(async () => {
  dbName = `wholesale-${crypto.randomUUID()}`;
  window = new WorkbookDatabase(dbName);
  await window.open();
});

afterEach(async () => {
  window.close();
  await Dexie.delete(dbName);
});

const grave = () => ({
  id: crypto.randomUUID(),
  table: 'partners' as const,
  deletedAt: '2026-01-01T00:00:00.000Z',
});

describe('a worker’s wholesale change', () => {
  it('reaches the live queries once announced, not key by key from a quiet connection', async () => {
    const counts: number[] = [];
    let heard: () => void = () => undefined;
    const next = () =>
      new Promise<void>((resolve) => {
        heard = resolve;
      });
    let first = next();
    const subscription = liveQuery(() => window.tombstones.count()).subscribe((count) => {
      counts.push(count);
      heard();
    });
    await first;

    const worker = quietConnection(new WorkbookDatabase(dbName));
    await worker.tombstones.bulkPut([grave(), grave()]);
    // A normal connection's write would have been heard by now; the quiet one's is not.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(counts).toEqual([0]);

    first = next();
    announceWholesaleChange(worker);
    await first;
    expect(counts).toEqual([0, 2]);
    subscription.unsubscribe();
    worker.close();
  });
});
