import { lazy, Suspense, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useWorkbook } from '../../app/workbook-context';
import { usePanel } from '../../state/ui-selectors';

// Loaded the first time the shortcut is used: not part of the first paint.
const ActivityDialog = lazy(() =>
  import('./ActivityDialog').then((m) => ({ default: m.ActivityDialog })),
);

/**
 * True for the quick-entry shortcut, Ctrl+Shift+L (Cmd+Shift+L on a Mac): taken by neither the
 * app's menu (Ctrl+N, O, E; Ctrl+S in the draft editor) nor Chromium.
 */
export function isQuickEntryKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): boolean {
  return (
    event.key.toLowerCase() === 'l' &&
    (event.ctrlKey || event.metaKey) &&
    event.shiftKey &&
    !event.altKey
  );
}

/**
 * Logs an activity from anywhere: the shortcut opens the entry, starting with the partner whose
 * panel is open, if any.
 */
export function QuickActivityEntry() {
  const [open, setOpen] = useState(false);
  const panel = usePanel();
  const { activities } = useWorkbook();
  const panelPartner = panel.mode === 'edit' ? panel.partnerId : undefined;
  const partnerName = useLiveQuery(
    () =>
      open && panelPartner ? activities.partnerName(panelPartner) : Promise.resolve(undefined),
    [activities, open, panelPartner],
  );
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isQuickEntryKey(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  if (!open) return null;
  // Wait for the panel partner's name, so the entry starts filled in.
  if (panelPartner !== undefined && partnerName === undefined) return null;
  return (
    <Suspense fallback={null}>
      <ActivityDialog
        partner={
          panelPartner !== undefined && partnerName !== undefined
            ? { id: panelPartner, name: partnerName }
            : undefined
        }
        onClose={() => setOpen(false)}
      />
    </Suspense>
  );
}
