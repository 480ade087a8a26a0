import { describe, expect, it } from 'vitest';
import { BackupFolder } from '../backups/backup-folder';
import { MemoryFileSystem } from '../file-system-test-kit';
import { trustedOrigins } from '../app-origin';
import { createBackupsHandlers } from './backups-handlers';
import { createIpcDispatcher, fail, ok, type IpcHandlers } from './register';

const WORKBOOK = '10000000-0000-4000-8000-000000000001';
const sender = { id: 1 };
const event = { sender, senderFrame: { url: 'app://workbook/index.html', parent: null } };

function setup() {
  const fs = new MemoryFileSystem();
  const folder = new BackupFolder({
    fs,
    dir: '/data/backups',
    now: () => new Date('2026-11-29T08:00:00.000Z'),
  });
  // Only the backups channels matter here; the others answer as if absent.
  const others = new Proxy({} as IpcHandlers<typeof sender>, {
    get: () => () => fail('internal', 'not in this test'),
  });
  const handlers: IpcHandlers<typeof sender> = {
    ...others,
    ...createBackupsHandlers<typeof sender>(folder),
  };
  const dispatch = createIpcDispatcher(handlers, { trustedOrigins: trustedOrigins() });
  return { fs, dispatch };
}

describe('backups: channels', () => {
  it('writes, lists and reads a backup', async () => {
    const { dispatch } = setup();
    const written = await dispatch('backups:write-backup', event, {
      workbookId: WORKBOOK,
      workbookName: 'EMEA resellers',
      counts: { partners: 1 },
      reason: 'quit',
      bytes: new TextEncoder().encode('{}'),
    });
    const id = `${WORKBOOK}--20261129T080000000Z`;
    expect(written).toMatchObject({ ok: true, value: { id, reason: 'quit', bytes: 2 } });
    const listed = await dispatch('backups:list-backups', event, { workbookId: WORKBOOK });
    expect(listed).toMatchObject({ ok: true, value: [{ id }] });
    expect(await dispatch('backups:read-backup', event, { id })).toEqual(
      ok(new TextEncoder().encode('{}')),
    );
  });

  it('refuses ids that could name a path, and writes with bad arguments', async () => {
    const { fs, dispatch } = setup();
    for (const id of ['../../secret', `${WORKBOOK}--20261129T080000000Z/../../x`, 42]) {
      const result = await dispatch('backups:read-backup', event, { id });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    const bad = await dispatch('backups:write-backup', event, {
      workbookId: 'not-an-id',
      workbookName: 'x',
      counts: {},
      reason: 'scheduled',
      bytes: new Uint8Array(1),
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(fs.log).toEqual([]);
  });
});
