import './merge.css';
import { useState } from 'react';
import type { MergePlan, Resolutions } from '../../../../shared/files/merge/merge-types';
import { Dialog } from '../../ui/Dialog';
import { countOf } from '../../ui/format';
import { ConflictCard } from './ConflictCard';
import { describeCounts, isAnswered } from './merge-answers';

interface MergeReviewDialogProps {
  plan: MergePlan;
  fileName: string;
  onMerge: (resolutions: Resolutions) => void;
  onCancel: () => void;
}

/**
 * Reviews a merge before anything is written: what comes in from the colleague's file without
 * question, and every record changed on both sides (mine or theirs, field by field).
 */
export function MergeReviewDialog({ plan, fileName, onMerge, onCancel }: MergeReviewDialogProps) {
  const [answers, setAnswers] = useState<Resolutions>({});
  const open = plan.conflicts.filter((c) => !isAnswered(c, answers[c.key])).length;
  const changes = describeCounts(plan.counts);
  const answerAll = (side: 'mine' | 'theirs') =>
    setAnswers(Object.fromEntries(plan.conflicts.map((c) => [c.key, side])));
  return (
    <Dialog title={`Merge “${fileName}”`} onClose={onCancel} wide>
      <p>
        Their workbook “{plan.theirs.name}” into this one, “{plan.workbook.name}”. Nothing is
        written until you choose Merge.
      </p>
      {changes.length > 0 ? (
        <ul className="merge-changes" aria-label="Changes taken from their workbook">
          {changes.map((line) => (
            <li key={line}>{line.charAt(0).toUpperCase() + line.slice(1)}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing changed only in their workbook.</p>
      )}
      {plan.conflicts.length > 0 ? (
        <section aria-labelledby="conflicts-title">
          <h3 id="conflicts-title">
            {countOf(plan.conflicts.length, 'conflict')}: choose what to keep
          </h3>
          <div className="merge-all">
            <button type="button" onClick={() => answerAll('mine')}>
              Keep mine for all
            </button>
            <button type="button" onClick={() => answerAll('theirs')}>
              Take theirs for all
            </button>
          </div>
          <div className="conflict-list">
            {plan.conflicts.map((conflict) => (
              <ConflictCard
                key={conflict.key}
                conflict={conflict}
                resolution={answers[conflict.key]}
                onAnswer={(resolution) => setAnswers((a) => ({ ...a, [conflict.key]: resolution }))}
              />
            ))}
          </div>
        </section>
      ) : (
        <p>No conflicts: nothing was changed in both workbooks.</p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={open > 0}
          onClick={() => onMerge(answers)}
        >
          Merge
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {open > 0 ? (
          <span className="muted">{countOf(open, 'conflict')} still to answer</span>
        ) : null}
      </div>
    </Dialog>
  );
}
