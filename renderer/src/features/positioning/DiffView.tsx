import { memo } from 'react';
import { diffSummary, type DiffPart, type FieldDiff } from '../../../../shared/positioning/diff';

const CHANGE_LABELS: Record<FieldDiff['change'], string> = {
  unchanged: 'Unchanged',
  changed: 'Changed',
  added: 'Added',
  removed: 'Removed',
};

/**
 * A word-level comparison, field by field: the older text on the left with deletions struck, the
 * newer on the right with insertions marked. Unchanged fields are folded away.
 */
export const DiffView = memo(function DiffView({ diffs }: { diffs: readonly FieldDiff[] }) {
  const summary = diffSummary(diffs);
  const changed = diffs.filter((d) => d.change !== 'unchanged');
  const unchanged = diffs.filter((d) => d.change === 'unchanged');
  return (
    <div className="diff">
      <p className="diff-summary" role="status">
        {changed.length === 0
          ? 'No differences.'
          : `${plural(summary.changedFields, 'field')} changed: ${plural(summary.addedWords, 'word')} added, ${plural(summary.removedWords, 'word')} removed.`}
      </p>
      {changed.map((diff) => (
        <section key={diff.key} className="diff-field" aria-label={diff.label}>
          <h4>
            {diff.label}{' '}
            <span className={`badge diff-${diff.change}`}>{CHANGE_LABELS[diff.change]}</span>
          </h4>
          <div className="diff-columns">
            <div className="diff-side" aria-label={`${diff.label}, before`}>
              <Parts parts={diff.parts} hide="added" />
            </div>
            <div className="diff-side" aria-label={`${diff.label}, after`}>
              <Parts parts={diff.parts} hide="removed" />
            </div>
          </div>
        </section>
      ))}
      {unchanged.length > 0 ? (
        <details className="diff-unchanged">
          <summary>{plural(unchanged.length, 'unchanged field')}</summary>
          {unchanged.map((diff) => (
            <section key={diff.key} className="diff-field" aria-label={diff.label}>
              <h4>{diff.label}</h4>
              <div className="diff-side">
                <Parts parts={diff.parts} hide="added" />
              </div>
            </section>
          ))}
        </details>
      ) : null}
    </div>
  );
});

function Parts({ parts, hide }: { parts: readonly DiffPart[]; hide: DiffPart['kind'] }) {
  return (
    <p className="prose">
      {parts.map((part, index) =>
        part.kind === hide ? null : part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={index}>{part.text}</ins>
        ) : (
          <del key={index}>{part.text}</del>
        ),
      )}
    </p>
  );
}

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
