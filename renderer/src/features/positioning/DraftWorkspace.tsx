import { useState } from 'react';
import type { PositioningDraft } from '../../../../shared/domain/positioning';
import { useWorkbook } from '../../app/workbook-context';
import { useAutosave } from '../../ui/use-autosave';
import { useCommandHandler } from '../commands/command-handlers';
import { CommitDialog } from './CommitDialog';
import { CompareView, type CompareSource } from './CompareView';
import { DraftEditor, type WorkingCopy } from './DraftEditor';
import { HistoryTimeline } from './HistoryTimeline';
import { IterationView } from './IterationView';
import { RestoreDialog } from './RestoreDialog';
import { StudioHeader } from './StudioHeader';

/** What the studio's main area shows. */
export type StudioMode =
  | { name: 'edit' }
  | { name: 'iteration'; iterationId: string }
  | { name: 'compare'; left: CompareSource; right: CompareSource };

interface DraftWorkspaceProps {
  draft: PositioningDraft;
  initial: WorkingCopy;
  /** The working copy was replaced in storage (a restore): start again from this content. */
  onReplaced: (copy: WorkingCopy) => void;
}

/** The studio's working area: header and actions, the editor or a comparison, and the history. */
export function DraftWorkspace({ draft, initial, onReplaced }: DraftWorkspaceProps) {
  const { positioning } = useWorkbook();
  const [copy, setCopy] = useState(initial);
  const { status, errors, flush } = useAutosave(copy, (value) =>
    positioning.saveWorkingCopy(draft.id, value),
  );
  const [mode, setMode] = useState<StudioMode>({ name: 'edit' });
  const [committing, setCommitting] = useState(false);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const working: CompareSource = { kind: 'working', draftId: draft.id };
  const startCommit = () => void flush().then(() => setCommitting(true));
  // Save iteration (Ctrl+S, Cmd+S on a Mac, as a save would in any editor; or the menu or the
  // palette) is offered while a draft is open.
  useCommandHandler('save-iteration', () => {
    if (!committing && restoring === null) startCommit();
  });
  const compareWith = (iterationId: string) =>
    setMode({ name: 'compare', left: { kind: 'iteration', iterationId }, right: working });

  return (
    <div className="studio">
      <StudioHeader
        draft={draft}
        title={copy.title}
        saveStatus={status}
        onCommit={startCommit}
        onCompare={() => setMode(defaultComparison(draft, working))}
        onEdit={mode.name === 'edit' ? undefined : () => setMode({ name: 'edit' })}
        onAnnounce={setAnnouncement}
        workingCopy={copy}
      />
      <p className="studio-notice" role="status">
        {announcement}
      </p>
      <div className="studio-body">
        <main className="studio-main" aria-label="Draft">
          {mode.name === 'edit' ? (
            <DraftEditor template={draft.template} copy={copy} errors={errors} onChange={setCopy} />
          ) : mode.name === 'iteration' ? (
            <IterationView
              iterationId={mode.iterationId}
              draft={draft}
              onCompare={() => compareWith(mode.iterationId)}
              onRestore={() => setRestoring(mode.iterationId)}
              onAnnounce={setAnnouncement}
            />
          ) : (
            <CompareView
              draft={draft}
              workingCopy={copy}
              left={mode.left}
              right={mode.right}
              onChange={(left, right) => setMode({ name: 'compare', left, right })}
            />
          )}
        </main>
        <HistoryTimeline
          draftId={draft.id}
          selectedId={mode.name === 'iteration' ? mode.iterationId : undefined}
          onView={(iterationId) => setMode({ name: 'iteration', iterationId })}
          onCompare={compareWith}
          onRestore={setRestoring}
        />
      </div>
      {committing ? (
        <CommitDialog
          draft={draft}
          onClose={() => setCommitting(false)}
          onCommitted={(number) => {
            setCommitting(false);
            setAnnouncement(`Saved iteration ${number}.`);
          }}
        />
      ) : null}
      {restoring ? (
        <RestoreDialog
          draft={draft}
          iterationId={restoring}
          workingCopy={copy}
          onClose={() => setRestoring(null)}
          onRestored={(iteration) => {
            setRestoring(null);
            onReplaced({ title: iteration.title, fields: iteration.fields });
          }}
        />
      ) : null}
    </div>
  );
}

// The natural first comparison: the head against the iteration before it; with one iteration,
// the working copy against it.
function defaultComparison(draft: PositioningDraft, working: CompareSource): StudioMode {
  const head = draft.headIterationId;
  if (head === undefined) return { name: 'compare', left: working, right: working };
  if (draft.iterationCount < 2) {
    return { name: 'compare', left: { kind: 'iteration', iterationId: head }, right: working };
  }
  const previous: CompareSource = {
    kind: 'number',
    draftId: draft.id,
    number: draft.iterationCount - 1,
  };
  return { name: 'compare', left: previous, right: { kind: 'iteration', iterationId: head } };
}
