import { describe, expect, it } from 'vitest';
import {
  keyPlatformOf,
  matchesAccelerator,
  parseAccelerator,
  renderAccelerator,
  type KeyPress,
} from './accelerator';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('parseAccelerator', () => {
  it('takes modifiers and the key apart', () => {
    expect(parseAccelerator('CmdOrCtrl+Shift+L')).toEqual({
      key: 'L',
      cmdOrCtrl: true,
      ctrl: false,
      alt: false,
      shift: true,
    });
    expect(parseAccelerator('?')).toEqual({
      key: '?',
      cmdOrCtrl: false,
      ctrl: false,
      alt: false,
      shift: false,
    });
    expect(parseAccelerator('CommandOrControl+Alt+Delete').alt).toBe(true);
  });

  it('refuses an unknown modifier or a missing key', () => {
    expect(() => parseAccelerator('Hyper+K')).toThrow('Unknown modifier "Hyper"');
    expect(() => parseAccelerator('CmdOrCtrl+')).toThrow('No key');
  });
});

describe('renderAccelerator', () => {
  it('uses symbols in Apple order on a Mac', () => {
    expect(renderAccelerator('CmdOrCtrl+K', 'mac')).toBe('⌘K');
    expect(renderAccelerator('CmdOrCtrl+Shift+L', 'mac')).toBe('⇧⌘L');
    expect(renderAccelerator('Ctrl+Alt+Shift+CmdOrCtrl+X', 'mac')).toBe('⌃⌥⇧⌘X');
    expect(renderAccelerator('CmdOrCtrl+,', 'mac')).toBe('⌘,');
    expect(renderAccelerator('Delete', 'mac')).toBe('⌦');
  });

  it('spells modifiers out elsewhere', () => {
    expect(renderAccelerator('CmdOrCtrl+K', 'other')).toBe('Ctrl+K');
    expect(renderAccelerator('CmdOrCtrl+Shift+L', 'other')).toBe('Ctrl+Shift+L');
    expect(renderAccelerator('Alt+Up', 'other')).toBe('Alt+Up');
    expect(renderAccelerator('?', 'other')).toBe('?');
    expect(renderAccelerator('/', 'mac')).toBe('/');
  });
});

describe('matchesAccelerator', () => {
  it('reads CmdOrCtrl as Ctrl off a Mac and Cmd on one', () => {
    expect(matchesAccelerator('CmdOrCtrl+K', press('k', { ctrlKey: true }), 'other')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+K', press('k', { metaKey: true }), 'other')).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+K', press('k', { metaKey: true }), 'mac')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+K', press('k', { ctrlKey: true }), 'mac')).toBe(false);
  });

  it('needs exactly the modifiers named', () => {
    const ctrlShiftL = press('L', { ctrlKey: true, shiftKey: true });
    expect(matchesAccelerator('CmdOrCtrl+Shift+L', ctrlShiftL, 'other')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+L', ctrlShiftL, 'other')).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Shift+L', press('l', { ctrlKey: true }), 'other')).toBe(
      false,
    );
    const withAlt = press('l', { ctrlKey: true, shiftKey: true, altKey: true });
    expect(matchesAccelerator('CmdOrCtrl+Shift+L', withAlt, 'other')).toBe(false);
  });

  it('matches a letter by its physical key when a modifier changed the character', () => {
    const optionK = press('˚', { code: 'KeyK', metaKey: true, altKey: true });
    expect(matchesAccelerator('CmdOrCtrl+Alt+K', optionK, 'mac')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Alt+J', optionK, 'mac')).toBe(false);
  });

  it('lets the character decide for a symbol, whatever Shift did', () => {
    expect(matchesAccelerator('?', press('?', { shiftKey: true }), 'other')).toBe(true);
    expect(matchesAccelerator('?', press('/'), 'other')).toBe(false);
    expect(matchesAccelerator('/', press('/'), 'mac')).toBe(true);
    expect(matchesAccelerator('?', press('?', { ctrlKey: true, shiftKey: true }), 'other')).toBe(
      false,
    );
    expect(matchesAccelerator('CmdOrCtrl+,', press(',', { ctrlKey: true }), 'other')).toBe(true);
  });

  it('knows named keys by their DOM names', () => {
    expect(matchesAccelerator('Up', press('ArrowUp'), 'other')).toBe(true);
    expect(matchesAccelerator('Esc', press('Escape'), 'mac')).toBe(true);
  });
});

describe('keyPlatformOf', () => {
  it('tells a Mac from the rest', () => {
    expect(keyPlatformOf('darwin')).toBe('mac');
    expect(keyPlatformOf('MacIntel')).toBe('mac');
    expect(keyPlatformOf('Win32')).toBe('other');
    expect(keyPlatformOf('linux')).toBe('other');
  });
});
