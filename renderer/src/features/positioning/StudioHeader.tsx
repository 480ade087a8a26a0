import type { PositioningDraft } from '../../../../shared/domain/positioning';
import { AUDIENCE_LABELS } from '../../../../shared/positioning/labels';
import { templateById } from '../../../../shared/positioning/templates';
import { useUiActions } from '../../state/ui-selectors';
import type { SaveStatus } from '../../ui/use-autosave';
import { useState } from 'react';
import { templateFromDraft } from '../../../../shared/domain/templates/positioning-from-template';
import { SaveTemplateDialog } from '../templates/SaveTemplateDialog';
import { CopyButtons } from './CopyButtons';
import type { WorkingCopy } from './DraftEditor';
import { StatusControl } from './StatusControl';
import { usePartnerName } from './use-positioning';

const SAVE_TEXT: Record<SaveStatus, string> = {
  saved: 'Working copy saved',
  pending: 'Editing…',
  saving: 'Saving…',
  invalid: 'Not saved: fix the highlighted fields',
  failed: 'Not saved: the workbook could not be written',
};

interface StudioHeaderProps {
  draft: PositioningDraft;
  title: string;
  workingCopy: WorkingCopy;
  saveStatus: SaveStatus;
  onCommit: () => void;
  onCompare: () => void;
  /** Back to the editor; absent while editing. */
  onEdit: (() => void) | undefined;
  onAnnounce: (message: string) => void;
}

/** The studio's header: where the draft belongs, its status, and what can be done with it. */
export function StudioHeader(props: StudioHeaderProps) {
  const { draft, saveStatus, onAnnounce } = props;
  const { openView, openPanel, setPanelTab } = useUiActions();
  const partnerName = usePartnerName(draft.partnerId);
  const [templating, setTemplating] = useState(false);
  const owner =
    draft.partnerId === undefined
      ? 'Company positioning'
      : partnerName === null
        ? 'Deleted partner'
        : (partnerName ?? '…');
  const backToPartner = () => {
    if (draft.partnerId === undefined || !partnerName) return;
    openView({ name: 'partners' });
    setPanelTab('positioning');
    openPanel({ mode: 'edit', partnerId: draft.partnerId });
  };
  return (
    <header className="studio-header">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <button
          type="button"
          className="link-button"
          onClick={() => openView({ name: 'positioning' })}
        >
          Positioning
        </button>
        <span aria-hidden="true"> / </span>
        {draft.partnerId !== undefined && partnerName ? (
          <button type="button" className="link-button" onClick={backToPartner}>
            {owner}
          </button>
        ) : (
          <span>{owner}</span>
        )}
      </nav>
      <div className="studio-title-row">
        <h2>{props.title.trim() || 'Untitled draft'}</h2>
        <StatusControl draft={draft} onAnnounce={onAnnounce} />
      </div>
      <p className="studio-meta">
        {AUDIENCE_LABELS[draft.audience]} · {templateById(draft.template).name} ·{' '}
        {draft.iterationCount === 0
          ? 'no iterations yet'
          : `${draft.iterationCount} iteration${draft.iterationCount === 1 ? '' : 's'}`}
        {' · '}
        <span className={`save-status status-${saveStatus}`} role="status">
          {SAVE_TEXT[saveStatus]}
        </span>
      </p>
      <div className="studio-actions" role="toolbar" aria-label="Draft actions">
        <button
          type="button"
          className="primary"
          aria-keyshortcuts="Control+S Meta+S"
          title="Save iteration (Ctrl+S)"
          onClick={props.onCommit}
        >
          Save iteration
        </button>
        {props.onEdit ? (
          <button type="button" onClick={props.onEdit}>
            Back to editing
          </button>
        ) : null}
        <button type="button" onClick={props.onCompare}>
          Compare
        </button>
        <CopyButtons
          draft={draft}
          subject={{ kind: 'working', ...props.workingCopy }}
          onAnnounce={onAnnounce}
        />
        <button type="button" onClick={() => setTemplating(true)}>
          Save as template
        </button>
      </div>
      {templating ? (
        <SaveTemplateDialog
          what="this draft"
          content={(name, description) =>
            templateFromDraft({ ...draft, fields: props.workingCopy.fields }, name, description)
          }
          onClose={() => setTemplating(false)}
        />
      ) : null}
    </header>
  );
}
