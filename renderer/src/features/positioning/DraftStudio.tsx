import './positioning.css';
import { useState } from 'react';
import type { PositioningDraft } from '../../../../shared/domain/positioning';
import { useUiActions } from '../../state/ui-selectors';
import type { WorkingCopy } from './DraftEditor';
import { DraftWorkspace } from './DraftWorkspace';
import { useDraft } from './use-positioning';

/**
 * The positioning studio for one draft. The stored working copy seeds the editor once; after a
 * restore replaces the working copy, the workspace is mounted afresh from the restored content.
 */
export function DraftStudio({ draftId }: { draftId: string }) {
  const draft = useDraft(draftId);
  const { openView } = useUiActions();
  const [session, setSession] = useState<{ seed: number; initial: WorkingCopy } | null>(null);
  if (draft === undefined) return <p className="muted loading">Opening the draft…</p>;
  if (draft === null) {
    return (
      <div className="studio-missing">
        <p>This draft no longer exists.</p>
        <button type="button" onClick={() => openView({ name: 'positioning' })}>
          Show all positioning
        </button>
      </div>
    );
  }
  const current = session ?? { seed: 0, initial: workingCopyOf(draft) };
  return (
    <DraftWorkspace
      key={current.seed}
      draft={draft}
      initial={current.initial}
      onReplaced={(initial) => setSession({ seed: current.seed + 1, initial })}
    />
  );
}

function workingCopyOf(draft: PositioningDraft): WorkingCopy {
  return { title: draft.title, fields: draft.fields };
}
