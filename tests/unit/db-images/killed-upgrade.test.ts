/**
 * A process killed during an upgrade (issue 8): the upgrade's versionchange transaction is aborted
 * after K of its writes, K spread over every write the upgrades from an image make, as a killed
 * process never commits it. The database must stay at the image's version with every record, and
 * the next open must upgrade it in full.
 */
import 'fake-indexeddb/auto';
import { Dexie, type DBCore, type DBCoreMutateRequest } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkbookDatabase } from '../../../renderer/src/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/src/db/schema';
import type { DatabaseImage } from '../../reliability/db-images/image-format';
import { imageVersions, loadImage } from '../../reliability/db-images/load-image';
import { restoreImage } from '../../reliability/db-images/restore-image';
import { imagesToKill, KILLS_PER_IMAGE, killPoints } from '../../reliability/upgrade-counts';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function restored(image: DatabaseImage): Promise<string> {
  const name = `killed-${crypto.randomUUID()}`;
  names.push(name);
  await restoreImage({ name, image });
  return name;
}

/**
 * Opens the database with this build, counting the upgrade's writes; with `killAt`, the upgrade
 * transaction is aborted as that write is made. Resolves to how many writes it counted.
 */
async function openCounting(name: string, killAt?: number): Promise<number> {
  let writes = 0;
  const db = new WorkbookDatabase(name);
  db.use({
    stack: 'dbcore',
    name: 'kill-upgrade',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            const trans = req.trans as unknown as IDBTransaction;
            if (trans.mode === 'versionchange') {
              if (writes === killAt) trans.abort();
              writes += 1;
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
  try {
    await db.open();
  } finally {
    db.close();
  }
  return writes;
}

/** The database as it lies, read raw: its version and every record's key per store. */
async function rawState(name: string): Promise<{ version: number; keys: Record<string, string> }> {
  const db = new Dexie(name);
  await db.open();
  try {
    const keys: Record<string, string> = {};
    for (const table of db.tables) {
      keys[table.name] = JSON.stringify(await table.toCollection().primaryKeys());
    }
    return { version: db.verno, keys };
  } finally {
    db.close();
  }
}

function keysOf(image: DatabaseImage): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const store of image.stores) {
    const ids = (store.records as Record<string, unknown>[]).map((r) =>
      store.name === 'revisions' ? [r.table, r.id] : (r.id ?? r.key),
    );
    keys[store.name] = JSON.stringify(ids);
  }
  return keys;
}

describe('an upgrade killed part way', () => {
  for (const version of imagesToKill(imageVersions().slice(0, -1))) {
    it(`from v${version}: leaves the old version whole, then upgrades in full`, async () => {
      const image = loadImage(version);
      const writes = await openCounting(await restored(image));
      expect(writes).toBeGreaterThan(0);
      const points = killPoints(writes, KILLS_PER_IMAGE, version);
      // The figures for the reliability report.
      console.info(`v${version}: ${writes} upgrade writes, killed at ${points.join(', ')}`);
      for (const killAt of points) {
        const name = await restored(image);
        await expect(openCounting(name, killAt), `killed at write ${killAt}`).rejects.toThrow();
        const after = await rawState(name);
        expect(after.version).toBe(version);
        expect(after.keys).toEqual(keysOf(image));

        const db = new WorkbookDatabase(name);
        await db.open();
        expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
        const partners = image.stores.find((s) => s.name === 'partners')?.records ?? [];
        expect(await db.partners.count()).toBe(partners.length);
        const iterations = image.stores.find((s) => s.name === 'positioningIterations');
        expect(await db.positioningIterationSummaries.count()).toBe(iterations?.records.length);
        const activities = await db.activities.count();
        const counted = (await db.activityCounts.toArray()).reduce(
          (sum, c) => sum + c.counts.reduce((a, b) => a + b, 0),
          0,
        );
        expect(counted).toBe(activities);
        db.close();
      }
    }, 120_000);
  }

  it('counts a v11 image as already current: nothing to kill', async () => {
    const image = loadImage(CURRENT_SCHEMA_VERSION);
    expect(await openCounting(await restored(image))).toBe(0);
  });
});
