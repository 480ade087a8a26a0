import { Dialog } from '../../ui/Dialog';
import type { FileTask } from './use-file-task';

/**
 * The progress of a long file job, with Cancel; or, when the job waits for a click (a finished
 * export to save), its message and the button that goes on.
 */
export function TaskDialog({
  task,
  onCancel,
  onConfirm,
}: {
  task: FileTask;
  onCancel: () => void;
  onConfirm?: (() => void) | undefined;
}) {
  const total = task.total > 0 ? task.total : undefined;
  const { prompt } = task;
  return (
    <Dialog title={task.title} onClose={onCancel}>
      {prompt ? (
        <p role="status">{prompt.message}</p>
      ) : (
        <label className="task-progress">
          {task.step}
          {total ? ` (${task.done.toLocaleString()} of ${total.toLocaleString()})` : '…'}
          <progress max={total} value={total ? task.done : undefined} />
        </label>
      )}
      <div className="dialog-actions">
        {prompt && onConfirm ? (
          <button type="button" className="primary" onClick={onConfirm}>
            {prompt.action}
          </button>
        ) : null}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
