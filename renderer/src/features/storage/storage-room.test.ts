import { describe, expect, it } from 'vitest';
import { ensureRoomFor, requestPersistence, roomForImport, storageState } from './storage-room';

const MB = 1024 * 1024;

function fakeStorage(options: {
  persisted: boolean;
  grants: boolean;
  usage: number;
  quota: number;
}) {
  const asked: string[] = [];
  return {
    asked,
    storage: {
      persisted: () => Promise.resolve(options.persisted),
      persist: () => {
        asked.push('persist');
        return Promise.resolve(options.grants);
      },
      estimate: () => Promise.resolve({ usage: options.usage, quota: options.quota }),
    },
  };
}

describe('storage room', () => {
  it('asks for persistence only when not already granted', async () => {
    const granted = fakeStorage({ persisted: true, grants: false, usage: 0, quota: 0 });
    expect(await requestPersistence(granted.storage)).toBe(true);
    expect(granted.asked).toEqual([]);
    const refused = fakeStorage({ persisted: false, grants: false, usage: 0, quota: 0 });
    expect(await requestPersistence(refused.storage)).toBe(false);
    expect(refused.asked).toEqual(['persist']);
    expect(await requestPersistence(undefined)).toBeUndefined();
  });

  it('reports usage against the quota', async () => {
    const { storage } = fakeStorage({
      persisted: false,
      grants: false,
      usage: 5 * MB,
      quota: 100 * MB,
    });
    expect(await storageState(storage)).toEqual({
      persisted: false,
      usage: 5 * MB,
      quota: 100 * MB,
    });
  });

  it('refuses a write that would not fit, saying how much is needed and free', async () => {
    const { storage } = fakeStorage({
      persisted: true,
      grants: true,
      usage: 90 * MB,
      quota: 100 * MB,
    });
    await expect(ensureRoomFor(30 * MB, 'Opening “EMEA.partnerbook”', storage)).rejects.toThrow(
      'Opening “EMEA.partnerbook” needs about 30 MB of disk space, and only 10 MB is free for Partner Workbook. Free some space on the disk and try again; nothing was changed.',
    );
    await expect(ensureRoomFor(10 * MB, 'Opening', storage)).resolves.toBeUndefined();
  });

  it('estimates the room an import needs from the file size: CSV twice, XLSX six times, then three', () => {
    expect(roomForImport({ name: 'accounts.csv', size: 10 * MB })).toBe(60 * MB);
    expect(roomForImport({ name: 'companies.TSV', size: MB })).toBe(6 * MB);
    expect(roomForImport({ name: 'Accounts Report.XLSX', size: 2 * MB })).toBe(36 * MB);
  });

  it('refuses an import the disk has no room for, before anything is written', async () => {
    const { storage } = fakeStorage({
      persisted: true,
      grants: true,
      usage: 980 * MB,
      quota: 1000 * MB,
    });
    const file = { name: 'accounts.csv', size: 5 * MB };
    await expect(
      ensureRoomFor(roomForImport(file), 'Importing “accounts.csv”', storage),
    ).rejects.toThrow(
      'Importing “accounts.csv” needs about 30 MB of disk space, and only 20 MB is free for Partner Workbook. Free some space on the disk and try again; nothing was changed.',
    );
    const small = { name: 'accounts.csv', size: 3 * MB };
    await expect(
      ensureRoomFor(roomForImport(small), 'Importing', storage),
    ).resolves.toBeUndefined();
  });

  it('lets the write go ahead when the browser cannot say how much room there is', async () => {
    const storage = {
      persisted: () => Promise.resolve(false),
      persist: () => Promise.resolve(false),
      estimate: () => Promise.reject(new Error('not supported')),
    };
    await expect(ensureRoomFor(100 * MB, 'Merging', storage)).resolves.toBeUndefined();
  });
});
