import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ipcArgs,
  type FileDownload,
  type MenuCommand,
  type WorkbookBridge,
} from '../../shared/ipc/contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** Loads the preload against a fake contextBridge/ipcRenderer and returns what it exposed. */
async function loadPreload(invokeResult: (channel: string) => Promise<unknown>) {
  vi.resetModules();
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Listener>>();
  const invoked: [string, unknown][] = [];
  vi.doMock('electron', () => ({
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: (channel: string, arg: unknown) => {
        invoked.push([channel, arg]);
        return invokeResult(channel);
      },
      on: (channel: string, listener: Listener) => {
        const set = listeners.get(channel) ?? new Set<Listener>();
        set.add(listener);
        listeners.set(channel, set);
      },
      removeListener: (channel: string, listener: Listener) => {
        listeners.get(channel)?.delete(listener);
      },
    },
  }));
  await import('./index');
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'main' }, payload);
  };
  const count = (channel: string) => listeners.get(channel)?.size ?? 0;
  return { exposed, invoked, emit, count };
}

function bridgeOf(exposed: Map<string, unknown>): WorkbookBridge {
  const bridge = exposed.get('workbookHost');
  if (typeof bridge !== 'object' || bridge === null) throw new Error('no bridge exposed');
  return bridge as WorkbookBridge;
}

afterEach(() => {
  vi.doUnmock('electron');
});

describe('the preload bridge', () => {
  it('exposes one object of named functions under workbookHost, and nothing else', async () => {
    const { exposed } = await loadPreload(() => Promise.resolve({ ok: true, value: null }));
    expect([...exposed.keys()]).toEqual(['workbookHost']);
    const members = Object.entries(bridgeOf(exposed)).map(([name, value]) => [name, typeof value]);
    expect(members.sort()).toEqual([
      ['abortUpload', 'function'],
      ['appendUpload', 'function'],
      ['beginBackup', 'function'],
      ['beginSave', 'function'],
      ['closeDownload', 'function'],
      ['commitBackup', 'function'],
      ['commitSave', 'function'],
      ['confirmFlushed', 'function'],
      ['getAppInfo', 'function'],
      ['getUpdateSettings', 'function'],
      ['listBackups', 'function'],
      ['onFileOpenRequested', 'function'],
      ['onFlushRequested', 'function'],
      ['onMenuCommand', 'function'],
      ['openExternal', 'function'],
      ['openFile', 'function'],
      ['openText', 'function'],
      ['printToPdf', 'function'],
      ['readBackup', 'function'],
      ['readChunk', 'function'],
      ['saveText', 'function'],
      ['setUpdateSettings', 'function'],
      ['writeClipboardText', 'function'],
    ]);
  });

  it('invokes each contract channel with its one argument', async () => {
    const { exposed, invoked } = await loadPreload((channel) =>
      Promise.resolve({ ok: true, value: channel }),
    );
    const bridge = bridgeOf(exposed);
    await bridge.getAppInfo();
    await bridge.confirmFlushed();
    await bridge.openExternal('https://example.com');
    await bridge.saveText({ suggestedName: 'a.csv', content: 'x', filters: [] });
    expect(await bridge.openText({ filters: [] })).toEqual({ ok: true, value: 'files:open-text' });
    await bridge.writeClipboardText('# Draft\n');
    const bytes = new Uint8Array([123, 125]);
    const filters = [{ name: 'Partner Workbook file', extensions: ['partnerbook'] }];
    const token = '6c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    await bridge.beginSave({ suggestedName: 'a.partnerbook', filters, size: 2 });
    await bridge.appendUpload({ token, bytes });
    await bridge.commitSave(token);
    await bridge.abortUpload(token);
    await bridge.openFile({ filters });
    await bridge.readChunk({ token, offset: 0 });
    await bridge.closeDownload(token);
    await bridge.printToPdf({ suggestedName: 'Acme brief' });
    const workbookId = '10000000-0000-4000-8000-000000000001';
    const backup = { workbookId, workbookName: 'EMEA', counts: {}, reason: 'quit' as const };
    await bridge.beginBackup({ ...backup, size: 2 });
    await bridge.commitBackup(token);
    await bridge.listBackups({ workbookId });
    await bridge.readBackup(`${workbookId}--20261129T080000000Z`);
    await bridge.getUpdateSettings();
    await bridge.setUpdateSettings({ enabled: true, feedUrl: 'https://updates.example/pw/' });
    expect(invoked).toEqual([
      ['app:get-info', {}],
      ['app:confirm-flushed', {}],
      ['shell:open-external', { url: 'https://example.com' }],
      ['files:save-text', { suggestedName: 'a.csv', content: 'x', filters: [] }],
      ['files:open-text', { filters: [] }],
      ['clipboard:write-text', { text: '# Draft\n' }],
      ['files:begin-save', { suggestedName: 'a.partnerbook', filters, size: 2 }],
      ['files:append-upload', { token, bytes }],
      ['files:commit-save', { token }],
      ['files:abort-upload', { token }],
      ['files:open-file', { filters }],
      ['files:read-chunk', { token, offset: 0 }],
      ['files:close-download', { token }],
      ['files:print-to-pdf', { suggestedName: 'Acme brief' }],
      ['backups:begin-backup', { ...backup, size: 2 }],
      ['backups:commit-backup', { token }],
      ['backups:list-backups', { workbookId }],
      ['backups:read-backup', { id: `${workbookId}--20261129T080000000Z` }],
      ['updates:get-settings', {}],
      ['updates:set-settings', { enabled: true, feedUrl: 'https://updates.example/pw/' }],
    ]);
    // Every channel of the contract is bridged: these, and the claim that subscribing sends.
    expect(new Set([...invoked.map(([channel]) => channel), 'files:claim-open-requests'])).toEqual(
      new Set(Object.keys(ipcArgs)),
    );
  });

  it('sends the bytes of a piece last, after its token', async () => {
    const { exposed, invoked } = await loadPreload(() =>
      Promise.resolve({ ok: true, value: null }),
    );
    const bytes = new Uint8Array(3);
    await bridgeOf(exposed).appendUpload({
      bytes,
      token: '6c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    });
    const [, arg] = invoked[0] ?? [];
    expect(Object.keys(arg as object)).toEqual(['token', 'bytes']);
  });

  it('claims waiting files when something subscribes, and delivers each file alone', async () => {
    let listenersWhenClaimed = -1;
    const { exposed, emit, count, invoked } = await loadPreload(() => {
      listenersWhenClaimed = count('files:open-requested');
      return Promise.resolve({ ok: true, value: null });
    });
    const received: unknown[][] = [];
    const unsubscribe = bridgeOf(exposed).onFileOpenRequested((...args: [FileDownload]) => {
      received.push(args);
    });
    expect(invoked).toEqual([['files:claim-open-requests', {}]]);
    // Subscribed before claiming, so that nothing main sends in answer is missed.
    expect(listenersWhenClaimed).toBe(1);
    const file: FileDownload = {
      name: 'EMEA.partnerbook',
      size: 2,
      token: '6c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    };
    emit('files:open-requested', file);
    unsubscribe();
    emit('files:open-requested', file);
    expect(received).toEqual([[file]]);
    expect(count('files:open-requested')).toBe(0);
  });

  it('resolves to an internal error instead of rejecting when main cannot answer', async () => {
    const { exposed } = await loadPreload(() => Promise.reject(new Error('No handler registered')));
    expect(await bridgeOf(exposed).getAppInfo()).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Partner Workbook could not reach its main process.' },
    });
  });

  it('delivers menu commands without the event object, until unsubscribed', async () => {
    const { exposed, emit, count } = await loadPreload(() => Promise.resolve(null));
    const received: unknown[][] = [];
    const unsubscribe = bridgeOf(exposed).onMenuCommand((...args: [MenuCommand]) => {
      received.push(args);
    });
    emit('menu:command-invoked', 'import');
    emit('app:flush-requested', null);
    unsubscribe();
    emit('menu:command-invoked', 'export');
    expect(received).toEqual([['import']]);
    expect(count('menu:command-invoked')).toBe(0);
  });

  it('calls flush listeners with no arguments, until unsubscribed', async () => {
    const { exposed, emit, count } = await loadPreload(() => Promise.resolve(null));
    const calls: number[] = [];
    const unsubscribe = bridgeOf(exposed).onFlushRequested((...args: unknown[]) => {
      calls.push(args.length);
    });
    emit('app:flush-requested', null);
    unsubscribe();
    emit('app:flush-requested', null);
    expect(calls).toEqual([0]);
    expect(count('app:flush-requested')).toBe(0);
  });
});
