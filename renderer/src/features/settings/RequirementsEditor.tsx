import type { Currency } from '../../../../shared/domain/strategy/money';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useFieldNotes } from '../../ui/field-notes';
import type { RequirementForm, RequirementMeasure } from './tier-form';

const MEASURE_LABELS: Record<RequirementMeasure, string> = {
  'health-score': 'Minimum health score',
  'sourced-revenue': 'Minimum sourced revenue, 12 months',
  'influenced-revenue': 'Minimum influenced revenue, 12 months',
};
const MEASURES = Object.keys(MEASURE_LABELS) as RequirementMeasure[];

interface RequirementsEditorProps {
  requirements: readonly RequirementForm[];
  currency: Currency;
  /** Messages keyed `requirements` (the list) and `requirements.<index>` (one requirement). */
  errors: FieldErrors;
  onChange: (next: RequirementForm[]) => void;
}

/** A tier's entry rule: requirements that must all hold, added and removed one by one. */
export function RequirementsEditor(props: RequirementsEditorProps) {
  const { requirements, currency, errors, onChange } = props;
  const { aria, notes } = useFieldNotes(
    requirements.length === 0 ? 'No requirements: every partner qualifies.' : undefined,
    errors.requirements,
  );
  const replace = (index: number, next: RequirementForm) =>
    onChange(requirements.map((r, i) => (i === index ? next : r)));
  return (
    <fieldset className="field list-editor" {...aria}>
      <legend>Requirements</legend>
      {requirements.map((requirement, index) => (
        <RequirementRow
          key={index}
          index={index}
          value={requirement}
          currency={currency}
          error={errors[`requirements.${String(index)}`]}
          onChange={(next) => replace(index, next)}
          onRemove={() => onChange(requirements.filter((_, i) => i !== index))}
        />
      ))}
      {notes}
      <button
        type="button"
        onClick={() => onChange([...requirements, { measure: 'health-score', minimum: '' }])}
      >
        Add requirement
      </button>
    </fieldset>
  );
}

interface RequirementRowProps {
  index: number;
  value: RequirementForm;
  currency: Currency;
  error: string | undefined;
  onChange: (next: RequirementForm) => void;
  onRemove: () => void;
}

function RequirementRow({
  index,
  value,
  currency,
  error,
  onChange,
  onRemove,
}: RequirementRowProps) {
  const n = index + 1;
  const { aria, notes } = useFieldNotes(undefined, error);
  const revenue = value.measure !== 'health-score';
  return (
    <div className={error ? 'list-row invalid' : 'list-row'}>
      <select
        aria-label={`Requirement ${n}`}
        value={value.measure}
        onChange={(event) =>
          onChange({ ...value, measure: event.target.value as RequirementMeasure })
        }
      >
        {MEASURES.map((measure) => (
          <option key={measure} value={measure}>
            {MEASURE_LABELS[measure]}
          </option>
        ))}
      </select>
      <span className="input-suffix">
        <input
          {...aria}
          aria-label={`Requirement ${n} minimum${revenue ? ` in ${currency}` : ''}`}
          inputMode={revenue ? 'decimal' : 'numeric'}
          autoComplete="off"
          placeholder={revenue ? '250,000' : '70'}
          value={value.minimum}
          onChange={(event) => onChange({ ...value, minimum: event.target.value })}
        />
        <span aria-hidden="true">{revenue ? currency : 'of 100'}</span>
      </span>
      <button
        type="button"
        className="link-button danger"
        aria-label={`Remove requirement ${n}`}
        onClick={onRemove}
      >
        Remove
      </button>
      {notes}
    </div>
  );
}
