import { useId, useMemo, useState } from 'react';
import type { MetricDefinition, MetricEntry } from '../../../../shared/domain/strategy/metric';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { formatDate } from '../../ui/format';
import { FormError } from '../../ui/FormError';
import { metricValueText } from './figure-text';
import { MetricEntryDialog } from './MetricEntryDialog';
import { undoThisChange } from '../undo/undo-actions';

// Enough rows for a glance; the rest on request, so a partner with years of entries opens fast.
const FIRST_ROWS = 50;

type Editing = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; entry: MetricEntry };

/** A partner's metric entries, newest first, with add, edit and delete (undoable). */
export function MetricEntriesSection({
  partnerId,
  currency,
  today,
  entries,
  definitions,
}: {
  partnerId: string;
  currency: string;
  today: string;
  entries: readonly MetricEntry[];
  definitions: readonly MetricDefinition[];
}) {
  const titleId = useId();
  const { metrics } = useWorkbook();
  const { offerUndo } = useUiActions();
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [showAll, setShowAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const byKey = useMemo(() => new Map(definitions.map((d) => [d.key, d])), [definitions]);
  const newestFirst = useMemo(
    () => [...entries].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1)),
    [entries],
  );
  const shown = showAll ? newestFirst : newestFirst.slice(0, FIRST_ROWS);
  const remove = async (entry: MetricEntry) => {
    try {
      const removed = await metrics.removeEntry(entry.id);
      setError(null);
      if (removed) {
        const name = byKey.get(removed.metric)?.name ?? 'metric';
        offerUndo({
          message: `Deleted the ${name} entry of ${formatDate(removed.date)}.`,
          undo: undoThisChange(),
        });
      }
    } catch {
      setError('The entry could not be deleted. Nothing was changed.');
    }
  };
  return (
    <section className="perf-card" aria-labelledby={titleId}>
      <div className="perf-card-header">
        <h3 id={titleId}>Metric entries</h3>
        <button type="button" className="primary" onClick={() => setEditing({ mode: 'add' })}>
          Add metric entry
        </button>
      </div>
      <FormError message={error} />
      {entries.length === 0 ? (
        <p className="muted">No metric entries yet.</p>
      ) : (
        <table className="simple-table" aria-label="Metric entries">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Metric</th>
              <th scope="col">Value</th>
              <th scope="col">Note or source</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => {
              const definition = byKey.get(entry.metric);
              return (
                <tr key={entry.id}>
                  <td>{formatDate(entry.date)}</td>
                  <td>{definition?.name ?? 'A deleted metric'}</td>
                  <td className="num">
                    {metricValueText(entry.value, definition?.unit ?? 'number', entry.currency)}
                  </td>
                  <td>{entry.note}</td>
                  <td className="row-actions">
                    {definition ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setEditing({ mode: 'edit', entry })}
                      >
                        Edit
                      </button>
                    ) : null}
                    <button
                      type="button"
                      className="link-button danger"
                      onClick={() => void remove(entry)}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {newestFirst.length > shown.length ? (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          Show all {newestFirst.length} entries
        </button>
      ) : null}
      {editing.mode !== 'closed' ? (
        <MetricEntryDialog
          partnerId={partnerId}
          currency={currency}
          today={today}
          definitions={definitions}
          entry={editing.mode === 'edit' ? editing.entry : undefined}
          onClose={() => setEditing({ mode: 'closed' })}
        />
      ) : null}
    </section>
  );
}
