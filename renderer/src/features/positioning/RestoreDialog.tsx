import { FormError } from '../../ui/FormError';
import { useState } from 'react';
import type { PositioningDraft, PositioningIteration } from '../../../../shared/domain/positioning';
import { sameContent } from '../../../../shared/positioning/history-rules';
import { useWorkbook } from '../../app/workbook-context';
import { Dialog } from '../../ui/Dialog';
import type { WorkingCopy } from './DraftEditor';
import { useAuthor, useIteration } from './use-positioning';

interface RestoreDialogProps {
  draft: PositioningDraft;
  iterationId: string;
  workingCopy: WorkingCopy;
  onClose: () => void;
  onRestored: (iteration: PositioningIteration) => void;
}

/**
 * Confirms a restore. Restoring never rewrites history: it saves a new iteration with the old
 * content. The one thing it replaces is the working copy, so unsaved edits are called out.
 */
export function RestoreDialog(props: RestoreDialogProps) {
  const { draft, workingCopy, onClose, onRestored } = props;
  const { positioning } = useWorkbook();
  const author = useAuthor();
  const target = useIteration(props.iterationId);
  const head = useIteration(draft.headIterationId);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!target || head === undefined) {
    return (
      <Dialog title="Restore an iteration" onClose={onClose}>
        <p className="muted">{target === null ? 'This iteration was not found.' : 'Loading…'}</p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </Dialog>
    );
  }
  const unsaved = head === null || !sameContent(workingCopy, head);
  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await positioning.restore(draft.id, target.id, author ? { author } : {});
      if (result.ok) onRestored(result.value);
      else setError(Object.values(result.errors)[0] ?? 'The iteration could not be restored.');
    } catch {
      setError('The iteration could not be restored: the workbook could not be written.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={`Restore iteration ${target.number}?`} onClose={onClose}>
      <p>
        This saves iteration {draft.iterationCount + 1} with the content of iteration{' '}
        {target.number} (“{target.rationale}”). Every iteration stays in the history.
      </p>
      {unsaved ? (
        <p className="warning">
          Your working copy has edits that are not saved as an iteration. Restoring replaces them;
          save an iteration first to keep them.
        </p>
      ) : null}
      <FormError message={error} />
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void restore()}>
          Restore iteration {target.number}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
