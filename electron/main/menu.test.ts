import { describe, expect, it, vi } from 'vitest';
import { COMMAND_IDS, menuAccelerator } from '../../shared/commands/commands';
import type { MenuCommand } from '../../shared/ipc/contract';
import {
  buildMenuTemplate,
  recentFileLabels,
  type MenuOptions,
  type MenuTemplateItem,
} from './menu';

function build(platform: NodeJS.Platform, isDev = false, recentFiles: readonly string[] = []) {
  const sendCommand = vi.fn<(command: MenuCommand) => void>();
  const openRecentFile = vi.fn<(filePath: string) => void>();
  const clearRecentFiles = vi.fn<() => void>();
  const options: MenuOptions = {
    platform,
    isDev,
    appName: 'Partner Workbook',
    sendCommand,
    recentFiles,
    openRecentFile,
    clearRecentFiles,
  };
  return { template: buildMenuTemplate(options), sendCommand, openRecentFile, clearRecentFiles };
}

/** label, role or '—' for a separator, so a whole menu reads as one line. */
function shape(items: MenuTemplateItem[] | undefined): string[] {
  return (items ?? []).map((item) =>
    item.type === 'separator' ? '—' : (item.label ?? `role:${String(item.role)}`),
  );
}

function menu(template: MenuTemplateItem[], label: string): MenuTemplateItem[] {
  const found = template.find((item) => item.label === label);
  if (found?.submenu === undefined) throw new Error(`No menu ${label}`);
  return found.submenu;
}

function item(items: MenuTemplateItem[], label: string): MenuTemplateItem {
  const found = items.find((candidate) => candidate.label === label);
  if (found === undefined) throw new Error(`No item ${label}`);
  return found;
}

describe('buildMenuTemplate on Windows and Linux', () => {
  const { template, sendCommand } = build('win32');

  it('has File, Edit, View, Go and Help with Alt mnemonics', () => {
    expect(shape(template)).toEqual(['&File', '&Edit', '&View', '&Go', '&Help']);
  });

  it('puts the app commands in File with their accelerators, then Quit', () => {
    const file = menu(template, '&File');
    expect(shape(file)).toEqual([
      'New Partner',
      'Log Activity…',
      'Save Iteration…',
      '—',
      'Switch Workbook…',
      'New Workbook…',
      'Open Workbook File…',
      'Open Recent',
      'Save Workbook File…',
      '—',
      'Import Partners…',
      'Merge Workbook File…',
      'Export…',
      '—',
      'role:quit',
    ]);
    expect(file.map((entry) => entry.accelerator)).toEqual([
      'CmdOrCtrl+N',
      'CmdOrCtrl+Shift+L',
      'CmdOrCtrl+S',
      undefined,
      'CmdOrCtrl+Shift+O',
      undefined,
      'CmdOrCtrl+O',
      undefined,
      'CmdOrCtrl+Shift+S',
      undefined,
      undefined,
      undefined,
      'CmdOrCtrl+E',
      undefined,
      undefined,
    ]);
  });

  it('sends the matching command for each command item', () => {
    const file = menu(template, '&File');
    for (const label of [
      'New Partner',
      'Open Workbook File…',
      'Import Partners…',
      'Merge Workbook File…',
      'Export…',
    ]) {
      item(file, label).click?.();
    }
    item(menu(template, '&Help'), 'About Partner Workbook').click?.();
    item(menu(template, '&Help'), 'Keyboard Shortcuts').click?.();
    item(menu(template, '&View'), 'Command Palette…').click?.();
    item(menu(template, '&Go'), 'Settings').click?.();
    expect(sendCommand.mock.calls).toEqual([
      ['new-partner'],
      ['open-workbook-file'],
      ['import'],
      ['merge-workbook-file'],
      ['export'],
      ['about'],
      ['keyboard-shortcuts'],
      ['command-palette'],
      ['go-settings'],
    ]);
  });

  it('shows each command the accelerator the registry gives it, leaving the keys to the app', () => {
    const clicked: MenuCommand[] = [];
    const items = template.flatMap((top) => top.submenu ?? []).filter((entry) => entry.click);
    for (const entry of items) {
      sendCommand.mockClear();
      entry.click?.();
      const sent = sendCommand.mock.calls[0]?.[0];
      if (sent === undefined) throw new Error(`${entry.label ?? '?'} sent nothing`);
      clicked.push(sent);
      expect(entry.accelerator, sent).toBe(menuAccelerator(sent));
      if (entry.accelerator !== undefined) expect(entry.registerAccelerator).toBe(false);
    }
    // Every command in the registry is reachable from the menu.
    expect(new Set(clicked)).toEqual(new Set(COMMAND_IDS));
  });

  it('lists every screen in Go', () => {
    expect(shape(menu(template, '&Go'))).toEqual([
      'Dashboard',
      'Partners',
      'Activity',
      'Positioning',
      'Voice',
      'Market',
      'Alliances',
      'Goals',
      'Templates',
      'Settings',
      'Backups',
    ]);
    expect(item(menu(template, '&Go'), 'Settings').accelerator).toBe('CmdOrCtrl+,');
  });

  it('shows an empty Open Recent with nothing to choose or clear', () => {
    const recent = item(menu(template, '&File'), 'Open Recent').submenu ?? [];
    expect(recent.map((entry) => [entry.label ?? '—', entry.enabled])).toEqual([
      ['No Recent Workbooks', false],
      ['—', undefined],
      ['Clear Recently Opened', false],
    ]);
  });

  it('puts the workbook’s Undo and Redo first, then the standard edit roles and Search', () => {
    expect(menu(template, '&Edit').map((entry) => entry.role ?? entry.type ?? entry.label)).toEqual(
      ['Undo', 'Redo', 'separator', 'cut', 'copy', 'paste', 'selectAll', 'separator', 'Search…'],
    );
    expect(item(menu(template, '&Edit'), 'Search…').accelerator).toBe('CmdOrCtrl+F');
    expect(item(menu(template, '&Edit'), 'Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(item(menu(template, '&Edit'), 'Redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('leaves reload and developer tools out of a production build', () => {
    expect(menu(template, '&View').map((entry) => entry.role ?? entry.type ?? entry.label)).toEqual(
      [
        'Command Palette…',
        'Switch Light/Dark Theme',
        'separator',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'separator',
        'togglefullscreen',
      ],
    );
  });

  it('gives no two items the same accelerator', () => {
    const accelerators = template
      .flatMap((top) => top.submenu ?? [])
      .flatMap((entry) => (entry.accelerator === undefined ? [] : [entry.accelerator]));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});

describe('Open Recent', () => {
  const files = [
    '/home/ana/EMEA resellers.partnerbook',
    '/home/ana/R&D alliances.partnerbook',
    '/home/ana/Archive/EMEA resellers.partnerbook',
  ];

  it('lists the recent files newest first, and opens the one chosen by its path', () => {
    const { template, openRecentFile, sendCommand } = build('linux', false, files);
    const recent = item(menu(template, '&File'), 'Open Recent').submenu ?? [];
    expect(shape(recent)).toEqual([
      'EMEA resellers.partnerbook — /home/ana',
      'R&&D alliances.partnerbook',
      'EMEA resellers.partnerbook — /home/ana/Archive',
      '—',
      'Clear Recently Opened',
    ]);
    recent[1]?.click?.();
    expect(openRecentFile).toHaveBeenCalledExactlyOnceWith('/home/ana/R&D alliances.partnerbook');
    expect(sendCommand).not.toHaveBeenCalled();
  });

  it('clears the list', () => {
    const { template, clearRecentFiles } = build('darwin', false, files);
    const recent = item(menu(template, 'File'), 'Open Recent').submenu ?? [];
    const clear = item(recent, 'Clear Recently Opened');
    expect(clear.enabled).toBe(true);
    clear.click?.();
    expect(clearRecentFiles).toHaveBeenCalledTimes(1);
  });

  it('leaves & alone on macOS, where it marks no mnemonic', () => {
    expect(recentFileLabels(['/Users/ana/R&D.partnerbook'], true)).toEqual(['R&D.partnerbook']);
    expect(recentFileLabels(['/home/ana/R&D.partnerbook'], false)).toEqual(['R&&D.partnerbook']);
  });
});

describe('buildMenuTemplate in development', () => {
  it('adds reload and developer tools to View', () => {
    const { template } = build('linux', true);
    expect(menu(template, '&View').map((entry) => entry.role ?? entry.type ?? entry.label)).toEqual(
      [
        'Command Palette…',
        'Switch Light/Dark Theme',
        'separator',
        'reload',
        'toggleDevTools',
        'separator',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'separator',
        'togglefullscreen',
      ],
    );
  });
});

describe('buildMenuTemplate on macOS', () => {
  const { template, sendCommand } = build('darwin');

  it('starts with the app menu and adds the Window menu', () => {
    expect(shape(template)).toEqual([
      'Partner Workbook',
      'File',
      'Edit',
      'View',
      'Go',
      'role:windowMenu',
      'Help',
    ]);
  });

  it('keeps About and Quit in the app menu', () => {
    const appMenu = menu(template, 'Partner Workbook');
    expect(shape(appMenu)).toEqual([
      'About Partner Workbook',
      '—',
      'role:services',
      '—',
      'role:hide',
      'role:hideOthers',
      'role:unhide',
      '—',
      'role:quit',
    ]);
    item(appMenu, 'About Partner Workbook').click?.();
    expect(sendCommand).toHaveBeenCalledWith('about');
  });

  it('ends File with Close Window instead of Quit', () => {
    expect(shape(menu(template, 'File')).slice(-2)).toEqual(['—', 'role:close']);
    expect(shape(menu(template, 'File'))).not.toContain('role:quit');
  });
});
