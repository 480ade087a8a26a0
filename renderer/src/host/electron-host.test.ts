import { describe, expect, it, vi } from 'vitest';
import {
  MAX_IPC_CHUNK_BYTES,
  MAX_TRANSFER_BYTES,
  type FileDownload,
  type IpcResult,
  type MenuCommand,
  type WorkbookBridge,
} from '../../../shared/ipc/contract';
import { createElectronHost } from './electron-host';
import { STREAM_ABOVE_BYTES } from './bridge-transfers';
import type { FileSource } from './file-source';
import { HostError, type HostFile } from './host';
import { selectHost } from './select-host';

function asBlob(data: FileSource | undefined): Blob {
  if (!(data instanceof Blob)) throw new Error('Expected a Blob, not a stream.');
  return data;
}

const done: IpcResult<null> = { ok: true, value: null };
const TOKEN = '6c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function fakeBridge(overrides: Partial<WorkbookBridge> = {}): WorkbookBridge {
  return {
    getAppInfo: () =>
      Promise.resolve({
        ok: true,
        value: {
          name: 'Partner Workbook',
          version: '0.1.0',
          platform: 'linux',
          userDataPath: '/home/u/.config/Partner Workbook',
        },
      }),
    confirmFlushed: () => Promise.resolve(done),
    openExternal: () =>
      Promise.resolve({
        ok: false,
        error: { code: 'not-allowed', message: 'Only web links can be opened.' },
      }),
    saveText: () => Promise.resolve({ ok: true, value: { saved: false } }),
    openText: () => Promise.resolve({ ok: true, value: null }),
    writeClipboardText: () => Promise.resolve(done),
    beginSave: () => Promise.resolve({ ok: true, value: null }),
    appendUpload: () => Promise.resolve(done),
    commitSave: () => Promise.resolve({ ok: true, value: { saved: false } }),
    abortUpload: () => Promise.resolve(done),
    openFile: () => Promise.resolve({ ok: true, value: null }),
    readChunk: () => Promise.resolve({ ok: true, value: new Uint8Array([123, 125]) }),
    closeDownload: () => Promise.resolve(done),
    printToPdf: () => Promise.resolve({ ok: true, value: { saved: false } }),
    beginBackup: () =>
      Promise.resolve({ ok: false, error: { code: 'no-space', message: 'The disk is full.' } }),
    commitBackup: () =>
      Promise.resolve({ ok: false, error: { code: 'not-allowed', message: 'Not this one.' } }),
    listBackups: () => Promise.resolve({ ok: true, value: [] }),
    readBackup: () =>
      Promise.resolve({ ok: true, value: { name: 'b.partnerbook', size: 2, token: TOKEN } }),
    getUpdateSettings: () => Promise.resolve({ ok: true, value: { enabled: false, feedUrl: '' } }),
    setUpdateSettings: (settings) => Promise.resolve({ ok: true, value: settings }),
    onMenuCommand: () => () => undefined,
    onFlushRequested: () => () => undefined,
    onFileOpenRequested: () => () => undefined,
    ...overrides,
  };
}

describe('selectHost', () => {
  it('uses the bridge when the preload exposed it, and the browser otherwise', () => {
    expect(selectHost({ workbookHost: fakeBridge() }).kind).toBe('electron');
    expect(selectHost({}).kind).toBe('browser');
  });
});

describe('createElectronHost', () => {
  it('returns the value of a successful call', async () => {
    const host = createElectronHost(fakeBridge());
    await expect(host.getAppInfo()).resolves.toMatchObject({ version: '0.1.0', platform: 'linux' });
  });

  it('turns an error result into a HostError carrying the message for the person', async () => {
    const host = createElectronHost(fakeBridge());
    const error: unknown = await host.openExternal('file:///etc/passwd').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'not-allowed', message: 'Only web links can be opened.' });
  });

  it('copies text over the bridge, and reports a refusal as a HostError', async () => {
    const writeClipboardText = vi.fn<WorkbookBridge['writeClipboardText']>(() =>
      Promise.resolve(done),
    );
    const host = createElectronHost(fakeBridge({ writeClipboardText }));
    await expect(host.copyText('# Draft\n')).resolves.toBeUndefined();
    expect(writeClipboardText).toHaveBeenCalledExactlyOnceWith('# Draft\n');

    writeClipboardText.mockResolvedValueOnce({
      ok: false,
      error: { code: 'io-error', message: 'The text could not be copied to the clipboard.' },
    });
    const error: unknown = await host.copyText('again').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({
      code: 'io-error',
      message: 'The text could not be copied to the clipboard.',
    });
  });

  it('flushes before confirming to the shell that the window may close', async () => {
    let request: (() => void) | undefined;
    const order: string[] = [];
    const bridge = fakeBridge({
      onFlushRequested: (listener) => {
        request = listener;
        return () => undefined;
      },
      confirmFlushed: () => {
        order.push('confirmed');
        return Promise.resolve(done);
      },
    });
    createElectronHost(bridge).onBeforeClose(async () => {
      await Promise.resolve();
      order.push('flushed');
    });
    request?.();
    await vi.waitFor(() => expect(order).toEqual(['flushed', 'confirmed']));
  });

  it('confirms even when the flush fails, so that closing never hangs', async () => {
    let request: (() => void) | undefined;
    const confirmFlushed = vi.fn(() => Promise.resolve(done));
    const bridge = fakeBridge({
      onFlushRequested: (listener) => {
        request = listener;
        return () => undefined;
      },
      confirmFlushed,
    });
    createElectronHost(bridge).onBeforeClose(() => Promise.reject(new Error('disk full')));
    request?.();
    await vi.waitFor(() => expect(confirmFlushed).toHaveBeenCalledTimes(1));
  });

  it('passes menu commands through', () => {
    const seen: MenuCommand[] = [];
    const bridge = fakeBridge({
      onMenuCommand: (listener) => {
        listener('new-partner');
        return () => undefined;
      },
    });
    createElectronHost(bridge).onMenuCommand((command) => seen.push(command));
    expect(seen).toEqual(['new-partner']);
  });

  // A bridge that records the upload calls in order.
  function uploadBridge(overrides: Partial<WorkbookBridge> = {}) {
    const calls: string[] = [];
    const pieces: Uint8Array[] = [];
    const bridge = fakeBridge({
      beginSave: (request) => {
        calls.push(`begin-save ${request.suggestedName} ${String(request.size)}`);
        return Promise.resolve({ ok: true, value: { token: TOKEN } });
      },
      appendUpload: ({ bytes }) => {
        calls.push(`append ${String(bytes.byteLength)}`);
        pieces.push(bytes);
        return Promise.resolve(done);
      },
      commitSave: (token) => {
        calls.push(`commit-save ${token === TOKEN ? 'token' : token}`);
        return Promise.resolve({ ok: true, value: { saved: true, path: '/d/EMEA.partnerbook' } });
      },
      abortUpload: () => {
        calls.push('abort');
        return Promise.resolve(done);
      },
      ...overrides,
    });
    return { bridge, calls, pieces };
  }

  const filters = [{ name: 'Partner Workbook file', extensions: ['partnerbook'] }];

  it('saves the parts in pieces of at most MAX_IPC_CHUNK_BYTES: begin, each piece, commit', async () => {
    const { bridge, calls, pieces } = uploadBridge();
    const host = createElectronHost(bridge);
    const big = new Uint8Array(MAX_IPC_CHUNK_BYTES + 1);
    big[MAX_IPC_CHUNK_BYTES] = 7;
    const parts = [new TextEncoder().encode('{}'), big];
    await expect(
      host.saveBytes({ suggestedName: 'EMEA.partnerbook', parts, filters }),
    ).resolves.toEqual({ saved: true, path: '/d/EMEA.partnerbook' });
    expect(calls).toEqual([
      `begin-save EMEA.partnerbook ${String(MAX_IPC_CHUNK_BYTES + 3)}`,
      'append 2',
      `append ${String(MAX_IPC_CHUNK_BYTES)}`,
      'append 1',
      'commit-save token',
    ]);
    expect([...(pieces[2] ?? [])]).toEqual([7]);
  });

  it('sends nothing when the save dialog is cancelled', async () => {
    const { bridge, calls } = uploadBridge({
      beginSave: () => Promise.resolve({ ok: true, value: null }),
    });
    const host = createElectronHost(bridge);
    await expect(
      host.saveBytes({ suggestedName: 'EMEA.partnerbook', parts: [new Uint8Array(3)], filters }),
    ).resolves.toEqual({ saved: false });
    expect(calls).toEqual([]);
  });

  it('aborts the upload when a piece fails, and rejects with its HostError', async () => {
    const { bridge, calls } = uploadBridge({
      appendUpload: () =>
        Promise.resolve({
          ok: false,
          error: {
            code: 'io-error',
            message: 'EMEA.partnerbook could not be saved because the disk is full.',
          },
        }),
    });
    const host = createElectronHost(bridge);
    const error: unknown = await host
      .saveBytes({ suggestedName: 'EMEA.partnerbook', parts: [new Uint8Array(3)], filters })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({
      code: 'io-error',
      message: 'EMEA.partnerbook could not be saved because the disk is full.',
    });
    expect(calls).toEqual(['begin-save EMEA.partnerbook 3', 'abort']);
  });

  it('refuses a file over MAX_TRANSFER_BYTES before any dialog or piece', async () => {
    const { bridge, calls } = uploadBridge();
    const host = createElectronHost(bridge);
    const huge = Object.defineProperty(new Uint8Array(1), 'byteLength', {
      value: MAX_TRANSFER_BYTES + 1,
    });
    const error: unknown = await host
      .saveBytes({ suggestedName: 'Huge.partnerbook', parts: [huge], filters: [] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({
      code: 'too-large',
      message:
        'Huge.partnerbook would be 4,097 MiB; Partner Workbook saves files of at most 4,096 MiB.',
    });
    expect(calls).toEqual([]);
  });

  it('writes a backup as an upload: begin with its description and size, pieces, commit', async () => {
    const calls: unknown[] = [];
    const info = {
      id: '10000000-0000-4000-8000-000000000001--20261129T080000000Z',
      workbookId: '10000000-0000-4000-8000-000000000001',
      workbookName: 'EMEA',
      createdAt: '2026-11-29T08:00:00.000Z',
      bytes: 5,
      counts: { partners: 1 },
      reason: 'quit' as const,
    };
    const bridge = fakeBridge({
      beginBackup: (request) => {
        calls.push(request);
        return Promise.resolve({ ok: true, value: { token: TOKEN } });
      },
      appendUpload: ({ bytes }) => {
        calls.push(bytes.byteLength);
        return Promise.resolve(done);
      },
      commitBackup: () => {
        calls.push('commit');
        return Promise.resolve({ ok: true, value: info });
      },
    });
    const written = await createElectronHost(bridge).backups.write({
      workbookId: info.workbookId,
      workbookName: 'EMEA',
      counts: { partners: 1 },
      reason: 'quit',
      parts: [new Uint8Array(3), new Uint8Array(2)],
    });
    expect(written).toEqual(info);
    expect(calls).toEqual([
      {
        workbookId: info.workbookId,
        workbookName: 'EMEA',
        counts: { partners: 1 },
        reason: 'quit',
        size: 5,
      },
      3,
      2,
      'commit',
    ]);
  });

  it('reports a backup refused at its start, sending nothing', async () => {
    const appendUpload = vi.fn<WorkbookBridge['appendUpload']>();
    const host = createElectronHost(fakeBridge({ appendUpload }));
    await expect(
      host.backups.write({
        workbookId: '10000000-0000-4000-8000-000000000001',
        workbookName: 'EMEA',
        counts: {},
        reason: 'quit',
        parts: [new Uint8Array(3)],
      }),
    ).rejects.toMatchObject({ code: 'no-space', message: 'The disk is full.' });
    expect(appendUpload).not.toHaveBeenCalled();
  });

  it('reads a backup back in pieces into a Blob', async () => {
    const readChunk = vi.fn<WorkbookBridge['readChunk']>(() =>
      Promise.resolve({ ok: true, value: new Uint8Array([123, 125]) }),
    );
    const data = await createElectronHost(fakeBridge({ readChunk })).backups.read('any');
    expect(await asBlob(data).text()).toBe('{}');
    expect(readChunk).toHaveBeenCalledExactlyOnceWith({ token: TOKEN, offset: 0 });
  });

  it('opens a file as its name and a Blob of its pieces, or null when cancelled', async () => {
    const content = new TextEncoder().encode('name\nAcme\n');
    const openFile = vi.fn<WorkbookBridge['openFile']>(() =>
      Promise.resolve({ ok: true, value: { name: 'partners.csv', size: 10, token: TOKEN } }),
    );
    const readChunk = vi.fn<WorkbookBridge['readChunk']>(({ offset }) =>
      Promise.resolve({ ok: true, value: content.slice(offset, offset + 6) }),
    );
    const host = createElectronHost(fakeBridge({ openFile, readChunk }));
    const file = await host.openFile({ filters: [] });
    expect(file?.name).toBe('partners.csv');
    expect(file?.data).toBeInstanceOf(Blob);
    expect(await asBlob(file?.data).text()).toBe('name\nAcme\n');
    expect(readChunk.mock.calls.map(([request]) => request.offset)).toEqual([0, 6]);

    openFile.mockResolvedValueOnce({ ok: true, value: null });
    await expect(host.openFile({ filters: [] })).resolves.toBeNull();

    openFile.mockResolvedValueOnce({
      ok: false,
      error: { code: 'too-large', message: 'huge.csv is 5000.0 MB; …' },
    });
    await expect(host.openFile({ filters: [] })).rejects.toMatchObject({ code: 'too-large' });
  });

  it('hands a file over 256 MiB over as a stream read from main as it is used', async () => {
    const size = STREAM_ABOVE_BYTES + 3;
    const openFile = vi.fn<WorkbookBridge['openFile']>(() =>
      Promise.resolve({ ok: true, value: { name: 'Big.partnerbook', size, token: TOKEN } }),
    );
    const readChunk = vi.fn<WorkbookBridge['readChunk']>();
    const closeDownload = vi.fn<WorkbookBridge['closeDownload']>(() => Promise.resolve(done));
    const host = createElectronHost(fakeBridge({ openFile, readChunk, closeDownload }));
    const file = await host.openFile({ filters: [] });
    expect(file?.data).toMatchObject({ kind: 'stream', size });
    expect(readChunk).not.toHaveBeenCalled();
    // Not read after all: main is told to close it.
    if (file && !(file.data instanceof Blob)) file.data.release();
    expect(closeDownload).toHaveBeenCalledExactlyOnceWith(TOKEN);
  });

  it('hands files the system opens to the listener once read, and unsubscribes', async () => {
    let deliver: ((file: FileDownload) => void) | undefined;
    const unsubscribe = vi.fn();
    const bridge = fakeBridge({
      onFileOpenRequested: (listener) => {
        deliver = listener;
        return unsubscribe;
      },
    });
    const seen: HostFile[] = [];
    const stop = createElectronHost(bridge).onFileOpenRequested((file) => seen.push(file));
    deliver?.({ name: 'EMEA.partnerbook', size: 2, token: TOKEN });
    await vi.waitFor(() => expect(seen.map((file) => file.name)).toEqual(['EMEA.partnerbook']));
    expect(await asBlob(seen[0]?.data).text()).toBe('{}');
    stop();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('tells of a file the system opens that cannot be read, and nothing after unsubscribing', async () => {
    let deliver: ((file: FileDownload) => void) | undefined;
    const bridge = fakeBridge({
      onFileOpenRequested: (listener) => {
        deliver = listener;
        return () => undefined;
      },
      readChunk: () =>
        Promise.resolve({
          ok: false,
          error: { code: 'io-error', message: 'EMEA.partnerbook changed while it was being read.' },
        }),
    });
    const seen: unknown[] = [];
    const failures: HostError[] = [];
    const stop = createElectronHost(bridge).onFileOpenRequested(
      (file) => seen.push(file),
      (error) => failures.push(error),
    );
    deliver?.({ name: 'EMEA.partnerbook', size: 2, token: TOKEN });
    await vi.waitFor(() => expect(failures).toHaveLength(1));
    expect(failures[0]).toMatchObject({
      code: 'io-error',
      message: 'EMEA.partnerbook changed while it was being read.',
    });
    stop();
    deliver?.({ name: 'Later.partnerbook', size: 2, token: TOKEN });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failures).toHaveLength(1);
    expect(seen).toEqual([]);
  });

  it('prints to a PDF over the bridge', async () => {
    const printToPdf = vi.fn<WorkbookBridge['printToPdf']>(() =>
      Promise.resolve({ ok: true, value: { saved: true, path: '/d/Acme.pdf' } }),
    );
    const host = createElectronHost(fakeBridge({ printToPdf }));
    await expect(host.printToPdf({ suggestedName: 'Acme' })).resolves.toEqual({
      saved: true,
      path: '/d/Acme.pdf',
    });
    expect(printToPdf).toHaveBeenCalledExactlyOnceWith({ suggestedName: 'Acme' });
  });
});
