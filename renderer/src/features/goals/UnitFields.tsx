import { Field } from '../../ui/Field';
import { UNIT_KINDS, unitKindLabel, type UnitForm } from './unit-form';

/** The unit of a target: a select, and the unit's name when it is another unit. */
export function UnitFields({
  unit,
  errors,
  errorPrefix,
  onChange,
  labelSuffix = '',
}: {
  unit: UnitForm;
  errors: Record<string, string>;
  /** Where this unit's messages are filed: "unit" or "objectives.0.unit". */
  errorPrefix: string;
  onChange: (unit: UnitForm) => void;
  /** Added to the labels when several units share a screen (" for Sourced ARR"). */
  labelSuffix?: string;
}) {
  return (
    <>
      <Field label={`Unit${labelSuffix}`} error={errors[`${errorPrefix}.kind`]}>
        {(props) => (
          <select
            {...props}
            value={unit.kind}
            onChange={(e) =>
              onChange({ ...unit, kind: UNIT_KINDS.find((k) => k === e.target.value) ?? 'money' })
            }
          >
            {UNIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {unitKindLabel(kind, unit.currency)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {unit.kind === 'quantity' ? (
        <Field
          label={`Unit name${labelSuffix}`}
          hint="For example installs, workshops, certified people."
          error={errors[`${errorPrefix}.label`]}
        >
          {(props) => (
            <input
              {...props}
              value={unit.label}
              onChange={(e) => onChange({ ...unit, label: e.target.value })}
            />
          )}
        </Field>
      ) : null}
    </>
  );
}
