import { describe, expect, it, vi } from 'vitest';
import {
  MAX_IPC_FILE_BYTES,
  type IpcResult,
  type MenuCommand,
  type OpenedFile,
  type WorkbookBridge,
} from '../../../shared/ipc/contract';
import { createElectronHost } from './electron-host';
import { HostError } from './host';
import { selectHost } from './select-host';

const done: IpcResult<null> = { ok: true, value: null };

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
    saveBytes: () => Promise.resolve({ ok: true, value: { saved: false } }),
    openFile: () => Promise.resolve({ ok: true, value: null }),
    printToPdf: () => Promise.resolve({ ok: true, value: { saved: false } }),
    writeBackup: () =>
      Promise.resolve({ ok: false, error: { code: 'no-space', message: 'The disk is full.' } }),
    listBackups: () => Promise.resolve({ ok: true, value: [] }),
    readBackup: () => Promise.resolve({ ok: true, value: new Uint8Array([123, 125]) }),
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

  it('saves bytes over the bridge and resolves to where', async () => {
    const saveBytes = vi.fn<WorkbookBridge['saveBytes']>(() =>
      Promise.resolve({ ok: true, value: { saved: true, path: '/d/EMEA.partnerbook' } }),
    );
    const host = createElectronHost(fakeBridge({ saveBytes }));
    const request = {
      suggestedName: 'EMEA.partnerbook',
      bytes: new TextEncoder().encode('{}'),
      filters: [{ name: 'Partner Workbook file', extensions: ['partnerbook'] }],
    };
    await expect(host.saveBytes(request)).resolves.toEqual({
      saved: true,
      path: '/d/EMEA.partnerbook',
    });
    expect(saveBytes).toHaveBeenCalledExactlyOnceWith(request);
  });

  it('refuses bytes over the limit before sending them across', async () => {
    const saveBytes = vi.fn<WorkbookBridge['saveBytes']>();
    const host = createElectronHost(fakeBridge({ saveBytes }));
    const bytes = Object.defineProperty(new Uint8Array(1), 'byteLength', {
      value: MAX_IPC_FILE_BYTES + 1,
    });
    const error: unknown = await host
      .saveBytes({ suggestedName: 'Huge.partnerbook', bytes, filters: [] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({
      code: 'too-large',
      message:
        'Huge.partnerbook would be 500.0 MB; Partner Workbook saves files of up to 500.0 MB.',
    });
    expect(saveBytes).not.toHaveBeenCalled();
  });

  it('opens a file as its name and a Blob of its bytes, or null when cancelled', async () => {
    const openFile = vi.fn<WorkbookBridge['openFile']>(() =>
      Promise.resolve({
        ok: true,
        value: { name: 'partners.csv', bytes: new TextEncoder().encode('name\nAcme\n') },
      }),
    );
    const host = createElectronHost(fakeBridge({ openFile }));
    const file = await host.openFile({ filters: [] });
    expect(file?.name).toBe('partners.csv');
    expect(file?.data).toBeInstanceOf(Blob);
    expect(await file?.data.text()).toBe('name\nAcme\n');

    openFile.mockResolvedValueOnce({ ok: true, value: null });
    await expect(host.openFile({ filters: [] })).resolves.toBeNull();

    openFile.mockResolvedValueOnce({
      ok: false,
      error: { code: 'too-large', message: 'huge.csv is 600.0 MB; …' },
    });
    await expect(host.openFile({ filters: [] })).rejects.toMatchObject({ code: 'too-large' });
  });

  it('hands files the system opens to the listener as Blobs, and unsubscribes', async () => {
    let deliver: ((file: OpenedFile) => void) | undefined;
    const unsubscribe = vi.fn();
    const bridge = fakeBridge({
      onFileOpenRequested: (listener) => {
        deliver = listener;
        return unsubscribe;
      },
    });
    const seen: { name: string; data: Blob }[] = [];
    const stop = createElectronHost(bridge).onFileOpenRequested((file) => seen.push(file));
    deliver?.({ name: 'EMEA.partnerbook', bytes: new TextEncoder().encode('{}') });
    expect(seen.map((file) => file.name)).toEqual(['EMEA.partnerbook']);
    expect(await seen[0]?.data.text()).toBe('{}');
    stop();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
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
