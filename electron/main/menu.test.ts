import { describe, expect, it, vi } from 'vitest';
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

  it('has File, Edit, View and Help with Alt mnemonics', () => {
    expect(shape(template)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('puts the app commands in File with their accelerators, then Quit', () => {
    const file = menu(template, '&File');
    expect(shape(file)).toEqual([
      'New Partner',
      'Open Workbook File…',
      'Open Recent',
      '—',
      'Import Partners…',
      'Merge Workbook File…',
      'Export…',
      '—',
      'role:quit',
    ]);
    expect(file.map((entry) => entry.accelerator)).toEqual([
      'CmdOrCtrl+N',
      'CmdOrCtrl+O',
      undefined,
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
    expect(sendCommand.mock.calls).toEqual([
      ['new-partner'],
      ['open-workbook-file'],
      ['import'],
      ['merge-workbook-file'],
      ['export'],
      ['about'],
    ]);
  });

  it('shows an empty Open Recent with nothing to choose or clear', () => {
    const recent = item(menu(template, '&File'), 'Open Recent').submenu ?? [];
    expect(recent.map((entry) => [entry.label ?? '—', entry.enabled])).toEqual([
      ['No Recent Workbooks', false],
      ['—', undefined],
      ['Clear Recently Opened', false],
    ]);
  });

  it('uses the standard edit roles', () => {
    expect(menu(template, '&Edit').map((entry) => entry.role ?? entry.type)).toEqual([
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('leaves reload and developer tools out of a production build', () => {
    expect(menu(template, '&View').map((entry) => entry.role ?? entry.type)).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ]);
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
    expect(menu(template, '&View').map((entry) => entry.role ?? entry.type)).toEqual([
      'reload',
      'toggleDevTools',
      'separator',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ]);
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
