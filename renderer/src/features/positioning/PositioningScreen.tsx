import './positioning.css';
import { useMemo, useRef, useState } from 'react';
import {
  POSITIONING_STATUSES,
  type PositioningStatus,
} from '../../../../shared/domain/positioning';
import { compareTexts } from '../../../../shared/domain/sort-key';
import { AUDIENCE_LABELS, STATUS_LABELS } from '../../../../shared/positioning/labels';
import { templateById } from '../../../../shared/positioning/templates';
import { useUiActions } from '../../state/ui-selectors';
import { formatDateTime } from '../../ui/format';
import { useRovingList } from '../../ui/use-roving-list';
import { NewDraftDialog } from './NewDraftDialog';
import { useDraftListings, type DraftListing } from './use-positioning';

type SortKey = 'title' | 'partner' | 'status' | 'iterations' | 'updated';

const partnerLabel = (d: DraftListing) =>
  d.partnerId === undefined ? 'Company' : (d.partnerName ?? 'Deleted partner');

const COMPARE: Record<SortKey, (a: DraftListing, b: DraftListing) => number> = {
  title: (a, b) => compareTexts(a.title, b.title),
  partner: (a, b) => compareTexts(partnerLabel(a), partnerLabel(b)),
  status: (a, b) => POSITIONING_STATUSES.indexOf(a.status) - POSITIONING_STATUSES.indexOf(b.status),
  iterations: (a, b) => a.iterationCount - b.iterationCount,
  updated: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
};

/** Every positioning draft in the workbook: whose it is, for whom, where it stands. */
export function PositioningScreen() {
  const drafts = useDraftListings();
  const { openView } = useUiActions();
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<PositioningStatus | ''>('');
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'updated', desc: true });
  const rows = useMemo(() => {
    const shown = (drafts ?? []).filter((d) => status === '' || d.status === status);
    const sorted = [...shown].sort(COMPARE[sort.key]);
    return sort.desc ? sorted.reverse() : sorted;
  }, [drafts, status, sort]);
  const header = (key: SortKey, label: string) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : key === 'updated' })}
      >
        {label}
        {sort.key === key ? <span aria-hidden="true">{sort.desc ? ' ▼' : ' ▲'}</span> : null}
      </button>
    </th>
  );
  // The arrows move between drafts and Enter opens one.
  const tableRef = useRef<HTMLTableElement>(null);
  const { rowProps } = useRovingList({
    count: rows.length,
    containerRef: tableRef,
    onOpen: (index) => {
      const draft = rows[index];
      if (draft) openView({ name: 'draft', draftId: draft.id });
    },
  });
  return (
    <section className="positioning-screen" aria-labelledby="positioning-title">
      <div className="screen-toolbar">
        <h2 id="positioning-title">Positioning</h2>
        <label htmlFor="positioning-status-filter">Status</label>
        <select
          id="positioning-status-filter"
          value={status}
          onChange={(e) => setStatus(POSITIONING_STATUSES.find((s) => s === e.target.value) ?? '')}
        >
          <option value="">Any</option>
          {POSITIONING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <div className="spacer" />
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New company draft
        </button>
      </div>
      {drafts === undefined ? (
        <p className="muted">Loading…</p>
      ) : drafts.length === 0 ? (
        <div className="empty-note">
          <p>No positioning drafts yet.</p>
          <p className="muted">
            Start with the company positioning partners build on, or open a partner and choose its
            Positioning tab.
          </p>
        </div>
      ) : (
        <table className="simple-table" aria-label="Positioning drafts" ref={tableRef}>
          <thead>
            <tr>
              {header('title', 'Draft')}
              {header('partner', 'Partner')}
              <th scope="col">Audience</th>
              <th scope="col">Template</th>
              {header('status', 'Status')}
              {header('iterations', 'Iterations')}
              {header('updated', 'Last change')}
            </tr>
          </thead>
          <tbody>
            {rows.map((d, index) => (
              <tr key={d.id} {...rowProps(index)}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => openView({ name: 'draft', draftId: d.id })}
                  >
                    {d.title}
                  </button>
                </td>
                <td>{partnerLabel(d)}</td>
                <td>{AUDIENCE_LABELS[d.audience]}</td>
                <td>{templateById(d.template).name}</td>
                <td>
                  <span className={`status-badge status-${d.status}`}>
                    {STATUS_LABELS[d.status]}
                  </span>
                </td>
                <td className="num">{d.iterationCount}</td>
                <td>{formatDateTime(d.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating ? (
        <NewDraftDialog partnerId={undefined} onClose={() => setCreating(false)} />
      ) : null}
    </section>
  );
}
