import type { BrowserWindowConstructorOptions, CustomScheme } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ipcArgs } from '../../shared/ipc/contract';
import type { MenuTemplateItem } from './menu';

type Listener = (...args: unknown[]) => void;

/** Just enough of the electron module for the entry file, recording what it is asked to do. */
function fakeElectron(options: { lock: boolean; isPackaged: boolean }) {
  const calls: string[] = [];
  const appListeners = new Map<string, Listener>();
  const windows: FakeBrowserWindow[] = [];
  let menu: MenuTemplateItem[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  class FakeBrowserWindow {
    static fromWebContents = (): null => null;
    static getFocusedWindow = (): null => null;
    loadedUrl: string | undefined;
    minimized = true;
    readonly listeners = new Map<string, Listener>();
    readonly webContents = { send: () => undefined, isDestroyed: () => false };

    constructor(readonly options: BrowserWindowConstructorOptions) {
      windows.push(this);
      calls.push('new BrowserWindow');
    }
    on(event: string, listener: Listener): this {
      this.listeners.set(event, listener);
      return this;
    }
    once(): this {
      return this;
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    restore(): void {
      calls.push('restore');
    }
    focus(): void {
      calls.push('focus');
    }
  }

  const electron = {
    app: {
      isPackaged: options.isPackaged,
      getPath: (name: string) => (name === 'appData' ? '/home/ana/.config' : `/${name}`),
      setPath: (name: string, value: string) => calls.push(`setPath ${name} ${value}`),
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => {
        calls.push('requestSingleInstanceLock');
        return options.lock;
      },
      quit: () => calls.push('quit'),
      exit: () => calls.push('exit'),
      on: (event: string, listener: Listener) => appListeners.set(event, listener),
      whenReady: () => {
        calls.push('whenReady');
        return ready;
      },
      isReady: () => true,
      getVersion: () => '0.1.0',
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: CustomScheme[]) =>
        calls.push(`registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join()}`),
      handle: (scheme: string) => calls.push(`protocol.handle ${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => calls.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => calls.push('setPermissionCheckHandler'),
        webRequest: { onHeadersReceived: () => calls.push('onHeadersReceived') },
      },
    },
    Menu: {
      buildFromTemplate: (template: MenuTemplateItem[]) => {
        menu = template;
        return template;
      },
      setApplicationMenu: () => calls.push('setApplicationMenu'),
    },
    ipcMain: { handle: (channel: string) => calls.push(`ipcMain.handle ${channel}`) },
    nativeTheme: { shouldUseDarkColors: false },
    dialog: {},
    clipboard: { writeText: () => Promise.resolve() },
    shell: { openExternal: () => Promise.resolve() },
    BrowserWindow: FakeBrowserWindow,
  };
  return { electron, calls, appListeners, windows, markReady, menu: () => menu };
}

async function start(options: { lock?: boolean; isPackaged?: boolean; devServer?: string } = {}) {
  vi.resetModules();
  vi.stubEnv('VITE_DEV_SERVER_URL', options.devServer ?? '');
  const fake = fakeElectron({
    lock: options.lock ?? true,
    isPackaged: options.isPackaged ?? false,
  });
  vi.doMock('electron', () => fake.electron);
  await import('./index');
  fake.markReady();
  await new Promise((resolve) => setImmediate(resolve));
  return fake;
}

afterEach(() => {
  vi.doUnmock('electron');
  vi.unstubAllEnvs();
});

describe('the main entry', () => {
  it('pins userData, then takes the lock and registers app:// before ready', async () => {
    const { calls } = await start();
    expect(calls.slice(0, 5)).toEqual([
      'setPath userData /home/ana/.config/Partner Workbook',
      'enableSandbox',
      'registerSchemesAsPrivileged app',
      'requestSingleInstanceLock',
      'whenReady',
    ]);
  });

  it('on ready wires protocol, policy, menu, every IPC channel, then the window', async () => {
    const { calls, windows } = await start();
    expect(calls.slice(5)).toEqual([
      'protocol.handle app',
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'setApplicationMenu',
      ...Object.keys(ipcArgs).map((channel) => `ipcMain.handle ${channel}`),
      'new BrowserWindow',
    ]);
    const [win] = windows;
    expect(win?.loadedUrl).toBe('app://workbook/index.html');
    expect(win?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
    expect(win?.options.webPreferences?.preload).toMatch(/preload\.cjs$/);
  });

  it('quits at once when another instance holds the lock', async () => {
    const { calls, appListeners } = await start({ lock: false });
    expect(calls.slice(3)).toEqual(['requestSingleInstanceLock', 'quit']);
    expect(appListeners.size).toBe(0);
  });

  it('brings the first window forward on a second launch', async () => {
    const { calls, appListeners } = await start();
    appListeners.get('second-instance')?.();
    expect(calls.slice(-2)).toEqual(['restore', 'focus']);
  });

  it('opens a new window when activated with none left, and quits after a quit was held', async () => {
    const { calls, appListeners, windows } = await start();
    windows[0]?.listeners.get('closed')?.();
    appListeners.get('activate')?.();
    expect(windows).toHaveLength(2);
    expect(calls.at(-1)).toBe('new BrowserWindow');

    appListeners.get('before-quit')?.();
    windows[1]?.listeners.get('closed')?.();
    expect(calls.at(-1)).toBe('quit');
  });

  it('guards every webContents that is created', async () => {
    const { appListeners } = await start();
    const installed: string[] = [];
    const contents = {
      setWindowOpenHandler: () => installed.push('window-open'),
      on: (event: string) => installed.push(event),
    };
    appListeners.get('web-contents-created')?.({}, contents);
    expect(installed).toEqual([
      'window-open',
      'will-navigate',
      'will-redirect',
      'will-attach-webview',
    ]);
  });

  it('loads the dev server, with its CSP and developer menu, when developing', async () => {
    const { calls, windows, menu } = await start({ devServer: 'http://localhost:5173/' });
    expect(windows[0]?.loadedUrl).toBe('http://localhost:5173/');
    expect(calls).toContain('onHeadersReceived');
    const view = menu().find((item) => item.label === '&View' || item.label === 'View');
    expect(view?.submenu?.map((item) => item.role)).toContain('toggleDevTools');
  });

  it('ignores the dev server variable in a packaged app', async () => {
    const { calls, windows } = await start({
      isPackaged: true,
      devServer: 'http://attacker.example/',
    });
    expect(windows[0]?.loadedUrl).toBe('app://workbook/index.html');
    expect(calls).not.toContain('onHeadersReceived');
  });
});
