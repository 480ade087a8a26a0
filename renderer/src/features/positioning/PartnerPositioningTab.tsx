import './positioning.css';
import { useState } from 'react';
import { AUDIENCE_LABELS, STATUS_LABELS } from '../../../../shared/positioning/labels';
import { templateById } from '../../../../shared/positioning/templates';
import { useUiActions } from '../../state/ui-selectors';
import { formatDateTime } from '../../ui/format';
import { NewDraftDialog } from './NewDraftDialog';
import { usePartnerDrafts } from './use-positioning';

/** A partner's positioning drafts, in the partner's panel, with a way to start a new one. */
export function PartnerPositioningTab({
  partnerId,
  partnerName,
}: {
  partnerId: string;
  partnerName: string;
}) {
  const drafts = usePartnerDrafts(partnerId);
  const { openView } = useUiActions();
  const [creating, setCreating] = useState(false);
  return (
    <div className="partner-positioning">
      <button type="button" className="primary" onClick={() => setCreating(true)}>
        New positioning draft
      </button>
      {drafts === undefined ? (
        <p className="muted">Loading…</p>
      ) : drafts.length === 0 ? (
        <p className="muted">
          No positioning for {partnerName} yet. Start from a template, from the company positioning,
          or from another partner’s draft.
        </p>
      ) : (
        <ul className="draft-cards" aria-label={`Positioning drafts for ${partnerName}`}>
          {drafts.map((draft) => (
            <li key={draft.id} className="draft-card">
              <button
                type="button"
                className="link-button draft-title"
                onClick={() => openView({ name: 'draft', draftId: draft.id })}
              >
                {draft.title}
              </button>
              <span className={`status-badge status-${draft.status}`}>
                {STATUS_LABELS[draft.status]}
              </span>
              <span className="muted">
                {AUDIENCE_LABELS[draft.audience]} · {templateById(draft.template).name} ·{' '}
                {draft.iterationCount} iteration{draft.iterationCount === 1 ? '' : 's'} · changed{' '}
                {formatDateTime(draft.updatedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {creating ? (
        <NewDraftDialog
          partnerId={partnerId}
          partnerName={partnerName}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </div>
  );
}
