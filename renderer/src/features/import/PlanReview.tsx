import { FormError } from '../../ui/FormError';
import { countOf } from '../../ui/format';
import type { PlanSummary } from '../../workers/import-messages';

interface PlanReviewProps {
  plan: PlanSummary | undefined;
  disabled: boolean;
  onCheck: () => void;
  onImport: (plan: PlanSummary) => void;
  onCancel: () => void;
}

/** What the import would do, checked against the workbook, and the button that does it. */
export function PlanReview({ plan, disabled, onCheck, onImport, onCancel }: PlanReviewProps) {
  if (!plan) {
    return (
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={disabled} onClick={onCheck}>
          Check the import
        </button>
        <button type="button" onClick={onCancel}>
          Cancel import
        </button>
      </div>
    );
  }
  const { counts } = plan;
  return (
    <section className="plan-review" aria-labelledby="plan-title">
      <h3 id="plan-title">What the import will do</h3>
      <p role="status">
        {counts.create.toLocaleString()} to create, {counts.update.toLocaleString()} to update,{' '}
        {counts.skip.toLocaleString()} skipped, {counts.rejected.toLocaleString()} rejected.
      </p>
      <FormError message={plan.blockedReason} />
      {plan.updates.length > 0 ? (
        <details>
          <summary>Partners that will be updated</summary>
          <ul>
            {plan.updates.map((match) => (
              <li key={match.id}>
                {match.existingName}
                {match.importedName !== match.existingName
                  ? ` ← “${match.importedName}”`
                  : ''} (row {match.rows.join(', ')}, same {match.matchedBy})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {plan.skips.length > 0 ? (
        <details>
          <summary>Rows that will be skipped</summary>
          <ul>
            {plan.skips.map((skip) => (
              <li key={skip.row}>
                Row {skip.row}: {skip.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={!plan.ready || disabled}
          onClick={() => onImport(plan)}
        >
          Import {countOf(counts.create + counts.update, 'partner')}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel import
        </button>
      </div>
    </section>
  );
}
