/**
 * The main window: how it is created and how it closes. Closing is a handshake, because the
 * renderer may hold writes that have not reached IndexedDB yet: the first 'close' is held back,
 * the renderer is asked to flush, and the window closes when it confirms — or after a timeout, so
 * a hung or crashed renderer can never keep the app from quitting.
 * Runs in the Electron main process; the BrowserWindow constructor and timers are passed in.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { sendIpcEvent, type IpcEventReceiver } from './ipc/events';
import { secureWebPreferences } from './security';

/** How long the renderer gets to flush before the window closes anyway. */
export const FLUSH_TIMEOUT_MS = 2000;

/** Timer functions, injectable so tests control time. */
export interface Timers<H> {
  setTimeout(callback: () => void, ms: number): H;
  clearTimeout(handle: H): void;
}

/** The real timers. */
export const systemTimers: Timers<ReturnType<typeof setTimeout>> = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => {
    clearTimeout(handle);
  },
};

/** The window members the close handshake uses. */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  readonly webContents: IpcEventReceiver & { isDestroyed(): boolean };
}

/** The running handshake of one window. */
export interface CloseHandshake {
  /** The renderer has flushed; returns false when no close was waiting for it. */
  confirmFlushed(): boolean;
}

/** Holds the window's first close until the renderer has flushed or the timeout passes. */
export function installCloseHandshake<H>(
  win: ClosableWindow,
  timers: Timers<H>,
  timeoutMs: number = FLUSH_TIMEOUT_MS,
): CloseHandshake {
  let state: 'open' | 'flushing' | 'closing' = 'open';
  let timer: H | undefined;

  const closeForReal = (): void => {
    if (state !== 'flushing') return;
    state = 'closing';
    if (timer !== undefined) timers.clearTimeout(timer);
    if (!win.isDestroyed()) win.close();
  };

  win.on('close', (event) => {
    if (state === 'closing') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    let asked = false;
    if (!win.webContents.isDestroyed()) {
      try {
        sendIpcEvent(win.webContents, 'app:flush-requested', null);
        asked = true;
      } catch {
        asked = false;
      }
    }
    // Nobody to wait for: close on the next turn, not inside this close event.
    timer = timers.setTimeout(closeForReal, asked ? timeoutMs : 0);
  });

  return {
    confirmFlushed: () => {
      if (state !== 'flushing') return false;
      closeForReal();
      return true;
    },
  };
}

/** The main window's smallest size. */
export const MAIN_WINDOW_MINIMUM = { width: 900, height: 600 } as const;

/** Where the window opens: remembered bounds (see window-state.ts), or the default size, centred. */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 800 };

/** Constructor options of the main window. */
export function mainWindowOptions(
  preloadPath: string,
  platform: NodeJS.Platform,
  prefersDark: boolean,
  bounds: WindowBounds = DEFAULT_BOUNDS,
): BrowserWindowConstructorOptions {
  return {
    title: 'Partner Workbook',
    ...bounds,
    minWidth: MAIN_WINDOW_MINIMUM.width,
    minHeight: MAIN_WINDOW_MINIMUM.height,
    // Shown on ready-to-show, with a background matching the theme, so there is no white flash.
    show: false,
    backgroundColor: prefersDark ? '#1e1e1e' : '#ffffff',
    webPreferences: secureWebPreferences(preloadPath, platform),
  };
}

/** The window members createMainWindow uses beyond the handshake's. */
export interface MainWindow extends ClosableWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  maximize(): void;
  loadURL(url: string): Promise<void>;
}

/** What createMainWindow needs. */
export interface MainWindowDeps<W extends MainWindow, H> {
  create(options: BrowserWindowConstructorOptions): W;
  preloadPath: string;
  platform: NodeJS.Platform;
  prefersDark: boolean;
  /** app://workbook/index.html, or the dev server's URL. */
  url: string;
  /** Remembered bounds; the default size, centred, when absent. */
  bounds?: WindowBounds;
  /** Opens maximised (the window was maximised when it last closed). */
  maximized?: boolean;
  timers: Timers<H>;
  logError?: (message: string, error: unknown) => void;
}

/** Creates the main window, wires show-when-ready and the close handshake, and loads the app. */
export function createMainWindow<W extends MainWindow, H>(
  deps: MainWindowDeps<W, H>,
): { window: W; handshake: CloseHandshake } {
  const win = deps.create(
    mainWindowOptions(deps.preloadPath, deps.platform, deps.prefersDark, deps.bounds),
  );
  win.once('ready-to-show', () => {
    // maximize() shows the window too; the normal bounds stay those given, for un-maximising.
    if (deps.maximized === true) win.maximize();
    else win.show();
  });
  const handshake = installCloseHandshake(win, deps.timers);
  const logError = deps.logError ?? console.error;
  win.loadURL(deps.url).catch((error: unknown) => {
    logError(`Partner Workbook could not load ${deps.url}`, error);
    // ready-to-show may never come now; an invisible window would look like a hang.
    if (!win.isDestroyed()) win.show();
  });
  return { window: win, handshake };
}
