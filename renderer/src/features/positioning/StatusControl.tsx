import { FormError } from '../../ui/FormError';
import { useId, useState } from 'react';
import {
  POSITIONING_STATUSES,
  type DraftSummary,
  type PositioningDraft,
  type PositioningStatus,
} from '../../../../shared/domain/positioning';
import { AUDIENCE_LABELS, STATUS_LABELS } from '../../../../shared/positioning/labels';
import { useWorkbook } from '../../app/workbook-context';
import { Dialog } from '../../ui/Dialog';
import { useAuthor } from './use-positioning';

interface StatusControlProps {
  draft: PositioningDraft;
  onAnnounce: (message: string) => void;
}

/**
 * The draft's status. Approving when another draft for the same partner and audience is approved
 * asks first, then retires that one; every change is recorded in the history.
 */
export function StatusControl({ draft, onAnnounce }: StatusControlProps) {
  const { positioning } = useWorkbook();
  const author = useAuthor();
  const id = useId();
  const [conflict, setConflict] = useState<DraftSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const change = async (status: PositioningStatus, retireApproved = false) => {
    setError(null);
    try {
      const result = await positioning.setStatus(draft.id, status, {
        retireApproved,
        ...(author ? { author } : {}),
      });
      if (result.ok) onAnnounce(`Status changed to ${STATUS_LABELS[status]}.`);
      else if ('conflict' in result) setConflict(result.conflict);
      else setError(Object.values(result.errors)[0] ?? 'The status could not be changed.');
    } catch {
      setError('The status could not be changed: the workbook could not be written.');
    }
  };

  return (
    <div className="status-control">
      <label htmlFor={id}>Status</label>{' '}
      <select
        id={id}
        className={`status-select status-${draft.status}`}
        value={draft.status}
        onChange={(e) => {
          const status = POSITIONING_STATUSES.find((s) => s === e.target.value);
          if (status) void change(status);
        }}
      >
        {POSITIONING_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </select>
      <FormError message={error} />
      {conflict ? (
        <Dialog title="Replace the approved positioning?" onClose={() => setConflict(null)}>
          <p>
            “{conflict.title}” is the approved positioning for{' '}
            {AUDIENCE_LABELS[conflict.audience].toLowerCase()}
            {draft.partnerId === undefined ? ' of the company' : ' of this partner'}. Only one draft
            per partner and audience can be approved: approving this one retires it.
          </p>
          <div className="dialog-actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                setConflict(null);
                void change('approved', true);
              }}
            >
              Approve and retire “{conflict.title}”
            </button>
            <button type="button" onClick={() => setConflict(null)}>
              Cancel
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
