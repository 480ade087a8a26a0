/**
 * Keyboard shortcuts written as Electron accelerator strings (`CmdOrCtrl+Shift+L`), read once
 * here for every place that shows or answers one: the native menu passes the string to Electron,
 * the help screen and the palette render it for the platform, and the renderer matches key
 * presses against it. Pure; runs anywhere.
 */

/** Which keyboard conventions to render and match with. */
export type KeyPlatform = 'mac' | 'other';

/** The parts of a key press a shortcut depends on (a DOM KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** An accelerator taken apart: the key and which modifiers it needs. */
export interface ParsedAccelerator {
  key: string;
  /** Cmd on a Mac, Ctrl elsewhere. */
  cmdOrCtrl: boolean;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
}

const MODIFIERS: Readonly<Record<string, keyof Omit<ParsedAccelerator, 'key'>>> = {
  cmdorctrl: 'cmdOrCtrl',
  commandorcontrol: 'cmdOrCtrl',
  ctrl: 'ctrl',
  control: 'ctrl',
  alt: 'alt',
  option: 'alt',
  shift: 'shift',
};

/** Takes an accelerator apart; throws on one that names no key or an unknown modifier. */
export function parseAccelerator(accelerator: string): ParsedAccelerator {
  // A lone "+" is a key of its own; split on "+" that separates parts.
  const parts = accelerator === '+' ? ['+'] : accelerator.split('+');
  const key = parts.pop();
  if (key === undefined || key === '') throw new Error(`No key in accelerator "${accelerator}".`);
  const parsed: ParsedAccelerator = {
    key,
    cmdOrCtrl: false,
    ctrl: false,
    alt: false,
    shift: false,
  };
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (modifier === undefined) throw new Error(`Unknown modifier "${part}" in "${accelerator}".`);
    parsed[modifier] = true;
  }
  return parsed;
}

const KEY_NAMES: Readonly<Record<string, { mac: string; other: string }>> = {
  delete: { mac: '⌦', other: 'Delete' },
  backspace: { mac: '⌫', other: 'Backspace' },
  enter: { mac: '↩', other: 'Enter' },
  return: { mac: '↩', other: 'Enter' },
  escape: { mac: 'Esc', other: 'Esc' },
  esc: { mac: 'Esc', other: 'Esc' },
  up: { mac: '↑', other: 'Up' },
  down: { mac: '↓', other: 'Down' },
  left: { mac: '←', other: 'Left' },
  right: { mac: '→', other: 'Right' },
  space: { mac: 'Space', other: 'Space' },
  tab: { mac: '⇥', other: 'Tab' },
};

function keyLabel(key: string, platform: KeyPlatform): string {
  const named = KEY_NAMES[key.toLowerCase()];
  if (named) return named[platform];
  return key.length === 1 ? key.toUpperCase() : key;
}

/**
 * An accelerator as people read it: `⇧⌘L` on a Mac (symbols in the order Apple's menus use:
 * Control, Option, Shift, Command), `Ctrl+Shift+L` elsewhere.
 */
export function renderAccelerator(accelerator: string, platform: KeyPlatform): string {
  const parsed = parseAccelerator(accelerator);
  const key = keyLabel(parsed.key, platform);
  if (platform === 'mac') {
    return [
      parsed.ctrl ? '⌃' : '',
      parsed.alt ? '⌥' : '',
      parsed.shift ? '⇧' : '',
      parsed.cmdOrCtrl ? '⌘' : '',
      key,
    ].join('');
  }
  return [
    parsed.cmdOrCtrl || parsed.ctrl ? 'Ctrl' : '',
    parsed.alt ? 'Alt' : '',
    parsed.shift ? 'Shift' : '',
    key,
  ]
    .filter((part) => part !== '')
    .join('+');
}

// DOM key names for the accelerator key names that differ from them.
const DOM_KEYS: Readonly<Record<string, string>> = {
  up: 'arrowup',
  down: 'arrowdown',
  left: 'arrowleft',
  right: 'arrowright',
  esc: 'escape',
  return: 'enter',
  space: ' ',
};

// A letter or digit is matched by its physical key too, so that Option on a Mac (which turns
// "k" into "˚") or another keyboard layout's shifted character still counts as the key.
function codeOf(key: string): string | undefined {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  return undefined;
}

/** True when the key press is the accelerator on this platform, no more and no fewer modifiers. */
export function matchesAccelerator(
  accelerator: string | ParsedAccelerator,
  press: KeyPress,
  platform: KeyPlatform,
): boolean {
  const parsed = typeof accelerator === 'string' ? parseAccelerator(accelerator) : accelerator;
  const wantMeta = platform === 'mac' && parsed.cmdOrCtrl;
  const wantCtrl = parsed.ctrl || (platform === 'other' && parsed.cmdOrCtrl);
  if (press.metaKey !== wantMeta || press.ctrlKey !== wantCtrl || press.altKey !== parsed.alt) {
    return false;
  }
  const wanted = parsed.key.toLowerCase();
  const domKey = DOM_KEYS[wanted] ?? wanted;
  const pressed = press.key.toLowerCase();
  // A printable symbol such as "?" or "/" already says whether Shift was held ("?" is Shift+/ on
  // many layouts, not on others): the character decides, not the Shift key.
  const isSymbol = parsed.key.length === 1 && !/^[a-z0-9]$/i.test(parsed.key);
  if (isSymbol) return pressed === domKey;
  if (press.shiftKey !== parsed.shift) return false;
  return pressed === domKey || (press.code !== undefined && press.code === codeOf(parsed.key));
}

/** The platform a user agent string or Node platform name belongs to. */
export function keyPlatformOf(platform: string): KeyPlatform {
  return /mac|darwin|iphone|ipad/i.test(platform) ? 'mac' : 'other';
}
