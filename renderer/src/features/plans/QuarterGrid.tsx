import type { Period } from '../../../../shared/domain/strategy/period';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { quarterKey, type QuarterForm } from './plan-form';

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const month = (date: string) => monthFormat.format(new Date(`${date}T00:00:00Z`));

/** "Jan–Mar": the months of a quarter of the plan (quarters count from the plan's start). */
function quarterMonths(quarter: Period | undefined): string {
  if (!quarter) return 'outside the period';
  const first = month(quarter.start);
  const last = month(quarter.end);
  return first === last ? first : `${first}–${last}`;
}

/**
 * An objective's target and actual for each quarter of the plan. Figures left past the end of a
 * shortened period stay visible, so that they can be cleared rather than silently dropped.
 */
export function QuarterGrid({
  index,
  quarters,
  slots,
  errors,
  onChange,
}: {
  index: number;
  quarters: readonly Period[];
  slots: readonly QuarterForm[];
  errors: FieldErrors;
  onChange: (slots: QuarterForm[]) => void;
}) {
  const lastFilled = slots.findLastIndex((s) => s.target.trim() !== '' || s.actual.trim() !== '');
  const count = Math.max(quarters.length, lastFilled + 1);
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  const set = (quarter: number, field: keyof QuarterForm, value: string) => {
    const next = Array.from({ length: Math.max(slots.length, quarter) }, (_, i) => ({
      target: slots[i]?.target ?? '',
      actual: slots[i]?.actual ?? '',
    }));
    next[quarter - 1] = { ...{ target: '', actual: '' }, ...next[quarter - 1], [field]: value };
    onChange(next);
  };
  const problems = numbers.flatMap((q) =>
    (['target', 'actual'] as const).flatMap((field) => {
      const message = errors[quarterKey(index, q, field)];
      return message ? [{ id: `${index}-${q}-${field}`, q, field, message }] : [];
    }),
  );
  if (count === 0) return null;
  return (
    <div className="quarter-grid-wrap">
      <table className="quarter-grid">
        <caption className="visually-hidden">Quarterly targets and actuals</caption>
        <thead>
          <tr>
            <td />
            {numbers.map((q) => (
              <th key={q} scope="col">
                Q{q} <span className="muted">{quarterMonths(quarters[q - 1])}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['target', 'actual'] as const).map((field) => (
            <tr key={field}>
              <th scope="row">{field === 'target' ? 'Target' : 'Actual'}</th>
              {numbers.map((q) => {
                const message = errors[quarterKey(index, q, field)];
                return (
                  <td key={q}>
                    <input
                      inputMode="decimal"
                      aria-label={`Q${q} ${field}`}
                      aria-invalid={Boolean(message)}
                      {...(message ? { 'aria-describedby': `qmsg-${index}-${q}-${field}` } : {})}
                      value={slots[q - 1]?.[field] ?? ''}
                      onChange={(e) => set(q, field, e.target.value)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {problems.map((p) => (
        <p key={p.id} id={`qmsg-${p.id}`} className="field-error" role="alert">
          Q{p.q} {p.field}: {p.message}
        </p>
      ))}
    </div>
  );
}
