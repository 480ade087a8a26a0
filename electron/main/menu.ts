/**
 * The native menu, as a pure template builder: which items exist on which platform and in
 * development. Items that are app commands take their label and accelerator from the command
 * registry (shared/commands), which the palette and the shortcuts help screen also read, and call
 * `sendCommand`; the entry file forwards that to the focused window as `menu:command-invoked`.
 * Open Recent lists the paths it is given and calls back with the one chosen; main reads it,
 * never the renderer. Runs in the Electron main process.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import {
  commandById,
  commandsInGroup,
  menuAccelerator,
  type CommandId,
} from '../../shared/commands/commands';
import type { MenuCommand } from '../../shared/ipc/contract';

/** One menu item; a subset of Electron's MenuItemConstructorOptions that tests can call. */
export interface MenuTemplateItem {
  label?: string;
  role?: MenuItemConstructorOptions['role'];
  type?: 'normal' | 'separator' | 'submenu';
  accelerator?: string;
  /** False: the accelerator is shown, but the renderer answers the keys (see `command`). */
  registerAccelerator?: boolean;
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

/**
 * A menu item for a registry command. Its accelerator is shown but not registered with the
 * system (on Windows and Linux, where Electron allows that): the renderer answers every
 * shortcut itself from the same registry, in the desktop app and the browser alike, so a key
 * press runs its command once, and a key that only works outside text fields stays typeable.
 */
function command(name: CommandId, options: MenuOptions, label?: string): MenuTemplateItem {
  const item: MenuTemplateItem = {
    label: label ?? commandById(name).menuLabel ?? commandById(name).title,
    click: () => {
      options.sendCommand(name);
    },
  };
  const accelerator = menuAccelerator(name);
  return accelerator === undefined ? item : { ...item, accelerator, registerAccelerator: false };
}

function appMenu(options: MenuOptions): MenuTemplateItem {
  return {
    label: options.appName,
    submenu: [
      command('about', options, `About ${options.appName}`),
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
      command('new-partner', options),
      command('new-activity', options),
      command('save-iteration', options),
      separator,
      command('switch-workbook', options),
      command('new-workbook', options),
      command('open-workbook-file', options),
      openRecentMenu(options, isMac),
      command('save-workbook-file', options),
      separator,
      command('import', options),
      command('merge-workbook-file', options),
      command('export', options),
      separator,
      // On macOS Quit lives in the app menu; File ends with Close Window there, as Mac apps do.
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

function editMenu(options: MenuOptions, isMac: boolean): MenuTemplateItem {
  return {
    label: topLabel('Edit', isMac),
    submenu: [
      // The workbook's undo outside text fields, the field's own inside one (see the renderer).
      command('undo', options),
      command('redo', options),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('search', options),
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
      command('command-palette', options),
      command('switch-theme', options),
      separator,
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
}

function goMenu(options: MenuOptions, isMac: boolean): MenuTemplateItem {
  return {
    label: topLabel('Go', isMac),
    // The registry's Go to group: the screens of the header's navigation, and the backups.
    submenu: commandsInGroup('Go to').map(({ id }) => command(id, options)),
  };
}

function helpMenu(options: MenuOptions, isMac: boolean): MenuTemplateItem {
  return {
    label: topLabel('Help', isMac),
    role: 'help',
    submenu: [
      command('keyboard-shortcuts', options),
      command('about', options, `About ${options.appName}`),
    ],
  };
}

/** Builds the whole menu template for the platform. */
export function buildMenuTemplate(options: MenuOptions): MenuTemplateItem[] {
  const isMac = options.platform === 'darwin';
  return [
    ...(isMac ? [appMenu(options)] : []),
    fileMenu(options, isMac),
    editMenu(options, isMac),
    viewMenu(options, isMac),
    goMenu(options, isMac),
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuTemplateItem] : []),
    helpMenu(options, isMac),
  ];
}
