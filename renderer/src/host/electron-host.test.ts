import { describe, expect, it, vi } from 'vitest';
import type { IpcResult, MenuCommand, WorkbookBridge } from '../../../shared/ipc/contract';
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
    onMenuCommand: () => () => undefined,
    onFlushRequested: () => () => undefined,
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
});
