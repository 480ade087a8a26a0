import { Dialog } from '../../ui/Dialog';
import type { FileTask } from './use-file-task';

/** The progress of a long file job, with Cancel. */
export function TaskDialog({ task, onCancel }: { task: FileTask; onCancel: () => void }) {
  const total = task.total > 0 ? task.total : undefined;
  return (
    <Dialog title={task.title} onClose={onCancel}>
      <label className="task-progress">
        {task.step}
        {total ? ` (${task.done.toLocaleString()} of ${total.toLocaleString()})` : '…'}
        <progress max={total} value={total ? task.done : undefined} />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
