import { describe, expect, it } from 'vitest';
import { undoKeyOf } from './use-undo-history';

const press = (
  key: string,
  mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean },
) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('the undo keys', () => {
  it('reads Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y off a Mac', () => {
    expect(undoKeyOf(press('z', { ctrl: true }), false)).toBe('undo');
    expect(undoKeyOf(press('Z', { ctrl: true, shift: true }), false)).toBe('redo');
    expect(undoKeyOf(press('y', { ctrl: true }), false)).toBe('redo');
    expect(undoKeyOf(press('z', { meta: true }), false)).toBeUndefined();
    expect(undoKeyOf(press('z', { ctrl: true, alt: true }), false)).toBeUndefined();
    expect(undoKeyOf(press('z', {}), false)).toBeUndefined();
  });

  it('reads ⌘Z and ⌘⇧Z on a Mac, where Ctrl+Z and ⌘Y are not undo keys', () => {
    expect(undoKeyOf(press('z', { meta: true }), true)).toBe('undo');
    expect(undoKeyOf(press('z', { meta: true, shift: true }), true)).toBe('redo');
    expect(undoKeyOf(press('z', { ctrl: true }), true)).toBeUndefined();
    expect(undoKeyOf(press('y', { meta: true }), true)).toBeUndefined();
  });
});
