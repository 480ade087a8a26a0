import {
  useTable,
  type SortingState,
  type Updater,
  type ColumnVisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, type KeyboardEvent } from 'react';
import type { Partner } from '../../../../shared/domain/partner';
import type { PartnerSort, PartnerSortColumn } from '../../../../shared/domain/partner-query';
import { PERF_MARKS, usePaintMark } from '../../ui/perf-marks';
import { partnerColumns, partnerTableFeatures } from './partner-columns';

const ROW_HEIGHT = 36;

interface PartnersTableProps {
  rows: Partner[];
  sort: readonly PartnerSort[];
  hiddenColumns: string[];
  selectedId: string | undefined;
  onSortChange: (sort: PartnerSort[]) => void;
  onOpen: (partnerId: string) => void;
  onDelete: (partnerId: string) => void;
}

function apply<T>(updater: Updater<T>, current: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater;
}

/**
 * The partners grid: TanStack Table for columns, headers and sort state; rows arrive already
 * filtered and sorted (shared/domain/partner-query), and only the visible ones are rendered.
 */
export function PartnersTable(props: PartnersTableProps) {
  const { rows, sort, hiddenColumns, selectedId, onSortChange, onOpen, onDelete } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const sorting: SortingState = useMemo(
    () => sort.map((s) => ({ id: s.column, desc: s.desc })),
    [sort],
  );
  const columnVisibility: ColumnVisibilityState = useMemo(
    () => Object.fromEntries(hiddenColumns.map((id) => [id, false])),
    [hiddenColumns],
  );
  const table = useTable({
    features: partnerTableFeatures,
    columns: partnerColumns,
    data: rows,
    getRowId: (partner) => partner.id,
    manualSorting: true,
    enableMultiSort: true,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => {
      const next = apply(updater, sorting);
      onSortChange(next.map((s) => ({ column: s.id as PartnerSortColumn, desc: s.desc })));
    },
  });
  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  usePaintMark(PERF_MARKS.firstRowsPainted, tableRows.length > 0);
  const columns = table.getVisibleLeafColumns();
  const template = columns.map((column) => `minmax(${column.getSize()}px, 1fr)`).join(' ');
  const minWidth = columns.reduce((sum, column) => sum + column.getSize(), 0);

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, id: string, index: number) => {
    if (event.key === 'Enter') onOpen(id);
    else if (event.key === 'Delete') onDelete(id);
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = Math.min(
        Math.max(index + (event.key === 'ArrowDown' ? 1 : -1), 0),
        tableRows.length - 1,
      );
      virtualizer.scrollToIndex(next);
      requestAnimationFrame(() => {
        scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${next}"]`)?.focus();
      });
    }
  };

  return (
    <div className="grid-scroll" ref={scrollRef}>
      <table
        className="grid"
        aria-label="Partners"
        aria-rowcount={tableRows.length + 1}
        style={{ minWidth }}
      >
        <thead className="grid-head">
          {table.getHeaderGroups().map((group) => (
            <tr
              key={group.id}
              className="grid-row"
              aria-rowindex={1}
              style={{ gridTemplateColumns: template }}
            >
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
        <tbody className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = tableRows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                data-index={item.index}
                className="grid-row"
                aria-rowindex={item.index + 2}
                aria-selected={row.id === selectedId}
                tabIndex={0}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)` }}
                onClick={() => onOpen(row.id)}
                onKeyDown={(event) => onRowKey(event, row.id, item.index)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
