import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { STATUS_LABELS } from '../../../../shared/positioning/labels';
import type { TimelineEntry } from '../../db/repos/positioning-repo';
import { formatDateTime } from '../../ui/format';
import { useTimeline } from './use-positioning';

interface HistoryTimelineProps {
  draftId: string;
  selectedId: string | undefined;
  onView: (iterationId: string) => void;
  onCompare: (iterationId: string) => void;
  onRestore: (iterationId: string) => void;
}

/**
 * Every iteration and status change of a draft, newest first. Drafts can gather thousands of
 * iterations, so only the entries in view are rendered.
 */
export function HistoryTimeline(props: HistoryTimelineProps) {
  const entries = useTimeline(props.draftId);
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = entries?.length ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    // Fixed heights per kind (the rationale is clamped to two lines): nothing to measure, so a
    // thousand entries position instantly and never shift while scrolling.
    estimateSize: (index) =>
      entries?.[index]?.kind === 'status' ? STATUS_HEIGHT : ITERATION_HEIGHT,
    overscan: 8,
  });
  const headNumber = entries?.find((e) => e.kind === 'iteration')?.iteration.number;
  return (
    <aside className="history" aria-labelledby="history-title">
      <h3 id="history-title">History</h3>
      {entries === undefined ? (
        <p className="muted">Loading…</p>
      ) : count === 0 ? (
        <p className="muted">
          No iterations yet. “Save iteration” records the working copy with why it changed.
        </p>
      ) : (
        <div className="history-scroll" ref={scrollRef}>
          <ol
            className="history-list"
            aria-label="Iterations and status changes"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const entry = entries[item.index];
              if (!entry) return null;
              return (
                <li
                  key={entryKey(entry)}
                  aria-setsize={count}
                  aria-posinset={item.index + 1}
                  style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                  className={
                    entry.kind === 'iteration' && entry.iteration.id === props.selectedId
                      ? 'history-entry selected'
                      : 'history-entry'
                  }
                >
                  <EntryView entry={entry} headNumber={headNumber} {...props} />
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </aside>
  );
}

const ITERATION_HEIGHT = 108;
const STATUS_HEIGHT = 60;

const entryKey = (entry: TimelineEntry) =>
  entry.kind === 'iteration' ? entry.iteration.id : entry.change.id;

function EntryView({
  entry,
  headNumber,
  onView,
  onCompare,
  onRestore,
}: HistoryTimelineProps & { entry: TimelineEntry; headNumber: number | undefined }) {
  if (entry.kind === 'status') {
    const { change } = entry;
    return (
      <div className="history-status">
        <span>
          Status {STATUS_LABELS[change.from]} → <strong>{STATUS_LABELS[change.to]}</strong>
        </span>
        <span className="muted">
          {formatDateTime(change.at)}
          {change.author ? ` · ${change.author}` : ''}
        </span>
        {change.note ? <p>{change.note}</p> : null}
      </div>
    );
  }
  const { iteration } = entry;
  const name = `iteration ${iteration.number}`;
  return (
    <article aria-label={`Iteration ${iteration.number}`}>
      <header className="history-head">
        <strong>Iteration {iteration.number}</strong>
        {iteration.number === headNumber ? <span className="badge">Latest</span> : null}
        <span className="muted">
          {formatDateTime(iteration.committedAt)}
          {iteration.author ? ` · ${iteration.author}` : ''}
        </span>
      </header>
      <p className="rationale" title={iteration.rationale}>
        {iteration.rationale}
      </p>
      <div className="history-actions">
        <button type="button" className="link-button" onClick={() => onView(iteration.id)}>
          View <span className="visually-hidden">{name}</span>
        </button>
        <button type="button" className="link-button" onClick={() => onCompare(iteration.id)}>
          Compare <span className="visually-hidden">{name} with the working copy</span>
        </button>
        {iteration.number !== headNumber ? (
          <button type="button" className="link-button" onClick={() => onRestore(iteration.id)}>
            Restore <span className="visually-hidden">{name}</span>
          </button>
        ) : null}
      </div>
    </article>
  );
}
