import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { META_KEY } from '../../../shared/domain/workbook';
import { APP_VERSION } from './app-version';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { WorkbookTooNewError } from './too-new';
import { openWorkbook } from './workbook';

// A database as a far newer app would leave it: a higher version, and its meta row.
async function writtenByNewerApp(name: string, meta: Record<string, unknown>): Promise<void> {
  const newer = new Dexie(name);
  newer.version(CURRENT_SCHEMA_VERSION + 50).stores({ meta: 'key', partners: 'id' });
  await newer.open();
  await newer.table('meta').put({ key: META_KEY, ...meta });
  await newer.table('partners').put({ id: 'p1', name: 'Kept' });
  newer.close();
}

describe('the app version on the meta row', () => {
  it('records the version of the app that opened the workbook to write', async () => {
    const workbook = await openWorkbook(`meta-${crypto.randomUUID()}`);
    expect(APP_VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(workbook.meta).toMatchObject({
      appVersion: APP_VERSION,
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
    workbook.close();
  });
});

describe('a workbook written by a newer app', () => {
  it('is refused with the version that wrote it, and left as it was', async () => {
    const name = `too-new-${crypto.randomUUID()}`;
    await writtenByNewerApp(name, { appVersion: '9.4.0', schemaVersion: 61 });
    const opened = openWorkbook(name);
    await expect(opened).rejects.toBeInstanceOf(WorkbookTooNewError);
    await expect(opened).rejects.toThrow(
      `This workbook was last written by Partner Workbook 9.4.0 (workbook format 61); this version reads workbook formats up to ${String(CURRENT_SCHEMA_VERSION)}. Install version 9.4.0 or later to open it. Nothing was changed.`,
    );
    const after = new Dexie(name);
    await after.open();
    expect(after.verno).toBe(CURRENT_SCHEMA_VERSION + 50);
    expect(await after.table('partners').count()).toBe(1);
    after.close();
  });

  it('says a newer version is needed even without the details', async () => {
    const name = `too-new-${crypto.randomUUID()}`;
    await writtenByNewerApp(name, {});
    await expect(openWorkbook(name)).rejects.toThrow(
      /^This workbook was last written by a newer Partner Workbook; .* Install the newer version to open it\./,
    );
  });
});
