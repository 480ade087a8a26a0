import { lazy, Suspense, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useWorkbook } from '../../app/workbook-context';
import { usePanel } from '../../state/ui-selectors';
import { useCommandHandler } from '../commands/command-handlers';

// Loaded the first time the shortcut is used: not part of the first paint.
const ActivityDialog = lazy(() =>
  import('./ActivityDialog').then((m) => ({ default: m.ActivityDialog })),
);

/**
 * Logs an activity from anywhere: the New activity command (Ctrl+Shift+L, ⇧⌘L on a Mac, the
 * menu or the palette) opens the entry, starting with the partner whose panel is open, if any.
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
  useCommandHandler('new-activity', () => setOpen(true));
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
