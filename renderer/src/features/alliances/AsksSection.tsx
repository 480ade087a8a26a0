import { useId, useMemo, useRef, useState } from 'react';
import { useRovingList } from '../../ui/use-roving-list';
import { ASK_STATUSES, STALLED_AFTER_DAYS, type Ask } from '../../../../shared/domain/people/ask';
import { ASK_STATUS_LABELS } from '../../../../shared/domain/people/people-labels';
import type { Stakeholder } from '../../../../shared/domain/people/stakeholder';
import type { IsoDate } from '../../../../shared/domain/strategy/iso-date';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { countOf, formatDate } from '../../ui/format';
import { FormError } from '../../ui/FormError';
import { AskDialog } from './AskDialog';
import { askRows, stalledText, type AskRow, type AskView } from './ask-rows';
import type { PartnerDirectory } from './use-alliances';
import { undoThisChange } from '../undo/undo-actions';

type Editing = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; ask: Ask };

function StatusCell({ row }: { row: AskRow }) {
  return (
    <>
      <span className={`status-badge ask-status-${row.ask.status}`}>
        {ASK_STATUS_LABELS[row.ask.status]}
      </span>
      {row.flag === 'stalled' && row.daysWaiting !== undefined ? (
        <span className="stalled-badge">{stalledText(row.daysWaiting)}</span>
      ) : null}
    </>
  );
}

/**
 * The asks made of colleagues, filterable by status, with a one-click view of the declined and
 * stalled ones (stalled: still at "asked" more than 21 days on), and add, edit and delete.
 */
export function AsksSection({
  asks,
  stakeholders,
  directory,
  today,
}: {
  asks: readonly Ask[];
  stakeholders: readonly Stakeholder[];
  directory: PartnerDirectory;
  today: IsoDate;
}) {
  const titleId = useId();
  const filterId = useId();
  const { asks: repo } = useWorkbook();
  const { offerUndo } = useUiActions();
  const [view, setView] = useState<AskView>({ kind: 'status', status: 'all' });
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [error, setError] = useState<string | null>(null);
  const names = useMemo(() => {
    const byId = new Map(stakeholders.map((s) => [s.id, s.name]));
    return { stakeholder: (id: string) => byId.get(id), partner: directory.nameOf };
  }, [stakeholders, directory.nameOf]);
  const rows = useMemo(() => askRows(asks, view, names, today), [asks, view, names, today]);
  const followUp = view.kind === 'follow-up';
  const remove = async (ask: Ask) => {
    try {
      const removed = await repo.remove(ask.id);
      setError(null);
      if (removed) {
        offerUndo({
          message: `Deleted the ask “${removed.what}”.`,
          undo: undoThisChange(),
        });
      }
    } catch {
      setError('The ask could not be deleted. Nothing was changed.');
    }
  };
  const tableRef = useRef<HTMLTableElement>(null);
  const { rowProps } = useRovingList({
    count: rows.length,
    containerRef: tableRef,
    onOpen: (index) => {
      const row = rows[index];
      if (row) setEditing({ mode: 'edit', ask: row.ask });
    },
    onDelete: (index) => {
      const row = rows[index];
      if (row) void remove(row.ask);
    },
  });
  return (
    <section className="alliance-card" aria-labelledby={titleId}>
      <div className="alliance-card-header">
        <h3 id={titleId}>Asks</h3>
        <label htmlFor={filterId}>Status</label>
        <select
          id={filterId}
          value={view.kind === 'status' ? view.status : 'all'}
          disabled={followUp}
          onChange={(e) =>
            setView({
              kind: 'status',
              status: ASK_STATUSES.find((s) => s === e.target.value) ?? 'all',
            })
          }
        >
          <option value="all">Any</option>
          {ASK_STATUSES.map((status) => (
            <option key={status} value={status}>
              {ASK_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        <button
          type="button"
          aria-pressed={followUp}
          className={followUp ? 'toggle on' : 'toggle'}
          onClick={() =>
            setView(followUp ? { kind: 'status', status: 'all' } : { kind: 'follow-up' })
          }
        >
          Declined and stalled
        </button>
        <div className="spacer" />
        <button
          type="button"
          className="primary"
          disabled={stakeholders.length === 0}
          onClick={() => setEditing({ mode: 'add' })}
        >
          Add ask
        </button>
      </div>
      {stakeholders.length === 0 ? (
        <p className="muted">Add a colleague to the stakeholder map before recording an ask.</p>
      ) : null}
      <FormError message={error} />
      <p className="muted" role="status">
        {followUp
          ? `${countOf(rows.length, 'ask')} to follow up: declined, or asked over ${STALLED_AFTER_DAYS} days ago with no answer.`
          : `${countOf(rows.length, 'ask')} shown.`}
      </p>
      {rows.length > 0 ? (
        <table
          className="simple-table"
          aria-label={followUp ? 'Declined and stalled asks' : 'Asks'}
          ref={tableRef}
        >
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Why</th>
              <th scope="col">Colleague</th>
              <th scope="col">Partner</th>
              <th scope="col">Status</th>
              <th scope="col">Asked on</th>
              <th scope="col">Outcome</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.ask.id} {...rowProps(index)}>
                <th scope="row">{row.ask.what}</th>
                <td className="prose-cell">{row.ask.why}</td>
                <td>{row.stakeholderName}</td>
                <td>{row.partnerName ?? <span className="muted">None</span>}</td>
                <td>
                  <StatusCell row={row} />
                </td>
                <td>{formatDate(row.ask.askedAt)}</td>
                <td className="prose-cell">{row.ask.outcome}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Edit ask ${row.ask.what}`}
                    onClick={() => setEditing({ mode: 'edit', ask: row.ask })}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="link-button danger"
                    aria-label={`Delete ask ${row.ask.what}`}
                    onClick={() => void remove(row.ask)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {editing.mode !== 'closed' ? (
        <AskDialog
          ask={editing.mode === 'edit' ? editing.ask : undefined}
          stakeholders={stakeholders}
          directory={directory}
          today={today}
          onClose={() => setEditing({ mode: 'closed' })}
        />
      ) : null}
    </section>
  );
}
