import {
  BALANCE_PERIOD_KINDS,
  balancePeriodLabel,
  balancePeriodOf,
  balanceDates,
  shiftBalancePeriod,
  type BalancePeriod,
  type BalancePeriodKind,
} from '../../../../shared/domain/people/balance-period';
import { Field } from '../../ui/Field';

const KIND_LABELS: Record<BalancePeriodKind, string> = {
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
};

/** Chooses the period shown: its length, and earlier or later ones. */
export function PeriodControls({
  period,
  onChange,
}: {
  period: BalancePeriod;
  onChange: (period: BalancePeriod) => void;
}) {
  return (
    <div className="period-controls">
      <Field label="Period">
        {(props) => (
          <select
            {...props}
            value={period.kind}
            onChange={(event) => {
              const kind = event.target.value as BalancePeriodKind;
              // The new period starts where the one shown does.
              onChange(balancePeriodOf(kind, balanceDates(period).start));
            }}
          >
            {BALANCE_PERIOD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button
        type="button"
        aria-label="Previous period"
        onClick={() => onChange(shiftBalancePeriod(period, -1))}
      >
        ‹
      </button>
      <strong className="period-label" aria-live="polite">
        {balancePeriodLabel(period)}
      </strong>
      <button
        type="button"
        aria-label="Next period"
        onClick={() => onChange(shiftBalancePeriod(period, 1))}
      >
        ›
      </button>
    </div>
  );
}
