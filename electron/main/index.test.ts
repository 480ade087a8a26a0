import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindowConstructorOptions, CustomScheme } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcArgs } from '../../shared/ipc/contract';
import type { InvokeEvent } from './ipc/register';
import type { MenuTemplateItem } from './menu';

type Listener = (...args: unknown[]) => void;
type InvokeListener = (event: InvokeEvent<unknown>, ...args: unknown[]) => Promise<unknown>;

/** Just enough of the electron module for the entry file, recording what it is asked to do. */
function fakeElectron(options: { lock: boolean; isPackaged: boolean; userData: string }) {
  const calls: string[] = [];
  const appListeners = new Map<string, Listener>();
  const windows: FakeBrowserWindow[] = [];
  const handlers = new Map<string, InvokeListener>();
  const errors: string[] = [];
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
    readonly webContents = {
      id: windows.length + 1,
      sent: [] as [string, unknown][],
      listeners: new Map<string, Listener>(),
      send(channel: string, payload: unknown) {
        this.sent.push([channel, payload]);
      },
      isDestroyed: () => false,
      on(event: string, listener: Listener) {
        this.listeners.set(event, listener);
      },
    };

    constructor(readonly options: BrowserWindowConstructorOptions) {
      windows.push(this);
      calls.push('new BrowserWindow');
    }
    on(event: string, listener: Listener): this {
      this.listeners.set(event, listener);
      return this;
    }
    readyToShow: (() => void) | undefined;
    once(event: string, listener: () => void): this {
      if (event === 'ready-to-show') this.readyToShow = listener;
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
    maximize(): void {
      calls.push('maximize');
    }
    isMaximized(): boolean {
      return false;
    }
    isDestroyed(): boolean {
      return false;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1000, height: 700 };
    }
  }

  const electron = {
    app: {
      isPackaged: options.isPackaged,
      getPath: (name: string) => {
        if (name === 'appData') return '/home/ana/.config';
        return name === 'userData' ? options.userData : `/${name}`;
      },
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
      addRecentDocument: (filePath: string) => calls.push(`addRecentDocument ${filePath}`),
      clearRecentDocuments: () => calls.push('clearRecentDocuments'),
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
    ipcMain: {
      handle: (channel: string, listener: InvokeListener) => {
        calls.push(`ipcMain.handle ${channel}`);
        handlers.set(channel, listener);
      },
    },
    nativeTheme: { shouldUseDarkColors: false },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    dialog: {
      showErrorBox: (title: string, content: string) => errors.push(`${title}: ${content}`),
    },
    clipboard: { writeText: () => Promise.resolve() },
    shell: { openExternal: () => Promise.resolve() },
    BrowserWindow: FakeBrowserWindow,
  };
  return { electron, calls, appListeners, windows, handlers, errors, markReady, menu: () => menu };
}

type FakeElectron = ReturnType<typeof fakeElectron>;

let userData: string;

beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'main-entry-'));
});

const settle = () => new Promise((resolve) => setImmediate(resolve));

async function start(
  options: {
    lock?: boolean;
    isPackaged?: boolean;
    devServer?: string;
    argv?: string[];
    /** Runs after the entry file has loaded, before the app is ready. */
    beforeReady?: (fake: FakeElectron) => void;
  } = {},
) {
  vi.resetModules();
  vi.stubEnv('VITE_DEV_SERVER_URL', options.devServer ?? '');
  const fake = fakeElectron({
    lock: options.lock ?? true,
    isPackaged: options.isPackaged ?? false,
    userData,
  });
  vi.doMock('electron', () => fake.electron);
  const argv = process.argv;
  process.argv = options.argv ?? ['/usr/bin/electron', '.'];
  try {
    await import('./index');
  } finally {
    process.argv = argv;
  }
  options.beforeReady?.(fake);
  fake.markReady();
  await settle();
  // The window opens once the saved window position and update setting have been read.
  if (options.lock !== false) {
    await vi.waitFor(() => {
      expect(fake.windows).toHaveLength(1);
    });
  }
  return fake;
}

/** Invokes a channel the way the window's page would. */
function invokeFromWindow(fake: FakeElectron, channel: string, arg: unknown) {
  const window = fake.windows.at(-1);
  const handler = fake.handlers.get(channel);
  if (window === undefined || handler === undefined) throw new Error(`cannot invoke ${channel}`);
  return handler(
    { senderFrame: { parent: null, url: 'app://workbook/index.html' }, sender: window.webContents },
    arg,
  );
}

function openedFiles(fake: FakeElectron): unknown[] {
  return (fake.windows.at(-1)?.webContents.sent ?? [])
    .filter(([channel]) => channel === 'files:open-requested')
    .map(([, payload]) => payload);
}

function recentMenu(fake: FakeElectron): string[] {
  const file = fake.menu().find((item) => item.label === '&File' || item.label === 'File');
  const recent = file?.submenu?.find((item) => item.label === 'Open Recent');
  return (recent?.submenu ?? []).map((item) => item.label ?? '—');
}

afterEach(async () => {
  vi.doUnmock('electron');
  vi.unstubAllEnvs();
  await rm(userData, { recursive: true, force: true });
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

  it('opens the window where it last closed, maximised if it was', async () => {
    await writeFile(
      path.join(userData, 'window-state.json'),
      JSON.stringify({
        version: 1,
        bounds: { x: 100, y: 80, width: 1100, height: 720 },
        maximized: true,
      }),
    );
    const { windows, calls } = await start();
    expect(windows[0]?.options).toMatchObject({ x: 100, y: 80, width: 1100, height: 720 });
    windows[0]?.readyToShow?.();
    expect(calls.at(-1)).toBe('maximize');
  });

  it('quits at once when another instance holds the lock', async () => {
    const { calls, appListeners } = await start({ lock: false });
    expect(calls.slice(3)).toEqual(['requestSingleInstanceLock', 'quit']);
    expect(appListeners.size).toBe(0);
  });

  it('brings the first window forward on a second launch', async () => {
    const { calls, appListeners } = await start();
    appListeners.get('second-instance')?.({}, ['/opt/pw/partner-workbook'], '/home/ana');
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

  it('opens a file macOS hands over before ready, once the page claims it, and lists it', async () => {
    const workbook = path.join(userData, 'EMEA.partnerbook');
    await writeFile(workbook, '{"format":"partner-workbook"}');
    const prevented: string[] = [];
    const fake = await start({
      beforeReady: ({ appListeners }) => {
        appListeners.get('open-file')?.(
          { preventDefault: () => prevented.push('open-file') },
          workbook,
        );
      },
    });
    expect(prevented).toEqual(['open-file']);
    // The page has not subscribed yet: nothing is sent.
    expect(openedFiles(fake)).toEqual([]);

    expect(await invokeFromWindow(fake, 'files:claim-open-requests', {})).toEqual({
      ok: true,
      value: null,
    });
    await vi.waitFor(() => expect(openedFiles(fake)).toHaveLength(1));
    // The page is told the file's name and size, then reads it in pieces from the disk.
    const [opened] = openedFiles(fake) as { name: string; size: number; token: string }[];
    expect(opened).toMatchObject({ name: 'EMEA.partnerbook', size: 29 });
    const piece = await invokeFromWindow(fake, 'files:read-chunk', {
      token: opened?.token,
      offset: 0,
    });
    expect(piece).toEqual({
      ok: true,
      value: new TextEncoder().encode('{"format":"partner-workbook"}'),
    });
    await vi.waitFor(() => expect(recentMenu(fake)[0]).toBe('EMEA.partnerbook'));
  });

  it('opens the workbook a double-click started the app with, and one from a second launch', async () => {
    const first = path.join(userData, 'First.partnerbook');
    const second = path.join(userData, 'Second.partnerbook');
    await writeFile(first, '1');
    await writeFile(second, '2');
    const fake = await start({ argv: ['C:\\Partner Workbook.exe', first] });
    await invokeFromWindow(fake, 'files:claim-open-requests', {});
    fake.appListeners.get('second-instance')?.(
      {},
      ['C:\\Partner Workbook.exe', 'Second.partnerbook'],
      userData,
    );
    await vi.waitFor(() => expect(openedFiles(fake)).toHaveLength(2));
    expect(openedFiles(fake).map((file) => (file as { name: string }).name)).toEqual([
      'First.partnerbook',
      'Second.partnerbook',
    ]);
  });

  it('waits again while the page reloads', async () => {
    const workbook = path.join(userData, 'Later.partnerbook');
    await writeFile(workbook, '{}');
    const fake = await start();
    await invokeFromWindow(fake, 'files:claim-open-requests', {});
    const contents = fake.windows[0]?.webContents;
    contents?.listeners.get('did-start-navigation')?.({ isMainFrame: true, isSameDocument: false });
    fake.appListeners.get('open-file')?.({ preventDefault: () => undefined }, workbook);
    await settle();
    expect(openedFiles(fake)).toEqual([]);
    await invokeFromWindow(fake, 'files:claim-open-requests', {});
    await vi.waitFor(() => expect(openedFiles(fake)).toHaveLength(1));
  });

  it('gives up what a page was still sending when it reloads, but not on a same-page navigation', async () => {
    const fake = await start();
    const begin = async () =>
      (
        (await invokeFromWindow(fake, 'backups:begin-backup', {
          workbookId: '10000000-0000-4000-8000-000000000001',
          workbookName: 'EMEA',
          counts: {},
          reason: 'quit',
          size: 1,
        })) as { ok: true; value: { token: string } }
      ).value.token;
    const token = await begin();
    const navigate = fake.windows[0]?.webContents.listeners.get('did-start-navigation');
    navigate?.({ isMainFrame: true, isSameDocument: true });
    navigate?.({ isMainFrame: false, isSameDocument: false });
    expect(
      await invokeFromWindow(fake, 'files:append-upload', { token, bytes: new Uint8Array(1) }),
    ).toEqual({ ok: true, value: null });
    navigate?.({ isMainFrame: true, isSameDocument: false });
    await vi.waitFor(async () => expect(await readdir(path.join(userData, 'backups'))).toEqual([]));
    expect(await invokeFromWindow(fake, 'backups:commit-backup', { token })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
  });

  it('writes a backup the page sends in pieces to the backups folder on disk', async () => {
    const fake = await start();
    const text = '{"format":"partner-workbook"}';
    const begun = (await invokeFromWindow(fake, 'backups:begin-backup', {
      workbookId: '10000000-0000-4000-8000-000000000001',
      workbookName: 'EMEA',
      counts: { partners: 0 },
      reason: 'manual',
      size: text.length,
    })) as { ok: true; value: { token: string } };
    const { token } = begun.value;
    for (const piece of [text.slice(0, 10), text.slice(10)]) {
      const bytes = new TextEncoder().encode(piece);
      expect(await invokeFromWindow(fake, 'files:append-upload', { token, bytes })).toEqual({
        ok: true,
        value: null,
      });
    }
    expect(await invokeFromWindow(fake, 'backups:commit-backup', { token })).toMatchObject({
      ok: true,
      value: { bytes: text.length, workbookName: 'EMEA' },
    });
    const names = await readdir(path.join(userData, 'backups'));
    expect(names.filter((name) => name.endsWith('.partnerbook'))).toHaveLength(1);
    expect(names.filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('deletes what a closed window was still sending, and closes what it was reading', async () => {
    const workbook = path.join(userData, 'Open.partnerbook');
    await writeFile(workbook, '{}');
    const fake = await start();
    const begun = (await invokeFromWindow(fake, 'backups:begin-backup', {
      workbookId: '10000000-0000-4000-8000-000000000001',
      workbookName: 'EMEA',
      counts: {},
      reason: 'quit',
      size: 10,
    })) as { ok: true; value: { token: string } };
    const { token } = begun.value;
    await invokeFromWindow(fake, 'files:append-upload', { token, bytes: new Uint8Array(4) });
    const backups = path.join(userData, 'backups');
    expect((await readdir(backups)).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);
    fake.appListeners.get('open-file')?.({ preventDefault: () => undefined }, workbook);
    await invokeFromWindow(fake, 'files:claim-open-requests', {});
    await vi.waitFor(() => expect(openedFiles(fake)).toHaveLength(1));
    const [opened] = openedFiles(fake) as { token: string }[];

    fake.windows[0]?.webContents.listeners.get('destroyed')?.();
    await vi.waitFor(async () => expect(await readdir(backups)).toEqual([]));
    expect(
      await invokeFromWindow(fake, 'files:read-chunk', { token: opened?.token, offset: 0 }),
    ).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('closes a file the page stopped reading before its end', async () => {
    const workbook = path.join(userData, 'Stopped.partnerbook');
    await writeFile(workbook, '{"format":"partner-workbook"}');
    const fake = await start();
    fake.appListeners.get('open-file')?.({ preventDefault: () => undefined }, workbook);
    await invokeFromWindow(fake, 'files:claim-open-requests', {});
    await vi.waitFor(() => expect(openedFiles(fake)).toHaveLength(1));
    const [opened] = openedFiles(fake) as { token: string }[];
    expect(await invokeFromWindow(fake, 'files:close-download', { token: opened?.token })).toEqual({
      ok: true,
      value: null,
    });
    expect(
      await invokeFromWindow(fake, 'files:read-chunk', { token: opened?.token, offset: 0 }),
    ).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(
      await invokeFromWindow(fake, 'files:close-download', { token: 'not-a-token' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('shows an error box for a file the system asked for that cannot be read', async () => {
    const fake = await start();
    fake.appListeners.get('open-file')?.(
      { preventDefault: () => undefined },
      path.join(userData, 'Gone.partnerbook'),
    );
    await invokeFromWindow(fake, 'files:claim-open-requests', {});
    await vi.waitFor(() =>
      expect(fake.errors).toEqual([
        'The file could not be opened: Gone.partnerbook could not be opened because the folder or file no longer exists.',
      ]),
    );
    expect(openedFiles(fake)).toEqual([]);
  });

  it('lists the recent files kept from the last run in Open Recent, and opens one', async () => {
    const workbook = path.join(userData, 'Kept.partnerbook');
    await writeFile(workbook, 'kept');
    await writeFile(
      path.join(userData, 'recent-files.json'),
      JSON.stringify({ version: 1, files: [workbook, path.join(userData, 'Deleted.partnerbook')] }),
    );
    const fake = await start();
    await vi.waitFor(() =>
      expect(recentMenu(fake)).toEqual(['Kept.partnerbook', '—', 'Clear Recently Opened']),
    );
    const file = fake.menu().find((item) => item.label === '&File');
    file?.submenu?.find((item) => item.label === 'Open Recent')?.submenu?.[0]?.click?.();
    await invokeFromWindow(fake, 'files:claim-open-requests', {});
    await vi.waitFor(() => expect(openedFiles(fake)).toHaveLength(1));
  });
});
