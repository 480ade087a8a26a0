import type { FieldErrors } from '../../../../shared/domain/validation';
import { useFieldNotes } from '../../ui/field-notes';

interface BenefitsEditorProps {
  benefits: readonly string[];
  /** Messages keyed `benefits` (the list) and `benefits.<index>` (one benefit). */
  errors: FieldErrors;
  onChange: (next: string[]) => void;
}

/** What partners in a tier receive, one line per benefit. */
export function BenefitsEditor({ benefits, errors, onChange }: BenefitsEditorProps) {
  const { aria, notes } = useFieldNotes(undefined, errors.benefits);
  return (
    <fieldset className="field list-editor" {...aria}>
      <legend>Benefits</legend>
      {benefits.map((benefit, index) => (
        <BenefitRow
          key={index}
          index={index}
          value={benefit}
          error={errors[`benefits.${String(index)}`]}
          onChange={(next) => onChange(benefits.map((b, i) => (i === index ? next : b)))}
          onRemove={() => onChange(benefits.filter((_, i) => i !== index))}
        />
      ))}
      {notes}
      <button type="button" onClick={() => onChange([...benefits, ''])}>
        Add benefit
      </button>
    </fieldset>
  );
}

interface BenefitRowProps {
  index: number;
  value: string;
  error: string | undefined;
  onChange: (next: string) => void;
  onRemove: () => void;
}

function BenefitRow({ index, value, error, onChange, onRemove }: BenefitRowProps) {
  const { aria, notes } = useFieldNotes(undefined, error);
  return (
    <div className={error ? 'list-row invalid' : 'list-row'}>
      <input
        {...aria}
        aria-label={`Benefit ${String(index + 1)}`}
        className="grow"
        autoComplete="off"
        placeholder="Market development funds, deal registration…"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <button
        type="button"
        className="link-button danger"
        aria-label={`Remove benefit ${String(index + 1)}`}
        onClick={onRemove}
      >
        Remove
      </button>
      {notes}
    </div>
  );
}
