import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { CommandId } from '../../../../shared/commands/commands';
import { useHost } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import type { AppView } from '../../state/ui-store';
import { KEY_PLATFORM } from '../../ui/key-platform';
import {
  registerCommand,
  runCommand,
  useAvailableCommands,
  useCommandHandler,
} from './command-handlers';
import type { PaletteAction } from './use-palette-items';
import { useShortcuts } from './use-shortcuts';

// Loaded the first time they are opened: not part of the first paint.
const CommandPalette = lazy(() =>
  import('./CommandPalette').then((m) => ({ default: m.CommandPalette })),
);
const ShortcutsHelp = lazy(() =>
  import('./ShortcutsHelp').then((m) => ({ default: m.ShortcutsHelp })),
);

/** The screens the Go commands open. */
const GO_VIEWS: readonly (readonly [CommandId, AppView])[] = [
  ['go-dashboard', { name: 'dashboard' }],
  ['go-partners', { name: 'partners' }],
  ['go-activity', { name: 'activity' }],
  ['go-positioning', { name: 'positioning' }],
  ['go-voice', { name: 'voice' }],
  ['go-market', { name: 'market' }],
  ['go-alliances', { name: 'alliances' }],
  ['go-goals', { name: 'goals' }],
  ['go-templates', { name: 'templates' }],
  ['go-settings', { name: 'settings' }],
  ['go-backups', { name: 'backups' }],
];

type Shown = 'palette' | 'help' | null;

/**
 * What is shown once `closed` has closed. A dialog's close event comes a task after the Escape
 * that closed it: a shortcut pressed in between (Escape, then Ctrl+K at once) may already have
 * opened the other one, which must stay.
 */
export function afterClosing(current: Shown, closed: 'palette' | 'help'): Shown {
  return current === closed ? null : current;
}

/**
 * Where commands come in: the keyboard shortcuts, the native menu and the palette all run them
 * through the same handlers. Also answers the palette, the shortcuts help and the Go commands.
 */
export function CommandCenter() {
  const host = useHost();
  const available = useAvailableCommands();
  const { openView, openPanel } = useUiActions();
  const [shown, setShown] = useState<Shown>(null);
  // What the palette chose runs once it has closed and given focus back, so that a command
  // that moves focus (search, a panel) keeps it.
  const chosen = useRef<PaletteAction | null>(null);

  useShortcuts(KEY_PLATFORM);
  useEffect(() => host.onMenuCommand((command) => void runCommand(command)), [host]);
  useEffect(() => {
    const unregister = GO_VIEWS.map(([id, view]) => registerCommand(id, () => openView(view)));
    return () => {
      for (const off of unregister) off();
    };
  }, [openView]);
  useCommandHandler('command-palette', () => setShown('palette'));
  useCommandHandler('keyboard-shortcuts', () => setShown('help'));

  useEffect(() => {
    const action = chosen.current;
    if (shown !== null || action === null) return;
    chosen.current = null;
    if (action.kind === 'command') {
      runCommand(action.id);
      return;
    }
    openView(action.view);
    if (action.panel) openPanel(action.panel);
  }, [shown, openView, openPanel]);

  if (shown === null) return null;
  return (
    <Suspense fallback={null}>
      {shown === 'palette' ? (
        <CommandPalette
          available={available}
          onClose={(action) => {
            chosen.current = action ?? null;
            setShown((current) => afterClosing(current, 'palette'));
          }}
        />
      ) : (
        <ShortcutsHelp onClose={() => setShown((current) => afterClosing(current, 'help'))} />
      )}
    </Suspense>
  );
}
