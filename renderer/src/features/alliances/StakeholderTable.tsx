import { useEffect, useRef } from 'react';
import {
  INFLUENCE_LABELS,
  STANCE_LABELS,
  TEAM_LABELS,
} from '../../../../shared/domain/people/people-labels';
import { isInfluentialOpponent } from '../../../../shared/domain/people/stakeholder';
import type { Stakeholder } from '../../../../shared/domain/people/stakeholder';
import { formatDate } from '../../ui/format';
import { useRovingList } from '../../ui/use-roving-list';
import {
  ageText,
  type StakeholderRow,
  type StakeholderSort,
  type StakeholderSortKey,
} from './stakeholder-rows';

// Past this many partners a cell names the first and counts the rest.
const PARTNERS_NAMED = 3;

function partnersText(names: readonly string[]): string {
  if (names.length <= PARTNERS_NAMED) return names.join(', ');
  const rest = names.length - PARTNERS_NAMED;
  return `${names.slice(0, PARTNERS_NAMED).join(', ')} and ${rest} more`;
}

/**
 * The stakeholders as a table sortable by every column, one of them focused if asked; the arrows
 * move between rows, Enter edits one and Delete deletes it.
 */
export function StakeholderTable({
  rows,
  sort,
  onSort,
  focus,
  onEdit,
  onDelete,
}: {
  rows: readonly StakeholderRow[];
  sort: StakeholderSort;
  onSort: (sort: StakeholderSort) => void;
  /** The stakeholder to focus; a new object each time focus is asked for, even for the same one. */
  focus: { id: string } | undefined;
  onEdit: (stakeholder: Stakeholder) => void;
  onDelete: (stakeholder: Stakeholder) => void;
}) {
  const focusedRow = useRef<HTMLTableRowElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const at = (act: (stakeholder: Stakeholder) => void) => (index: number) => {
    const row = rows[index];
    if (row) act(row.stakeholder);
  };
  const { rowProps } = useRovingList({
    count: rows.length,
    containerRef: tableRef,
    onOpen: at(onEdit),
    onDelete: at(onDelete),
  });
  const focusedId = focus?.id;
  const focusedPresent = rows.some((row) => row.stakeholder.id === focusedId);
  // Focus moves to the asked-for row once it is on screen (search and the grid ask for it).
  useEffect(() => {
    if (!focusedPresent) return;
    focusedRow.current?.scrollIntoView({ block: 'nearest' });
    focusedRow.current?.focus();
  }, [focus, focusedPresent]);
  const header = (key: StakeholderSortKey, label: string) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort({ key, desc: sort.key === key ? !sort.desc : false })}
      >
        {label}
        {sort.key === key ? <span aria-hidden="true">{sort.desc ? ' ▼' : ' ▲'}</span> : null}
      </button>
    </th>
  );
  return (
    <table className="simple-table stakeholder-table" aria-label="Stakeholders" ref={tableRef}>
      <thead>
        <tr>
          {header('name', 'Name')}
          {header('team', 'Team')}
          {header('role', 'Role')}
          {header('influence', 'Influence')}
          {header('stance', 'Stance')}
          {header('partners', 'Partners')}
          {header('lastMet', 'Last met')}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ stakeholder: s, partnerNames, daysSinceMet }, index) => {
          const focused = s.id === focusedId;
          const opponent = isInfluentialOpponent(s);
          return (
            <tr
              key={s.id}
              ref={focused ? focusedRow : undefined}
              {...rowProps(index)}
              aria-current={focused ? 'true' : undefined}
              className={focused ? 'focused-row' : undefined}
            >
              <th scope="row">{s.name}</th>
              <td>{TEAM_LABELS[s.team]}</td>
              <td>{s.role}</td>
              <td>{INFLUENCE_LABELS[s.influence]}</td>
              <td>
                {STANCE_LABELS[s.stance]}
                {opponent ? (
                  <span className="opponent-badge">
                    <span aria-hidden="true">⚑</span> Win over
                  </span>
                ) : null}
              </td>
              <td title={partnerNames.join(', ')}>{partnersText(partnerNames)}</td>
              <td>
                {s.lastMetAt === undefined || daysSinceMet === undefined ? (
                  <span className="muted">Not met yet</span>
                ) : (
                  <>
                    {formatDate(s.lastMetAt)}{' '}
                    <span className="muted">({ageText(daysSinceMet)})</span>
                  </>
                )}
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Edit ${s.name}`}
                  onClick={() => onEdit(s)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="link-button danger"
                  aria-label={`Delete ${s.name}`}
                  onClick={() => onDelete(s)}
                >
                  Delete
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
