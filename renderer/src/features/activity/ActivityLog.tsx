import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import type { ActivityFilter, ActivityRow } from '../../db/repos/activity-repo';
import { ACTIVITY_KIND_LABELS } from '../../../../shared/domain/people/people-labels';
import { countOf, formatDate } from '../../ui/format';
import { gridBodyStyle, gridTableStyle } from '../../ui/grid-style';
import { useRovingList } from '../../ui/use-roving-list';
import { LogWindow } from './log-window';
import { useActivityLog } from './use-activity-log';

const ROW_HEIGHT = 36;
const COLUMNS = [
  'Date',
  'Partner',
  'Kind',
  'Direction',
  'Purpose',
  'Title',
  'Notes',
  'Outcome',
  'Actions',
];
const TEMPLATE =
  '130px 160px 140px 100px 120px minmax(160px, 2fr) minmax(120px, 2fr) minmax(120px, 1fr) 130px';

interface ActivityLogProps {
  filter: ActivityFilter;
  /** What the filter covers, for the caption ("in 2026", "with Baltic Data in 2026"). */
  caption: string;
  onEdit: (row: ActivityRow) => void;
  onDelete: (row: ActivityRow) => void;
}

/**
 * The activity log, newest first: a virtualised table that reads only the pages in view, so a
 * log of a million activities opens and scrolls like a short one. From the keyboard, the arrows
 * move between rows, Enter edits one and Delete deletes it.
 */
export function ActivityLog({ filter, caption, onEdit, onDelete }: ActivityLogProps) {
  const { log, snapshot } = useActivityLog(filter);
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = snapshot.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    log.request(first, last);
  }, [log, first, last, total]);
  const reveal = useCallback((index: number) => virtualizer.scrollToIndex(index), [virtualizer]);
  const withRow = (act: (row: ActivityRow) => void) => (index: number) => {
    const row = LogWindow.rowAt(snapshot, index);
    if (row) act(row);
  };
  const { rowProps } = useRovingList({
    count: total,
    containerRef: scrollRef,
    reveal,
    rendered: { first, last },
    onOpen: withRow(onEdit),
    onDelete: withRow(onDelete),
  });

  return (
    <div className="activity-log">
      <p className="muted" role="status">
        {snapshot.total === undefined
          ? 'Reading the log…'
          : `${countOf(snapshot.total, 'activity', 'activities')} ${caption}.`}
      </p>
      <div className="grid-scroll activity-log-scroll" ref={scrollRef}>
        <table
          className="grid"
          aria-label="Activity log"
          aria-rowcount={total + 1}
          style={gridTableStyle(TEMPLATE)}
        >
          <thead className="grid-head">
            <tr className="grid-row" aria-rowindex={1}>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="activity-head">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody
            className="grid-body"
            style={gridBodyStyle(virtualizer.getTotalSize(), items[0]?.start ?? 0)}
          >
            {items.map((item) => {
              const row = LogWindow.rowAt(snapshot, item.index);
              return (
                <tr
                  key={item.index}
                  className="grid-row activity-row"
                  aria-rowindex={item.index + 2}
                  {...rowProps(item.index)}
                >
                  {row ? (
                    <LogCells row={row} onEdit={onEdit} onDelete={onDelete} />
                  ) : (
                    <td className="muted">Loading…</td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function LogCells({
  row,
  onEdit,
  onDelete,
}: {
  row: ActivityRow;
  onEdit: (row: ActivityRow) => void;
  onDelete: (row: ActivityRow) => void;
}) {
  const { activity, partnerName } = row;
  return (
    <>
      <td>{formatDate(activity.occurredAt)}</td>
      <td title={partnerName}>{partnerName}</td>
      <td>{activity.kind ? ACTIVITY_KIND_LABELS[activity.kind] : ''}</td>
      <td>{activity.direction === 'inbound' ? 'Inbound' : 'Outbound'}</td>
      <td>{activity.purpose === 'development' ? 'Development' : 'Sales'}</td>
      <td title={activity.title}>{activity.title}</td>
      <td title={activity.notes}>{activity.notes}</td>
      <td title={activity.outcome}>{activity.outcome}</td>
      <td className="row-actions">
        <button
          type="button"
          className="link-button"
          aria-label={`Edit ${activity.title}`}
          onClick={() => onEdit(row)}
        >
          Edit
        </button>
        <button
          type="button"
          className="link-button danger"
          aria-label={`Delete ${activity.title}`}
          onClick={() => onDelete(row)}
        >
          Delete
        </button>
      </td>
    </>
  );
}
