import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../shared/ipc/contract';
import { BackupFolder } from '../backups/backup-folder';
import { MemoryFileSystem } from '../file-system-test-kit';
import { trustedOrigins } from '../app-origin';
import { Downloads } from '../transfers/downloads';
import { Uploads } from '../transfers/uploads';
import { createBackupsHandlers } from './backups-handlers';
import { createFilesHandlers } from './files-handlers';
import { createIpcDispatcher, fail, type IpcHandlers } from './register';

const WORKBOOK = '10000000-0000-4000-8000-000000000001';
const DIR = '/data/backups';
const sender = { id: 1 };
const frame = { url: 'app://workbook/index.html', parent: null };
const event = { sender, senderFrame: frame };
const otherWindow = { sender: { id: 2 }, senderFrame: frame };

function setup() {
  const fs = new MemoryFileSystem();
  const folder = new BackupFolder({
    fs,
    dir: DIR,
    now: () => new Date('2026-11-29T08:00:00.000Z'),
    uniqueSuffix: () => 't1',
  });
  const uploads = new Uploads({ fs });
  const downloads = new Downloads({ fs, pieceBytes: 4 });
  // The backups channels, and the files channels that carry their pieces; the others answer as
  // if absent.
  const others = new Proxy({} as IpcHandlers<typeof sender>, {
    get: () => () => fail('internal', 'not in this test'),
  });
  const files = createFilesHandlers<typeof sender>({
    showSaveDialog: () => Promise.resolve({ canceled: true }),
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    printToPdf: () => Promise.resolve(new Uint8Array(0)),
    claimOpenRequests: () => undefined,
    fs,
    uploads,
    downloads,
  });
  const handlers: IpcHandlers<typeof sender> = {
    ...others,
    'files:append-upload': files['files:append-upload'],
    'files:abort-upload': files['files:abort-upload'],
    'files:read-chunk': files['files:read-chunk'],
    ...createBackupsHandlers<typeof sender>({ folder, uploads, downloads }),
  };
  const dispatch = createIpcDispatcher(handlers, { trustedOrigins: trustedOrigins() });
  return { fs, dispatch, uploads };
}

function valueOf(result: IpcResult<unknown>): unknown {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.message}`);
  return result.value;
}

const backup = {
  workbookId: WORKBOOK,
  workbookName: 'EMEA resellers',
  counts: { partners: 1 },
  reason: 'quit',
};

describe('backups: channels', () => {
  it('writes a backup sent in pieces, lists it and reads it back in pieces', async () => {
    const { fs, dispatch } = setup();
    const text = '{"format":"x"}';
    const begun = await dispatch('backups:begin-backup', event, { ...backup, size: text.length });
    const { token } = valueOf(begun) as { token: string };
    const temporary = `${DIR}/.backup.t1.partnerbook.tmp`;
    expect(fs.files.has(temporary)).toBe(true);
    for (const piece of [text.slice(0, 8), text.slice(8)]) {
      const bytes = new TextEncoder().encode(piece);
      expect(await dispatch('files:append-upload', event, { token, bytes })).toEqual({
        ok: true,
        value: null,
      });
    }
    const id = `${WORKBOOK}--20261129T080000000Z`;
    const written = await dispatch('backups:commit-backup', event, { token });
    expect(written).toMatchObject({ ok: true, value: { id, reason: 'quit', bytes: 14 } });
    expect(fs.flushed.has(temporary)).toBe(true);
    expect(fs.text(`${DIR}/${id}.partnerbook`)).toBe(text);
    const listed = await dispatch('backups:list-backups', event, { workbookId: WORKBOOK });
    expect(listed).toMatchObject({ ok: true, value: [{ id }] });

    const opened = await dispatch('backups:read-backup', event, { id });
    const file = valueOf(opened) as { name: string; size: number; token: string };
    expect(file).toMatchObject({ name: `${id}.partnerbook`, size: 14 });
    const pieces: string[] = [];
    for (let offset = 0; offset < file.size; offset += 4) {
      const piece = await dispatch('files:read-chunk', event, { token: file.token, offset });
      pieces.push(new TextDecoder().decode(valueOf(piece) as Uint8Array));
    }
    expect(pieces).toEqual(['{"fo', 'rmat', '":"x', '"}']);
    expect(fs.openFiles.size).toBe(0);
  });

  it('refuses to begin a backup the disk has no room for, writing nothing', async () => {
    const { fs, dispatch, uploads } = setup();
    fs.free = 10 * 1024 * 1024;
    const result = await dispatch('backups:begin-backup', event, { ...backup, size: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'no-space' } });
    expect(fs.files.size).toBe(0);
    expect(uploads.pending()).toBe(0);
  });

  it('commits a backup only for the window that began it, and not as a save', async () => {
    const { fs, dispatch } = setup();
    const { token } = valueOf(
      await dispatch('backups:begin-backup', event, { ...backup, size: 0 }),
    ) as { token: string };
    expect(await dispatch('backups:commit-backup', otherWindow, { token })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    expect(await dispatch('backups:commit-backup', event, { token })).toMatchObject({ ok: true });
    expect(fs.openFiles.size).toBe(0);
  });

  it('deletes an aborted backup’s temporary file, leaving no backup', async () => {
    const { fs, dispatch } = setup();
    const { token } = valueOf(
      await dispatch('backups:begin-backup', event, { ...backup, size: 4 }),
    ) as { token: string };
    await dispatch('files:append-upload', event, { token, bytes: new Uint8Array(2) });
    expect(await dispatch('files:abort-upload', event, { token })).toEqual({
      ok: true,
      value: null,
    });
    expect(fs.files.size).toBe(0);
    expect(await dispatch('backups:list-backups', event, {})).toEqual({ ok: true, value: [] });
  });

  it('says when a backup to read is gone', async () => {
    const { dispatch } = setup();
    const id = `${WORKBOOK}--20261129T080000000Z`;
    expect(await dispatch('backups:read-backup', event, { id })).toEqual({
      ok: false,
      error: {
        code: 'io-error',
        message: 'That backup could not be read; it may have been removed.',
      },
    });
  });

  it('refuses ids that could name a path, and backups with bad arguments', async () => {
    const { fs, dispatch } = setup();
    for (const id of ['../../secret', `${WORKBOOK}--20261129T080000000Z/../../x`, 42]) {
      const result = await dispatch('backups:read-backup', event, { id });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    const bad = await dispatch('backups:begin-backup', event, {
      ...backup,
      workbookId: 'not-an-id',
      size: 1,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const notAToken = await dispatch('backups:commit-backup', event, { token: '../x' });
    expect(notAToken).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(fs.log).toEqual([]);
  });
});
