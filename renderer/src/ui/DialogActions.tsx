import type { ReactNode } from 'react';

/** A form dialog's buttons: the submit action (held while it runs) and Cancel. */
export function DialogActions({
  submit,
  busy,
  onCancel,
}: {
  /** What the submit button says ("Add goal", "Save iteration"). */
  submit: ReactNode;
  busy: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="dialog-actions">
      <button type="submit" className="primary" disabled={busy}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
