import { useCallback } from 'react';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { undoThisChange } from '../undo/undo-actions';

/** Deletes an activity and offers to undo it; resolves to an error message or null. */
export function useDeleteActivity(): (activityId: string) => Promise<string | null> {
  const { activities } = useWorkbook();
  const { offerUndo } = useUiActions();
  return useCallback(
    async (activityId: string) => {
      try {
        const removed = await activities.remove(activityId);
        if (!removed) return 'This activity was already deleted.';
        offerUndo({
          message: `Deleted the activity “${removed.title}”.`,
          undo: undoThisChange(),
        });
        return null;
      } catch {
        return 'The activity could not be deleted. Nothing was changed.';
      }
    },
    [activities, offerUndo],
  );
}
