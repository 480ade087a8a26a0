import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/ipc/contract';
import { buildMenuTemplate, type MenuOptions, type MenuTemplateItem } from './menu';

function build(platform: NodeJS.Platform, isDev = false) {
  const sendCommand = vi.fn<(command: MenuCommand) => void>();
  const options: MenuOptions = { platform, isDev, appName: 'Partner Workbook', sendCommand };
  return { template: buildMenuTemplate(options), sendCommand };
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
    expect(shape(file)).toEqual(['New Partner', 'Import…', 'Export…', '—', 'role:quit']);
    expect(file.map((entry) => entry.accelerator)).toEqual([
      'CmdOrCtrl+N',
      'CmdOrCtrl+O',
      'CmdOrCtrl+E',
      undefined,
      undefined,
    ]);
  });

  it('sends the matching command for each command item', () => {
    const file = menu(template, '&File');
    item(file, 'New Partner').click?.();
    item(file, 'Import…').click?.();
    item(file, 'Export…').click?.();
    item(menu(template, '&Help'), 'About Partner Workbook').click?.();
    expect(sendCommand.mock.calls).toEqual([['new-partner'], ['import'], ['export'], ['about']]);
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
    expect(shape(menu(template, 'File'))).toEqual([
      'New Partner',
      'Import…',
      'Export…',
      '—',
      'role:close',
    ]);
  });
});
