import { useId, useMemo } from 'react';
import type { PositioningDraft } from '../../../../shared/domain/positioning';
import { diffFields } from '../../../../shared/positioning/diff';
import {
  parseSourceValue,
  sourceValue,
  useCompareContent,
  type CompareContent,
  type CompareSource,
} from './compare-sources';
import { DiffView } from './DiffView';
import type { WorkingCopy } from './DraftEditor';
import { useDraftListings, useIterations } from './use-positioning';

export type { CompareSource } from './compare-sources';

interface CompareViewProps {
  draft: PositioningDraft;
  workingCopy: WorkingCopy;
  left: CompareSource;
  right: CompareSource;
  onChange: (left: CompareSource, right: CompareSource) => void;
}

/** Two versions side by side, word by word: iterations of this draft, its working copy, or another draft. */
export function CompareView({ draft, workingCopy, left, right, onChange }: CompareViewProps) {
  const leftContent = useCompareContent(left, draft.id, workingCopy);
  const rightContent = useCompareContent(right, draft.id, workingCopy);
  return (
    <section className="compare" aria-label="Comparison">
      <div className="compare-pickers">
        <SourcePicker
          label="From"
          draft={draft}
          value={left}
          onChange={(source) => onChange(source, right)}
        />
        <SourcePicker
          label="To"
          draft={draft}
          value={right}
          onChange={(source) => onChange(left, source)}
        />
      </div>
      <ComparisonBody left={leftContent} right={rightContent} />
    </section>
  );
}

function ComparisonBody({
  left,
  right,
}: {
  left: CompareContent | null | undefined;
  right: CompareContent | null | undefined;
}) {
  const diffs = useMemo(
    () =>
      left && right
        ? diffFields(
            [{ key: 'title', label: 'Title', kind: 'text', value: left.title }, ...left.fields],
            [{ key: 'title', label: 'Title', kind: 'text', value: right.title }, ...right.fields],
          )
        : undefined,
    [left, right],
  );
  if (left === null || right === null) {
    return <p className="muted">One of these versions no longer exists.</p>;
  }
  if (!diffs) return <p className="muted">Loading…</p>;
  return <DiffView diffs={diffs} />;
}

interface SourcePickerProps {
  label: string;
  draft: PositioningDraft;
  value: CompareSource;
  onChange: (source: CompareSource) => void;
}

function SourcePicker({ label, draft, value, onChange }: SourcePickerProps) {
  const id = useId();
  const iterations = useIterations(draft.id);
  const drafts = useDraftListings();
  // A source named by number shows as the iteration it resolves to.
  const resolved =
    value.kind === 'number'
      ? iterations?.find((i) => i.draftId === value.draftId && i.number === value.number)
      : undefined;
  const current = resolved ? `iteration:${resolved.id}` : sourceValue(value);
  const others = (drafts ?? []).filter((d) => d.id !== draft.id);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          const source = parseSourceValue(e.target.value);
          if (source) onChange(source);
        }}
      >
        <optgroup label="This draft">
          <option value={`working:${draft.id}`}>Working copy</option>
          {[...(iterations ?? [])].reverse().map((iteration) => (
            <option key={iteration.id} value={`iteration:${iteration.id}`}>
              Iteration {iteration.number}: {clip(iteration.rationale)}
            </option>
          ))}
        </optgroup>
        {others.length > 0 ? (
          <optgroup label="Other drafts (latest iteration)">
            {others.map((other) => (
              <option key={other.id} value={`draft:${other.id}`}>
                {other.title} —{' '}
                {other.partnerName ?? (other.partnerId ? 'deleted partner' : 'company')}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </div>
  );
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
