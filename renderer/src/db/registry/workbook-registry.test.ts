import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WORKBOOK_DB } from '../database';
import { openWorkbook } from '../workbook';
import { WorkbookRegistry } from './workbook-registry';

let registry: WorkbookRegistry;
let name: string;

beforeEach(() => {
  name = `registry-${crypto.randomUUID()}`;
  registry = new WorkbookRegistry(name);
});
afterEach(async () => {
  registry.close();
  await Dexie.delete(name);
});

describe('WorkbookRegistry', () => {
  it('starts with the default database, so data from before the list existed is found', async () => {
    expect(await registry.startup()).toBe(DEFAULT_WORKBOOK_DB);
    expect(await registry.list()).toEqual([]);
  });

  it('reopens the workbook opened last, and lists workbooks by name', async () => {
    await registry.opened('db-b', 'Technology alliances');
    await registry.opened('db-a', 'EMEA resellers');
    expect(await registry.startup()).toBe('db-a');
    await registry.opened('db-b', 'Technology alliances');
    expect(await registry.startup()).toBe('db-b');
    expect((await registry.list()).map((e) => e.name)).toEqual([
      'EMEA resellers',
      'Technology alliances',
    ]);
  });

  it('keeps the first-opened date when a workbook is opened again', async () => {
    await registry.opened('db-a', 'EMEA resellers');
    const [first] = await registry.list();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await registry.opened('db-a', 'EMEA resellers');
    const [again] = await registry.list();
    expect(again?.createdAt).toBe(first?.createdAt);
    expect(again?.openedAt).not.toBe(first?.openedAt);
  });

  it('refuses an empty name and keeps the old one', async () => {
    await registry.opened('db-a', 'EMEA resellers');
    const result = await registry.rename('db-a', '   ');
    expect(result).toEqual({ ok: false, errors: { name: 'A workbook needs a name.' } });
    expect((await registry.list())[0]?.name).toBe('EMEA resellers');
    expect(await registry.rename('db-a', ' EMEA partners ')).toEqual({
      ok: true,
      value: 'EMEA partners',
    });
  });

  it('deletes a workbook and its database, then starts with another', async () => {
    const doomed = registry.newDatabaseName();
    const workbook = await openWorkbook(doomed, 'Old pilots');
    workbook.close();
    await registry.opened(doomed, 'Old pilots');
    await registry.opened('db-b', 'Technology alliances');
    await registry.opened(doomed, 'Old pilots');
    await registry.remove(doomed);
    expect(await Dexie.exists(doomed)).toBe(false);
    expect(await registry.startup()).toBe('db-b');
  });
});
