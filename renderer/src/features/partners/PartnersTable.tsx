import {
  useTable,
  type SortingState,
  type Updater,
  type ColumnVisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { PartnerRow } from '../../../../shared/domain/partner-row';
import type { PartnerSort, PartnerSortColumn } from '../../../../shared/domain/partner-query';
import { gridBodyStyle, gridTableStyle } from '../../ui/grid-style';
import { PERF_MARKS, usePaintMark } from '../../ui/perf-marks';
import { useRovingList } from '../../ui/use-roving-list';
import { PARTNER_CELLS, type PartnerCellContext } from './partner-cells';
import { partnerColumns, partnerTableFeatures } from './partner-columns';

const ROW_HEIGHT = 36;
const NO_ROWS: PartnerRow[] = [];

const isColumn = (id: string): id is PartnerSortColumn => id in PARTNER_CELLS;
const cellOf = (id: string, row: PartnerRow, context: PartnerCellContext) =>
  isColumn(id) ? PARTNER_CELLS[id](row, context) : null;

interface PartnersTableProps {
  rows: readonly PartnerRow[];
  sort: readonly PartnerSort[];
  hiddenColumns: string[];
  selectedId: string | undefined;
  /** The workbook's words the cells show; keep its identity stable (see useTierLabels). */
  cellContext: PartnerCellContext;
  onSortChange: (sort: PartnerSort[]) => void;
  onOpen: (partnerId: string) => void;
  onDelete: (partnerId: string) => void;
  /** Escape on a row: closes the open partner's panel. */
  onEscape: () => void;
}

function apply<T>(updater: Updater<T>, current: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater;
}

/**
 * The partners grid: TanStack Virtual picks the rows in view, and TanStack Table renders only
 * those (with the column, header and sort state). Rows arrive already sorted and filtered by
 * shared/domain/partner-query, so 100,000 rows never become 100,000 table row models.
 */
export const PartnersTable = memo(function PartnersTable(props: PartnersTableProps) {
  const { rows, sort, hiddenColumns, selectedId, cellContext, onSortChange, onOpen, onDelete } =
    props;
  const { onEscape } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const sorting: SortingState = useMemo(
    () => sort.map((s) => ({ id: s.column, desc: s.desc })),
    [sort],
  );
  const columnVisibility: ColumnVisibilityState = useMemo(
    () => Object.fromEntries(hiddenColumns.map((id) => [id, false])),
    [hiddenColumns],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  // The table holds the columns, headers and sort state; the body renders the rows in view
  // straight from PARTNER_CELLS, so scrolling builds no row models.
  const table = useTable({
    features: partnerTableFeatures,
    columns: partnerColumns,
    data: NO_ROWS,
    meta: cellContext,
    // Without rows TanStack cannot guess a column's first direction from its values: ascending,
    // unless the column says otherwise (health and last activity start descending).
    sortDescFirst: false,
    manualSorting: true,
    enableMultiSort: true,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => {
      const next = apply(updater, sorting);
      onSortChange(next.map((s) => ({ column: s.id as PartnerSortColumn, desc: s.desc })));
    },
  });
  usePaintMark(PERF_MARKS.firstRowsPainted, items.length > 0 && rows.length > 0);
  const columns = table.getVisibleLeafColumns();
  const template = columns.map((column) => `minmax(${column.getSize()}px, 1fr)`).join(' ');
  const minWidth = columns.reduce((sum, column) => sum + column.getSize(), 0);

  const reveal = useCallback((index: number) => virtualizer.scrollToIndex(index), [virtualizer]);
  const { rowProps, focusRow } = useRovingList({
    count: rows.length,
    containerRef: scrollRef,
    reveal,
    onOpen: (index) => {
      const row = rows[index];
      if (row) onOpen(row.id);
    },
    onDelete: (index) => {
      const row = rows[index];
      if (row) onDelete(row.id);
    },
    onEscape,
    rendered: { first: items[0]?.index ?? 0, last: items.at(-1)?.index ?? 0 },
  });
  useReturnFocus(selectedId, rows, focusRow);

  return (
    <div className="grid-scroll" ref={scrollRef}>
      <table
        className="grid"
        aria-label="Partners"
        aria-rowcount={rows.length + 1}
        style={gridTableStyle(template, { minWidth })}
      >
        <thead className="grid-head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="grid-row" aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                    }
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      <table.FlexRender header={header} />
                      <span aria-hidden="true" className="sort-mark">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody
          className="grid-body"
          style={gridBodyStyle(virtualizer.getTotalSize(), items[0]?.start ?? 0)}
        >
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                data-index={item.index}
                className="grid-row"
                aria-rowindex={item.index + 2}
                aria-selected={row.id === selectedId}
                {...rowProps(item.index)}
                onClick={() => onOpen(row.id)}
              >
                {columns.map((column) => (
                  <td key={column.id}>{cellOf(column.id, row, cellContext)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});

/**
 * When the partner's panel closes and focus went with it (Escape, Close details), focus goes
 * back to that partner's row, so the keyboard carries on from where it was.
 */
function useReturnFocus(
  selectedId: string | undefined,
  rows: readonly PartnerRow[],
  focusRow: (index: number) => void,
): void {
  const previous = useRef(selectedId);
  const rowsRef = useRef(rows);
  useEffect(() => {
    rowsRef.current = rows;
  });
  useEffect(() => {
    const closed = previous.current;
    previous.current = selectedId;
    if (closed === undefined || selectedId !== undefined) return;
    const focused = document.activeElement;
    if (focused !== null && focused !== document.body) return;
    const index = rowsRef.current.findIndex((row) => row.id === closed);
    if (index >= 0) focusRow(index);
  }, [selectedId, focusRow]);
}
