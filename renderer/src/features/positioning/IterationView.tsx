import type { PositioningDraft } from '../../../../shared/domain/positioning';
import { AUDIENCE_LABELS, STATUS_LABELS } from '../../../../shared/positioning/labels';
import { parseHttpUrl } from '../../../../shared/domain/people/source';
import { assembleStatement } from '../../../../shared/positioning/sentence';
import { useHost } from '../../app/workbook-context';
import { formatDateTime } from '../../ui/format';
import { IterationFeedback } from '../voice/IterationFeedback';
import { CopyButtons } from './CopyButtons';
import { FieldsReadout } from './FieldsReadout';
import { useIteration } from './use-positioning';

interface IterationViewProps {
  iterationId: string;
  draft: PositioningDraft;
  onCompare: () => void;
  onRestore: () => void;
  onAnnounce: (message: string) => void;
}

/** One committed iteration, read-only, with why it was made and what can be done with it. */
export function IterationView({ iterationId, draft, ...actions }: IterationViewProps) {
  const host = useHost();
  const iteration = useIteration(iterationId);
  if (iteration === undefined) return <p className="muted">Loading…</p>;
  if (iteration === null) return <p className="muted">This iteration was not found.</p>;
  const isHead = iteration.id === draft.headIterationId;
  return (
    <section className="iteration-view" aria-labelledby="iteration-title">
      <h3 id="iteration-title">
        Iteration {iteration.number}: {iteration.title}
      </h3>
      <p className="muted">
        {formatDateTime(iteration.committedAt)}
        {iteration.author ? ` · ${iteration.author}` : ''} · {STATUS_LABELS[iteration.status]} ·{' '}
        {AUDIENCE_LABELS[iteration.audience]}
        {iteration.restoredFrom ? ` · restores iteration ${iteration.restoredFrom}` : ''}
      </p>
      <dl className="facts">
        <dt>Why</dt>
        <dd className="prose">{iteration.rationale}</dd>
        {iteration.evidence ? (
          <>
            <dt>Evidence</dt>
            <dd className="prose">{iteration.evidence}</dd>
          </>
        ) : null}
        {iteration.evidenceUrl ? (
          <>
            <dt>Evidence link</dt>
            <dd>
              {/* A file can carry any text here; only an http(s) address becomes a link. */}
              {parseHttpUrl(iteration.evidenceUrl) ? (
                <a
                  href={iteration.evidenceUrl}
                  onClick={(e) => {
                    e.preventDefault();
                    if (iteration.evidenceUrl) void host.openExternal(iteration.evidenceUrl);
                  }}
                >
                  {iteration.evidenceUrl}
                </a>
              ) : (
                iteration.evidenceUrl
              )}
            </dd>
          </>
        ) : null}
      </dl>
      <IterationFeedback iterationId={iteration.id} />
      <div className="studio-actions" role="toolbar" aria-label="Iteration actions">
        <button type="button" onClick={actions.onCompare}>
          Compare with working copy
        </button>
        {isHead ? null : (
          <button type="button" onClick={actions.onRestore}>
            Restore this iteration
          </button>
        )}
        <CopyButtons
          draft={draft}
          subject={{ kind: 'iteration', iteration }}
          onAnnounce={actions.onAnnounce}
        />
      </div>
      {draft.template === 'positioning-statement' ? (
        <blockquote className="statement-preview">
          {assembleStatement(iteration.fields).text}
        </blockquote>
      ) : null}
      <FieldsReadout fields={iteration.fields} />
    </section>
  );
}
