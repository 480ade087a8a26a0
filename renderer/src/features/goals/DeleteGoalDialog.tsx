import { useState } from 'react';
import type { CompanyGoal } from '../../../../shared/domain/strategy/company-goal';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { Dialog } from '../../ui/Dialog';
import { FormError } from '../../ui/FormError';
import { countOf } from '../../ui/format';
import { undoThisChange } from '../undo/undo-actions';

/** Asks before a goal is deleted, saying what it leaves behind; the toast can take it back. */
export function DeleteGoalDialog({
  goal,
  servingCount,
  onClose,
}: {
  goal: CompanyGoal;
  servingCount: number;
  onClose: () => void;
}) {
  const { companyGoals } = useWorkbook();
  const { offerUndo } = useUiActions();
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    try {
      const removed = await companyGoals.remove(goal.id);
      if (removed) {
        offerUndo({
          message: `Deleted the goal “${goal.title}”.`,
          undo: undoThisChange(),
        });
      }
      onClose();
    } catch {
      setError('The goal could not be deleted. Nothing was changed; try again.');
    }
  };
  return (
    <Dialog title={`Delete “${goal.title}”?`} onClose={onClose}>
      <p>
        {servingCount === 0
          ? 'No partner objective serves this goal.'
          : `${countOf(servingCount, 'partner objective')} serve this goal; they stay in their plans and show the goal as deleted.`}
      </p>
      <FormError message={error} />
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={() => void remove()}>
          Delete goal
        </button>
        <button type="button" onClick={onClose}>
          Keep it
        </button>
      </div>
    </Dialog>
  );
}
