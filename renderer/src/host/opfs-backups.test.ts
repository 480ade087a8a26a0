import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostError } from './host';
import { createOpfsBackups } from './opfs-backups';

const MB = 1024 * 1024;

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A browser whose storage reports `free` bytes left, recording whether anything was opened. */
function browserWithFree(free: number) {
  const opened: string[] = [];
  vi.stubGlobal('navigator', {
    storage: {
      estimate: () => Promise.resolve({ quota: 1_000 * MB, usage: 1_000 * MB - free }),
      getDirectory: () => {
        opened.push('root');
        return Promise.reject(new Error('not in this test'));
      },
    },
  });
  return opened;
}

// A snapshot of `bytes` bytes in two parts, as the save worker's chunks come.
const request = (bytes: number) => ({
  workbookId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  workbookName: 'EMEA partners',
  counts: { partners: 25 },
  reason: 'scheduled' as const,
  parts: [new Uint8Array(bytes / 2), new Uint8Array(bytes - bytes / 2)],
});

/** A browser with room and an Origin Private File System in memory: file name to what was written. */
function browserWithStorage() {
  const files = new Map<string, Blob>();
  const directory = {
    getFileHandle: (name: string) =>
      Promise.resolve({
        createWritable: () => {
          let written: Blob | undefined;
          return Promise.resolve({
            write: (data: Blob) => {
              written = data;
              return Promise.resolve();
            },
            close: () => {
              if (written) files.set(name, written);
              return Promise.resolve();
            },
            abort: () => Promise.resolve(),
          });
        },
        getFile: () => {
          const blob = files.get(name);
          return blob ? Promise.resolve(new File([blob], name)) : Promise.reject(new Error(name));
        },
      }),
    removeEntry: (name: string) => {
      files.delete(name);
      return Promise.resolve();
    },
    keys: async function* keys() {
      await Promise.resolve();
      yield* files.keys();
    },
  };
  vi.stubGlobal('navigator', {
    storage: {
      estimate: () => Promise.resolve({ quota: 1_000 * MB, usage: 0 }),
      getDirectory: () => Promise.resolve({ getDirectoryHandle: () => Promise.resolve(directory) }),
    },
  });
  return files;
}

describe('backups in the browser', () => {
  it('refuses a backup the storage has no room for, before writing anything', async () => {
    const opened = browserWithFree(50 * MB);
    const error: unknown = await createOpfsBackups()
      .write(request(2 * MB))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({
      code: 'no-space',
      message:
        'The backup of “EMEA partners” was not written: this browser allows 50 MB more for the app, and it needs 66 MB. Free some space; your workbook itself is unchanged.',
    });
    expect(opened).toEqual([]);
  });

  it('goes on to write when there is room', async () => {
    const opened = browserWithFree(100 * MB);
    await expect(createOpfsBackups().write(request(2 * MB))).rejects.toMatchObject({
      code: 'io-error',
    });
    expect(opened).toEqual(['root']);
  });

  it('writes the parts as one snapshot file of their size, then its description', async () => {
    const files = browserWithStorage();
    const now = new Date('2026-11-29T08:00:00.000Z');
    const parts = [new TextEncoder().encode('{"format":'), new TextEncoder().encode('"x"}')];
    const info = await createOpfsBackups(() => now).write({ ...request(0), parts });
    const id = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b--20261129T080000000Z';
    expect(info).toMatchObject({ id, bytes: 14, counts: { partners: 25 } });
    expect([...files.keys()]).toEqual([`${id}.partnerbook`, `${id}.json`]);
    expect(await files.get(`${id}.partnerbook`)?.text()).toBe('{"format":"x"}');
  });
});
