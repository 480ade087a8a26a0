/**
 * Every command a person can give the app, once: the command palette lists them, the keyboard
 * shortcuts help screen shows their shortcuts, the native menu takes its items' accelerators
 * from here, and the renderer answers key presses with the same list, so the four never
 * disagree. Pure; runs anywhere.
 */
import { parseAccelerator, type ParsedAccelerator } from './accelerator';

/** Every command's id, as the menu sends it and the renderer answers it. */
export const COMMAND_IDS = [
  'command-palette',
  'undo',
  'redo',
  'keyboard-shortcuts',
  'switch-theme',
  'about',
  'go-dashboard',
  'go-partners',
  'go-activity',
  'go-positioning',
  'go-voice',
  'go-market',
  'go-alliances',
  'go-goals',
  'go-templates',
  'go-settings',
  'go-backups',
  'new-partner',
  'new-activity',
  'save-iteration',
  'search',
  'switch-workbook',
  'new-workbook',
  'open-workbook-file',
  'save-workbook-file',
  'import',
  'merge-workbook-file',
  'export',
] as const;

/** One command's id. */
export type CommandId = (typeof COMMAND_IDS)[number];

/** How commands are grouped in the palette and the help screen, in this order. */
export const COMMAND_GROUPS = [
  'General',
  'Create and save',
  'Go to',
  'Workbooks and files',
] as const;

/** One group's name. */
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

/** A key combination that runs a command. */
export interface Shortcut {
  /** An Electron accelerator string, e.g. `CmdOrCtrl+Shift+L` or `?`. */
  accelerator: string;
  /**
   * The key only counts outside text fields, where it keeps its own meaning: `?` and `/` type,
   * and Ctrl/Cmd+Z undoes typing instead of the last change to the workbook.
   */
  outsideText?: boolean;
}

/** A command: what it is called, where it is listed and the keys that run it. */
export interface Command {
  id: CommandId;
  /** The palette's and help screen's name for it, in sentence case. */
  title: string;
  group: CommandGroup;
  /** The native menu's label, in the title case menus use, where it differs from the title. */
  menuLabel?: string;
  /** Other words people may type for it in the palette. */
  keywords?: readonly string[];
  shortcuts: readonly Shortcut[];
}

const go = (id: CommandId, screen: string, keywords?: readonly string[]): Command => ({
  id,
  title: `Go to ${screen}`,
  group: 'Go to',
  menuLabel: screen,
  ...(keywords ? { keywords } : {}),
  shortcuts: [],
});

/** The commands, in the order the palette and the help screen list them within a group. */
export const COMMANDS: readonly Command[] = [
  {
    id: 'command-palette',
    title: 'Show all commands',
    group: 'General',
    menuLabel: 'Command Palette…',
    keywords: ['palette', 'actions'],
    shortcuts: [{ accelerator: 'CmdOrCtrl+K' }],
  },
  {
    id: 'search',
    title: 'Search the workbook',
    group: 'General',
    menuLabel: 'Search…',
    keywords: ['find'],
    shortcuts: [{ accelerator: 'CmdOrCtrl+F' }, { accelerator: '/', outsideText: true }],
  },
  {
    id: 'undo',
    title: 'Undo the last change',
    group: 'General',
    menuLabel: 'Undo',
    keywords: ['take back', 'revert'],
    shortcuts: [{ accelerator: 'CmdOrCtrl+Z', outsideText: true }],
  },
  {
    id: 'redo',
    title: 'Redo the change undone',
    group: 'General',
    menuLabel: 'Redo',
    keywords: ['again'],
    shortcuts: [
      { accelerator: 'CmdOrCtrl+Shift+Z', outsideText: true },
      { accelerator: 'Ctrl+Y', outsideText: true },
    ],
  },
  {
    id: 'keyboard-shortcuts',
    title: 'Keyboard shortcuts',
    group: 'General',
    menuLabel: 'Keyboard Shortcuts',
    keywords: ['help', 'keys'],
    shortcuts: [{ accelerator: '?', outsideText: true }],
  },
  {
    id: 'switch-theme',
    title: 'Switch between light and dark theme',
    group: 'General',
    menuLabel: 'Switch Light/Dark Theme',
    keywords: ['dark', 'light', 'appearance', 'colours', 'colors'],
    shortcuts: [],
  },
  {
    id: 'about',
    title: 'About Partner Workbook',
    group: 'General',
    keywords: ['version', 'help'],
    shortcuts: [],
  },
  {
    id: 'new-partner',
    title: 'New partner',
    group: 'Create and save',
    menuLabel: 'New Partner',
    keywords: ['add', 'create'],
    shortcuts: [{ accelerator: 'CmdOrCtrl+N' }],
  },
  {
    id: 'new-activity',
    title: 'Log an activity',
    group: 'Create and save',
    menuLabel: 'Log Activity…',
    keywords: ['new activity', 'meeting', 'call'],
    shortcuts: [{ accelerator: 'CmdOrCtrl+Shift+L' }],
  },
  {
    id: 'save-iteration',
    title: 'Save iteration',
    group: 'Create and save',
    menuLabel: 'Save Iteration…',
    keywords: ['positioning', 'draft', 'commit'],
    shortcuts: [{ accelerator: 'CmdOrCtrl+S' }],
  },
  go('go-dashboard', 'Dashboard', ['portfolio', 'charts']),
  go('go-partners', 'Partners'),
  go('go-activity', 'Activity', ['balance', 'log']),
  go('go-positioning', 'Positioning', ['drafts']),
  go('go-voice', 'Voice', ['feedback', 'decisions']),
  go('go-market', 'Market', ['competition', 'trends']),
  go('go-alliances', 'Alliances', ['stakeholders', 'asks']),
  go('go-goals', 'Goals'),
  go('go-templates', 'Templates', ['qbr', 'scorecard']),
  {
    ...go('go-settings', 'Settings', ['preferences', 'options']),
    shortcuts: [{ accelerator: 'CmdOrCtrl+,' }],
  },
  go('go-backups', 'Backups', ['restore']),
  {
    id: 'switch-workbook',
    title: 'Switch workbook',
    group: 'Workbooks and files',
    menuLabel: 'Switch Workbook…',
    keywords: ['open', 'workbooks'],
    shortcuts: [{ accelerator: 'CmdOrCtrl+Shift+O' }],
  },
  {
    id: 'new-workbook',
    title: 'New workbook',
    group: 'Workbooks and files',
    menuLabel: 'New Workbook…',
    keywords: ['create'],
    shortcuts: [],
  },
  {
    id: 'open-workbook-file',
    title: 'Open workbook file',
    group: 'Workbooks and files',
    menuLabel: 'Open Workbook File…',
    keywords: ['partnerbook'],
    shortcuts: [{ accelerator: 'CmdOrCtrl+O' }],
  },
  {
    id: 'save-workbook-file',
    title: 'Save workbook file',
    group: 'Workbooks and files',
    menuLabel: 'Save Workbook File…',
    keywords: ['partnerbook', 'send'],
    shortcuts: [{ accelerator: 'CmdOrCtrl+Shift+S' }],
  },
  {
    id: 'import',
    title: 'Import partners from CSV or Excel',
    group: 'Workbooks and files',
    menuLabel: 'Import Partners…',
    keywords: ['crm', 'spreadsheet'],
    shortcuts: [],
  },
  {
    id: 'merge-workbook-file',
    title: 'Merge workbook file',
    group: 'Workbooks and files',
    menuLabel: 'Merge Workbook File…',
    keywords: ['colleague', 'combine'],
    shortcuts: [],
  },
  {
    id: 'export',
    title: 'Export',
    group: 'Workbooks and files',
    menuLabel: 'Export…',
    keywords: ['excel', 'csv', 'spreadsheet'],
    shortcuts: [{ accelerator: 'CmdOrCtrl+E' }],
  },
];

const BY_ID: ReadonlyMap<CommandId, Command> = new Map(COMMANDS.map((c) => [c.id, c]));

/** The command with this id. */
export function commandById(id: CommandId): Command {
  const found = BY_ID.get(id);
  if (found === undefined) throw new Error(`No command ${id}.`);
  return found;
}

/** True for a string that is a command's id (the menu's IPC message is checked with it). */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && BY_ID.has(value as CommandId);
}

/** The accelerator a native menu shows for a command: its first with Ctrl or Cmd. */
export function menuAccelerator(id: CommandId): string | undefined {
  const { shortcuts } = commandById(id);
  // A menu shows a key with Ctrl or Cmd even where it only counts outside text fields (undo);
  // a bare key such as `?` is left to the help screen.
  return (
    shortcuts.find((shortcut) => shortcut.outsideText !== true) ??
    shortcuts.find((shortcut) => /(^|\+)(CmdOrCtrl|Ctrl|Cmd)\+/.test(shortcut.accelerator))
  )?.accelerator;
}

/** A shortcut ready to match key presses, with the command it runs. */
export interface ShortcutBinding {
  command: CommandId;
  shortcut: Shortcut;
  parsed: ParsedAccelerator;
}

/** Every shortcut of every command, parsed once. */
export const SHORTCUT_BINDINGS: readonly ShortcutBinding[] = COMMANDS.flatMap((command) =>
  command.shortcuts.map((shortcut) => ({
    command: command.id,
    shortcut,
    parsed: parseAccelerator(shortcut.accelerator),
  })),
);

/** The commands of one group, in the registry's order. */
export function commandsInGroup(group: CommandGroup): Command[] {
  return COMMANDS.filter((command) => command.group === group);
}
