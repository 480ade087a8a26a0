/**
 * The native menu, as a pure template builder: which items exist on which platform and in
 * development, with their accelerators. Items that are app commands call `sendCommand`; the entry
 * file forwards that to the focused window as `menu:command-invoked`. Open Recent lists the paths
 * it is given and calls back with the one chosen; main reads it, never the renderer.
 * Runs in the Electron main process.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

/** One menu item; a subset of Electron's MenuItemConstructorOptions that tests can call. */
export interface MenuTemplateItem {
  label?: string;
  role?: MenuItemConstructorOptions['role'];
  type?: 'normal' | 'separator' | 'submenu';
  accelerator?: string;
  enabled?: boolean;
  submenu?: MenuTemplateItem[];
  click?: () => void;
}

/** What the menu depends on. */
export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Adds reload and developer tools. */
  isDev: boolean;
  appName: string;
  sendCommand(command: MenuCommand): void;
  /** Open Recent's files, newest first. */
  recentFiles: readonly string[];
  openRecentFile(filePath: string): void;
  clearRecentFiles(): void;
}

const separator: MenuTemplateItem = { type: 'separator' };

// Alt+letter mnemonics are a Windows and Linux convention; macOS menus have none.
function topLabel(label: string, isMac: boolean): string {
  return isMac ? label : `&${label}`;
}

function command(
  label: string,
  name: MenuCommand,
  options: MenuOptions,
  accelerator?: string,
): MenuTemplateItem {
  const item: MenuTemplateItem = {
    label,
    click: () => {
      options.sendCommand(name);
    },
  };
  return accelerator === undefined ? item : { ...item, accelerator };
}

function appMenu(options: MenuOptions): MenuTemplateItem {
  return {
    label: options.appName,
    submenu: [
      command(`About ${options.appName}`, 'about', options),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

/**
 * Menu labels for the recent files: the file name, or name and folder where two share a name.
 * On Windows and Linux `&` marks a mnemonic, so a literal one is doubled.
 */
export function recentFileLabels(files: readonly string[], isMac: boolean): string[] {
  const names = files.map((file) => path.basename(file));
  return files.map((file, index) => {
    const name = names[index] ?? file;
    const shared = names.filter((other) => other === name).length > 1;
    const label = shared ? `${name} — ${path.dirname(file)}` : name;
    return isMac ? label : label.replaceAll('&', '&&');
  });
}

function openRecentMenu(options: MenuOptions, isMac: boolean): MenuTemplateItem {
  const labels = recentFileLabels(options.recentFiles, isMac);
  const entries: MenuTemplateItem[] = options.recentFiles.map((file, index) => ({
    label: labels[index] ?? file,
    click: () => {
      options.openRecentFile(file);
    },
  }));
  const none = entries.length === 0;
  return {
    label: 'Open Recent',
    submenu: [
      ...(none ? [{ label: 'No Recent Workbooks', enabled: false }] : entries),
      separator,
      {
        label: 'Clear Recently Opened',
        enabled: !none,
        click: () => {
          options.clearRecentFiles();
        },
      },
    ],
  };
}

function fileMenu(options: MenuOptions, isMac: boolean): MenuTemplateItem {
  return {
    label: topLabel('File', isMac),
    submenu: [
      command('New Partner', 'new-partner', options, 'CmdOrCtrl+N'),
      command('Open Workbook File…', 'open-workbook-file', options, 'CmdOrCtrl+O'),
      openRecentMenu(options, isMac),
      separator,
      command('Import Partners…', 'import', options),
      command('Merge Workbook File…', 'merge-workbook-file', options),
      command('Export…', 'export', options, 'CmdOrCtrl+E'),
      separator,
      // On macOS Quit lives in the app menu; File ends with Close Window there, as Mac apps do.
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

function editMenu(isMac: boolean): MenuTemplateItem {
  return {
    label: topLabel('Edit', isMac),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
}

function viewMenu(options: MenuOptions, isMac: boolean): MenuTemplateItem {
  const developer: MenuTemplateItem[] = options.isDev
    ? [{ role: 'reload' }, { role: 'toggleDevTools' }, separator]
    : [];
  return {
    label: topLabel('View', isMac),
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu(options: MenuOptions, isMac: boolean): MenuTemplateItem {
  return {
    label: topLabel('Help', isMac),
    role: 'help',
    submenu: [command(`About ${options.appName}`, 'about', options)],
  };
}

/** Builds the whole menu template for the platform. */
export function buildMenuTemplate(options: MenuOptions): MenuTemplateItem[] {
  const isMac = options.platform === 'darwin';
  return [
    ...(isMac ? [appMenu(options)] : []),
    fileMenu(options, isMac),
    editMenu(isMac),
    viewMenu(options, isMac),
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuTemplateItem] : []),
    helpMenu(options, isMac),
  ];
}
