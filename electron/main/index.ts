/**
 * Entry of the Electron main process: pins where data lives, keeps to one instance, registers the
 * app:// scheme, listens for files the system asks to open, and once ready wires protocol,
 * security policy, menu, IPC and the window.
 * The logic lives in the modules it imports; this file only connects them to Electron.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import { APP_ENTRY_URL, APP_SCHEME, trustedOrigins } from './app-origin';
import { createDocuments } from './documents';
import { nodeFileSystem } from './file-io';
import { sendIpcEvent } from './ipc/events';
import { createElectronIpcHandlers } from './ipc/handlers';
import { registerIpcHandlers } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { workbookFilesInArgv } from './open-requests';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { nodeRecentFilesStorage, RECENT_FILES_FILE_NAME } from './recent-files';
import { applySessionPolicy, installWebContentsGuards } from './security';
import { nodeTextFileStorage } from './text-file-storage';
import { createTransfers } from './transfers/transfers';
import { UPDATE_SETTINGS_FILE_NAME, UpdateService } from './updates';
import { createMainWindow, MAIN_WINDOW_MINIMUM, systemTimers, type CloseHandshake } from './window';
import { WINDOW_STATE_FILE_NAME, WindowStateKeeper, type Rectangle } from './window-state';

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
// Set once ready and the saved window state is read: until then a window would open in the wrong
// place, and onReady opens the first one anyway.
let canOpenWindows = false;

const transfers = createTransfers(nodeFileSystem);
const documents = createDocuments<WebContents>({
  platform: process.platform,
  downloads: transfers.downloads,
  recentFilesStorage: nodeRecentFilesStorage(
    path.join(app.getPath('userData'), RECENT_FILES_FILE_NAME),
  ),
  showError: (title, message) => dialog.showErrorBox(title, message),
  addRecentDocument: (filePath) => app.addRecentDocument(filePath),
  clearRecentDocuments: () => app.clearRecentDocuments(),
  showWindow: () => showMainWindow(),
});

const userDataFile = (name: string) =>
  nodeTextFileStorage(path.join(app.getPath('userData'), name));
const windowState = new WindowStateKeeper(userDataFile(WINDOW_STATE_FILE_NAME), systemTimers);
const updates = new UpdateService({
  storage: userDataFile(UPDATE_SETTINGS_FILE_NAME),
  loadUpdater: async () => (await import('electron-updater')).autoUpdater,
});

// The displays' work areas, the primary display's first.
function workAreas(): Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

function openMainWindow(): void {
  const placement = windowState.placement(workAreas(), MAIN_WINDOW_MINIMUM);
  const opened = createMainWindow({
    create: (options) =>
      new BrowserWindow({
        ...options,
        // The policy of secureWebPreferences, restated where the window is made so that neither a
        // reader nor electronegativity has to follow a function call to see it.
        webPreferences: {
          ...options.webPreferences,
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          disableBlinkFeatures: 'Auxclick',
        },
      }),
    preloadPath,
    platform: process.platform,
    prefersDark: nativeTheme.shouldUseDarkColors,
    url: devServerUrl ?? APP_ENTRY_URL,
    timers: systemTimers,
    ...placement,
  });
  windowState.track(opened.window);
  const contents = opened.window.webContents;
  const owner = contents.id;
  const releaseTransfers = () => void transfers.release(owner);
  // A reload drops the page's listeners: files wait again until the new page claims them; what
  // the page was sending or reading in pieces is given up.
  contents.on('did-start-navigation', (details) => {
    if (!details.isMainFrame || details.isSameDocument) return;
    documents.openRequests.release(contents);
    releaseTransfers();
  });
  contents.on('destroyed', releaseTransfers);
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
    if (canOpenWindows) openMainWindow();
    return;
  }
  if (main.window.isMinimized()) main.window.restore();
  main.window.focus();
}

function installMenu(): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    isDev: devServerUrl !== undefined,
    appName: PRODUCT_NAME,
    sendCommand: (command) => {
      const target = BrowserWindow.getFocusedWindow() ?? main?.window;
      if (target) sendIpcEvent(target.webContents, 'menu:command-invoked', command);
    },
    recentFiles: documents.recentFiles.list(),
    openRecentFile: (filePath) => documents.open([filePath]),
    clearRecentFiles: () => documents.clearRecent(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function onReady(): Promise<void> {
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ rootDir: rendererDir, readFile: (file) => readFile(file) }),
  );
  applySessionPolicy(session.defaultSession, devServerOrigin);
  installMenu();
  documents.recentFiles.onChange(installMenu);
  void documents.recentFiles.load();
  const handlers = createElectronIpcHandlers({
    appInfo: () => ({
      name: PRODUCT_NAME,
      version: app.getVersion(),
      platform: process.platform,
      userDataPath: app.getPath('userData'),
    }),
    confirmFlushed: (sender) => {
      if (main?.window.webContents.id === sender.id) main.handshake.confirmFlushed();
    },
    claimOpenRequests: (sender) => documents.openRequests.claim(sender),
    fileUsed: (filePath) => documents.remember(filePath),
    backupsDir: path.join(app.getPath('userData'), 'backups'),
    updates,
    uploads: transfers.uploads,
    downloads: transfers.downloads,
  });
  registerIpcHandlers(ipcMain, handlers, { trustedOrigins: origins });
  await Promise.all([windowState.load(), updates.load()]);
  canOpenWindows = true;
  openMainWindow();
  // Does nothing unless the user turned updates on.
  void updates.checkIfEnabled();
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the data folder; it has been asked to come forward.
  app.quit();
} else {
  // macOS hands over files (a double-click, the Dock) with open-file, possibly before ready.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    documents.open([filePath]);
  });
  // Windows and Linux start the app with the file as an argument: this launch, or a second one.
  documents.openRequests.request(workbookFilesInArgv(process.argv, process.cwd()));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    documents.openRequests.request(workbookFilesInArgv(argv, workingDirectory));
    showMainWindow();
  });
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
