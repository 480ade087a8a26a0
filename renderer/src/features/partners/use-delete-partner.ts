import { useCallback } from 'react';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions, usePanel } from '../../state/ui-selectors';
import { undoThisChange } from '../undo/undo-actions';

/** Deletes a partner with its contacts and offers to undo it; returns an error message or null. */
export function useDeletePartner(): (partnerId: string) => Promise<string | null> {
  const { partners } = useWorkbook();
  const { offerUndo, closePanel } = useUiActions();
  const panel = usePanel();
  return useCallback(
    async (partnerId: string) => {
      try {
        const removed = await partners.remove(partnerId);
        if (!removed) return 'This partner was already deleted.';
        if (panel.mode === 'edit' && panel.partnerId === partnerId) closePanel();
        offerUndo({
          message: `Deleted “${removed.partner.name}”.`,
          undo: undoThisChange(),
        });
        return null;
      } catch {
        return 'The partner could not be deleted. Nothing was changed.';
      }
    },
    [partners, panel, offerUndo, closePanel],
  );
}
