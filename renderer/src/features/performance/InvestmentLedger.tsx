import { useId, useMemo, useState } from 'react';
import type { Investment } from '../../../../shared/domain/strategy/investment';
import {
  FUND_TYPE_LABELS,
  INVESTMENT_KIND_LABELS,
  INVESTMENT_TAG_LABELS,
} from '../../../../shared/domain/strategy/strategy-labels';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { formatDate } from '../../ui/format';
import { FormError } from '../../ui/FormError';
import { moneyText, numberText } from './figure-text';
import { InvestmentDialog } from './InvestmentDialog';
import { ledgerTotals } from './ledger-totals';
import { undoThisChange } from '../undo/undo-actions';

type Editing = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; entry: Investment };

function details(entry: Investment): string {
  switch (entry.kind) {
    case 'time':
      return `${numberText(entry.hours)} h by ${entry.person}`;
    case 'money':
      return `${moneyText(entry.amount.amountMinor, entry.amount.currency)} · ${FUND_TYPE_LABELS[entry.fundType]}`;
    case 'energy':
      return `Effort ${entry.rating} of 5`;
  }
}

/** A partner's investment ledger, newest first, with its totals, and add, edit, delete. */
export function InvestmentLedger({
  partnerId,
  currency,
  today,
  entries,
}: {
  partnerId: string;
  currency: string;
  today: string;
  entries: readonly Investment[];
}) {
  const titleId = useId();
  const { investments } = useWorkbook();
  const { offerUndo } = useUiActions();
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [error, setError] = useState<string | null>(null);
  const newestFirst = useMemo(() => [...entries].reverse(), [entries]);
  const totals = useMemo(() => ledgerTotals(entries, currency), [entries, currency]);
  const remove = async (entry: Investment) => {
    try {
      const removed = await investments.remove(entry.id);
      setError(null);
      if (removed) {
        offerUndo({
          message: `Deleted the ${INVESTMENT_KIND_LABELS[removed.kind].toLowerCase()} entry of ${formatDate(removed.date)}.`,
          undo: undoThisChange(),
        });
      }
    } catch {
      setError('The investment could not be deleted. Nothing was changed.');
    }
  };
  return (
    <section className="perf-card" aria-labelledby={titleId}>
      <div className="perf-card-header">
        <h3 id={titleId}>Investments</h3>
        <button type="button" className="primary" onClick={() => setEditing({ mode: 'add' })}>
          Log investment
        </button>
      </div>
      <p className="ledger-totals">
        In total: {numberText(totals.hours)} hours · {moneyText(totals.moneyMinor, currency)}{' '}
        invested · average effort{' '}
        {totals.averageEffort === undefined ? '—' : `${numberText(totals.averageEffort)} of 5`}
        {totals.otherCurrency > 0 ? ` (${totals.otherCurrency} in another currency, left out)` : ''}
      </p>
      <FormError message={error} />
      {entries.length === 0 ? (
        <p className="muted">Nothing logged yet: time, money and energy put into this partner.</p>
      ) : (
        <table className="simple-table" aria-label="Investment ledger">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Kind</th>
              <th scope="col">Details</th>
              <th scope="col">What it served</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDate(entry.date)}</td>
                <td>{INVESTMENT_KIND_LABELS[entry.kind]}</td>
                <td>{details(entry)}</td>
                <td>{INVESTMENT_TAG_LABELS[entry.tag]}</td>
                <td>{entry.note}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setEditing({ mode: 'edit', entry })}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="link-button danger"
                    onClick={() => void remove(entry)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing.mode !== 'closed' ? (
        <InvestmentDialog
          partnerId={partnerId}
          currency={currency}
          today={today}
          entry={editing.mode === 'edit' ? editing.entry : undefined}
          onClose={() => setEditing({ mode: 'closed' })}
        />
      ) : null}
    </section>
  );
}
