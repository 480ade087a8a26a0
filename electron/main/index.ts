/**
 * Entry of the Electron main process: pins where data lives, keeps to one instance, registers the
 * app:// scheme, and once ready wires protocol, security policy, menu, IPC and the window.
 * The logic lives in the modules it imports; this file only connects them to Electron.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  session,
  shell,
  type WebContents,
} from 'electron';
import { APP_ENTRY_URL, APP_SCHEME, trustedOrigins } from './app-origin';
import { createAppHandlers } from './ipc/app-handlers';
import { createClipboardHandlers } from './ipc/clipboard-handlers';
import { sendIpcEvent } from './ipc/events';
import { createFilesHandlers, nodeTextFileSystem } from './ipc/files-handlers';
import { registerIpcHandlers, type IpcHandlers } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { applySessionPolicy, installWebContentsGuards } from './security';
import { createMainWindow, systemTimers, type CloseHandshake } from './window';

const PRODUCT_NAME = 'Partner Workbook';
// Ignored when packaged, or whoever sets the environment could load any page with the bridge.
const devServerSetting = process.env.VITE_DEV_SERVER_URL;
const devServerUrl = app.isPackaged || !devServerSetting ? undefined : devServerSetting;
const devServerOrigin = devServerUrl === undefined ? undefined : new URL(devServerUrl).origin;
const origins = trustedOrigins(devServerOrigin);
// Both paths are relative to dist-electron/, where this file is bundled as main.cjs.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererDir = path.join(__dirname, '..', 'dist', 'renderer');

// Pinned before anything reads it (including the single-instance lock, which lives there), so the
// data folder does not depend on package.json's name or on how the app was launched.
app.setPath('userData', path.join(app.getPath('appData'), PRODUCT_NAME));
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let main: { window: BrowserWindow; handshake: CloseHandshake } | undefined;
let quitting = false;

function openMainWindow(): void {
  const opened = createMainWindow({
    create: (options) => new BrowserWindow(options),
    preloadPath,
    platform: process.platform,
    prefersDark: nativeTheme.shouldUseDarkColors,
    url: devServerUrl ?? APP_ENTRY_URL,
    timers: systemTimers,
  });
  opened.window.on('closed', () => {
    main = undefined;
    // The close handshake cancels a quit in progress; resume it once the window is really gone.
    if (quitting) app.quit();
  });
  main = opened;
}

// A second launch or a Dock click brings the window forward, or opens one if none is left.
function showMainWindow(): void {
  if (main === undefined) {
    if (app.isReady()) openMainWindow();
    return;
  }
  if (main.window.isMinimized()) main.window.restore();
  main.window.focus();
}

function ipcHandlers(): IpcHandlers<WebContents> {
  return {
    ...createAppHandlers<WebContents>({
      appInfo: () => ({
        name: PRODUCT_NAME,
        version: app.getVersion(),
        platform: process.platform,
        userDataPath: app.getPath('userData'),
      }),
      confirmFlushed: (sender) => {
        if (main?.window.webContents.id === sender.id) main.handshake.confirmFlushed();
      },
      openExternal: (url) => shell.openExternal(url),
    }),
    ...createFilesHandlers<WebContents>({
      showSaveDialog: (sender, options) => {
        const parent = BrowserWindow.fromWebContents(sender);
        return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
      },
      showOpenDialog: (sender, options) => {
        const parent = BrowserWindow.fromWebContents(sender);
        return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
      },
      fs: nodeTextFileSystem,
    }),
    ...createClipboardHandlers<WebContents>({
      writeText: (text) => clipboard.writeText(text),
    }),
  };
}

function onReady(): void {
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ rootDir: rendererDir, readFile: (file) => readFile(file) }),
  );
  applySessionPolicy(session.defaultSession, devServerOrigin);
  const template = buildMenuTemplate({
    platform: process.platform,
    isDev: devServerUrl !== undefined,
    appName: PRODUCT_NAME,
    sendCommand: (command) => {
      const target = BrowserWindow.getFocusedWindow() ?? main?.window;
      if (target) sendIpcEvent(target.webContents, 'menu:command-invoked', command);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  registerIpcHandlers(ipcMain, ipcHandlers(), { trustedOrigins: origins });
  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the data folder; it has been asked to come forward.
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    installWebContentsGuards(contents, {
      trustedOrigins: origins,
      openExternal: (url) => shell.openExternal(url),
    });
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', showMainWindow);
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Partner Workbook failed to start:', error);
      app.exit(1);
    });
}
