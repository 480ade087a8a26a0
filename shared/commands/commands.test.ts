import { describe, expect, it } from 'vitest';
import { matchesAccelerator, renderAccelerator, type KeyPress } from './accelerator';
import { matchItems, matchRank } from './command-match';
import {
  COMMAND_GROUPS,
  COMMAND_IDS,
  COMMANDS,
  SHORTCUT_BINDINGS,
  commandById,
  commandsInGroup,
  isCommandId,
  menuAccelerator,
} from './commands';

describe('the command registry', () => {
  it('has one entry per id, in a known group', () => {
    expect(COMMANDS.map((command) => command.id).sort()).toEqual([...COMMAND_IDS].sort());
    for (const command of COMMANDS) expect(COMMAND_GROUPS).toContain(command.group);
    expect(COMMAND_GROUPS.flatMap((group) => commandsInGroup(group))).toHaveLength(COMMANDS.length);
  });

  it('gives no two shortcuts the same keys on either platform', () => {
    for (const platform of ['mac', 'other'] as const) {
      const rendered = SHORTCUT_BINDINGS.map((binding) =>
        renderAccelerator(binding.shortcut.accelerator, platform),
      );
      expect(new Set(rendered).size, platform).toBe(rendered.length);
    }
  });

  it('undoes and redoes on Ctrl/⌘+Z and Ctrl/⌘+Shift+Z (and Ctrl+Y), only outside text fields', () => {
    const press = (key: string, mods: Partial<KeyPress>): KeyPress => ({
      key,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      ...mods,
    });
    const runs = (event: KeyPress, platform: 'mac' | 'other') =>
      SHORTCUT_BINDINGS.filter((binding) => matchesAccelerator(binding.parsed, event, platform));
    const only = (event: KeyPress, platform: 'mac' | 'other') =>
      runs(event, platform).map((binding) => binding.command);
    expect(only(press('z', { ctrlKey: true }), 'other')).toEqual(['undo']);
    expect(only(press('Z', { ctrlKey: true, shiftKey: true }), 'other')).toEqual(['redo']);
    expect(only(press('y', { ctrlKey: true }), 'other')).toEqual(['redo']);
    expect(only(press('z', { metaKey: true }), 'mac')).toEqual(['undo']);
    expect(only(press('z', { metaKey: true, shiftKey: true }), 'mac')).toEqual(['redo']);
    expect(only(press('z', { ctrlKey: true }), 'mac')).toEqual([]);
    expect(only(press('z', {}), 'other')).toEqual([]);
    for (const binding of runs(press('z', { ctrlKey: true }), 'other')) {
      expect(binding.shortcut.outsideText).toBe(true);
    }
    expect(menuAccelerator('undo')).toBe('CmdOrCtrl+Z');
    expect(menuAccelerator('redo')).toBe('CmdOrCtrl+Shift+Z');
  });

  it('keeps the frequent actions on the keys the help screen lists', () => {
    const keys = (id: (typeof COMMAND_IDS)[number]) =>
      commandById(id).shortcuts.map((shortcut) => shortcut.accelerator);
    expect(keys('command-palette')).toEqual(['CmdOrCtrl+K']);
    expect(keys('new-partner')).toEqual(['CmdOrCtrl+N']);
    expect(keys('new-activity')).toEqual(['CmdOrCtrl+Shift+L']);
    expect(keys('save-iteration')).toEqual(['CmdOrCtrl+S']);
    expect(keys('search')).toEqual(['CmdOrCtrl+F', '/']);
    expect(keys('switch-workbook')).toEqual(['CmdOrCtrl+Shift+O']);
    expect(keys('keyboard-shortcuts')).toEqual(['?']);
  });

  it('gives the menu the first shortcut that works in text fields too', () => {
    expect(menuAccelerator('search')).toBe('CmdOrCtrl+F');
    expect(menuAccelerator('keyboard-shortcuts')).toBeUndefined();
    expect(menuAccelerator('import')).toBeUndefined();
    expect(menuAccelerator('export')).toBe('CmdOrCtrl+E');
  });

  it('tells command ids from other strings', () => {
    expect(isCommandId('new-partner')).toBe(true);
    expect(isCommandId('format-disk')).toBe(false);
    expect(isCommandId(7)).toBe(false);
  });

  it('finds the command a key press runs', () => {
    const ctrlShiftL: KeyPress = {
      key: 'L',
      ctrlKey: true,
      metaKey: false,
      shiftKey: true,
      altKey: false,
    };
    const found = SHORTCUT_BINDINGS.filter((binding) =>
      matchesAccelerator(binding.parsed, ctrlShiftL, 'other'),
    ).map((binding) => binding.command);
    expect(found).toEqual(['new-activity']);
  });
});

describe('matchRank and matchItems', () => {
  const items = [
    { title: 'Go to Settings', keywords: ['preferences'] },
    { title: 'Save workbook file', keywords: ['partnerbook'] },
    { title: 'Save iteration', keywords: ['positioning'] },
    { title: 'Search the workbook', keywords: ['find'] },
  ];

  it('ranks a name that starts with the words before one that only contains them', () => {
    expect(matchRank('save i', { title: 'Save iteration' })).toBe(0);
    expect(matchRank('workbook', { title: 'Save workbook file' })).toBe(1);
    expect(matchRank('prefer', items[0] ?? { title: '' })).toBe(2);
    expect(matchRank('delete', { title: 'Save iteration' })).toBeUndefined();
  });

  it('lists matches best first, keeping the list order among equals', () => {
    expect(matchItems('sa', items, 10).map((item) => item.title)).toEqual([
      'Save workbook file',
      'Save iteration',
    ]);
    expect(matchItems('workbook', items, 10).map((item) => item.title)).toEqual([
      'Save workbook file',
      'Search the workbook',
    ]);
    expect(matchItems('', items, 2)).toHaveLength(2);
  });

  it('folds accents and case as the search does', () => {
    expect(matchRank('MULLER', { title: 'Müller & Söhne' })).toBe(0);
  });
});
