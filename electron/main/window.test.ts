import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  createMainWindow,
  FLUSH_TIMEOUT_MS,
  installCloseHandshake,
  type MainWindow,
  type WindowBounds,
} from './window';
import { FakeTimers } from './file-system-test-kit';

/** Behaves like a BrowserWindow: close() emits 'close', and only an unprevented close destroys. */
class FakeWindow implements MainWindow {
  destroyed = false;
  shown = false;
  closeCalls = 0;
  loadedUrl: string | undefined;
  loadResult: Promise<void> = Promise.resolve();
  readonly sent: [string, unknown[]][] = [];
  private closeListener: ((event: { preventDefault(): void }) => void) | undefined;
  private readyListener: (() => void) | undefined;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {}

  readonly webContents = {
    destroyed: false,
    failSend: false,
    send: (channel: string, ...args: unknown[]): void => {
      if (this.webContents.failSend) throw new Error('Render frame was disposed');
      this.sent.push([channel, args]);
    },
    isDestroyed: (): boolean => this.webContents.destroyed,
  };

  on(_event: 'close', listener: (event: { preventDefault(): void }) => void): this {
    this.closeListener = listener;
    return this;
  }

  once(_event: 'ready-to-show', listener: () => void): this {
    this.readyListener = listener;
    return this;
  }

  /** What the user's click on the close button does. */
  userCloses(): boolean {
    const event = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    this.closeListener?.(event);
    if (!event.prevented) this.destroyed = true;
    return !event.prevented;
  }

  close(): void {
    this.closeCalls += 1;
    this.userCloses();
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  show(): void {
    this.shown = true;
  }

  maximized = false;

  maximize(): void {
    this.maximized = true;
    this.shown = true;
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return this.loadResult;
  }

  becomeReady(): void {
    this.readyListener?.();
  }
}

describe('installCloseHandshake', () => {
  it('holds the first close, asks the renderer to flush, and closes once it confirms', () => {
    const win = new FakeWindow();
    const timers = new FakeTimers();
    const handshake = installCloseHandshake(win, timers);

    expect(win.userCloses()).toBe(false);
    expect(win.sent).toEqual([['app:flush-requested', [null]]]);
    expect(win.destroyed).toBe(false);

    expect(handshake.confirmFlushed()).toBe(true);
    expect(win.closeCalls).toBe(1);
    expect(win.destroyed).toBe(true);
    expect(timers.size).toBe(0);
  });

  it('closes anyway after the timeout when the renderer never answers', () => {
    const win = new FakeWindow();
    const timers = new FakeTimers();
    installCloseHandshake(win, timers);

    win.userCloses();
    timers.advance(FLUSH_TIMEOUT_MS - 1);
    expect(win.destroyed).toBe(false);
    timers.advance(1);
    expect(win.destroyed).toBe(true);
    expect(FLUSH_TIMEOUT_MS).toBe(2000);
  });

  it('asks only once when the user clicks close again while waiting', () => {
    const win = new FakeWindow();
    const timers = new FakeTimers();
    installCloseHandshake(win, timers);

    win.userCloses();
    expect(win.userCloses()).toBe(false);
    expect(win.sent).toHaveLength(1);
    expect(timers.size).toBe(1);
  });

  it('ignores a confirmation nobody is waiting for, before or after the timeout', () => {
    const win = new FakeWindow();
    const timers = new FakeTimers();
    const handshake = installCloseHandshake(win, timers, 500);

    expect(handshake.confirmFlushed()).toBe(false);
    expect(win.closeCalls).toBe(0);

    win.userCloses();
    timers.advance(500);
    expect(win.closeCalls).toBe(1);
    expect(handshake.confirmFlushed()).toBe(false);
    expect(win.closeCalls).toBe(1);
  });

  it('closes on the next turn when the renderer is already gone', () => {
    const win = new FakeWindow();
    const timers = new FakeTimers();
    installCloseHandshake(win, timers);
    win.webContents.destroyed = true;

    win.userCloses();
    expect(win.sent).toEqual([]);
    expect(win.destroyed).toBe(false);
    timers.advance(0);
    expect(win.destroyed).toBe(true);
  });

  it('closes on the next turn when sending the request fails', () => {
    const win = new FakeWindow();
    const timers = new FakeTimers();
    installCloseHandshake(win, timers);
    win.webContents.failSend = true;

    win.userCloses();
    timers.advance(0);
    expect(win.destroyed).toBe(true);
  });
});

describe('createMainWindow', () => {
  function open(
    loadResult: Promise<void> = Promise.resolve(),
    placement: { bounds?: WindowBounds; maximized?: boolean } = {},
  ) {
    let created: FakeWindow | undefined;
    const logError = vi.fn<(message: string, error: unknown) => void>();
    const result = createMainWindow({
      create: (options) => {
        created = new FakeWindow(options);
        created.loadResult = loadResult;
        return created;
      },
      preloadPath: '/app/dist-electron/preload.cjs',
      platform: 'linux',
      prefersDark: false,
      url: 'app://workbook/index.html',
      timers: new FakeTimers(),
      logError,
      ...placement,
    });
    return { win: result.window, handshake: result.handshake, created, logError };
  }

  it('creates a hidden, sized, secured window and loads the app', () => {
    const { win, created } = open();
    expect(win).toBe(created);
    expect(win.options).toMatchObject({
      show: false,
      width: 1280,
      height: 800,
      minWidth: 900,
      minHeight: 600,
      backgroundColor: '#ffffff',
      webPreferences: {
        preload: '/app/dist-electron/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      },
    });
    expect(win.loadedUrl).toBe('app://workbook/index.html');
    expect(win.shown).toBe(false);
    win.becomeReady();
    expect(win.shown).toBe(true);
  });

  it('opens at the remembered bounds, and shows a window that was maximised by maximising it', () => {
    const bounds = { x: 40, y: 30, width: 1000, height: 700 };
    const { win } = open(Promise.resolve(), { bounds, maximized: true });
    expect(win.options).toMatchObject({ ...bounds, minWidth: 900, minHeight: 600 });
    expect(win.shown).toBe(false);
    win.becomeReady();
    expect(win.maximized).toBe(true);
    expect(win.shown).toBe(true);
  });

  it('shows a window that was not maximised without maximising it', () => {
    const { win } = open(Promise.resolve(), { maximized: false });
    expect(win.options).not.toHaveProperty('x');
    win.becomeReady();
    expect(win.maximized).toBe(false);
    expect(win.shown).toBe(true);
  });

  it('wires the close handshake', () => {
    const { win, handshake } = open();
    win.userCloses();
    expect(win.sent).toEqual([['app:flush-requested', [null]]]);
    handshake.confirmFlushed();
    expect(win.destroyed).toBe(true);
  });

  it('shows the window and reports when the page cannot load', async () => {
    const failure = new Error('ERR_CONNECTION_REFUSED');
    const { win, logError } = open(Promise.reject(failure));
    await vi.waitFor(() => {
      expect(win.shown).toBe(true);
    });
    expect(logError).toHaveBeenCalledWith(
      'Partner Workbook could not load app://workbook/index.html',
      failure,
    );
  });
});
