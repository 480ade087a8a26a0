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

const request = (bytes: number) => ({
  workbookId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  workbookName: 'EMEA partners',
  counts: { partners: 25 },
  reason: 'scheduled' as const,
  bytes: new Uint8Array(bytes),
});

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
});
