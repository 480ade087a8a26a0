import { useId } from 'react';
import { TIER_LABELS } from '../../../../shared/domain/labels';
import type { Currency } from '../../../../shared/domain/strategy/money';
import { slotRank, TIER_SLOTS } from '../../../../shared/domain/strategy/tier';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { Field } from '../../ui/Field';
import { BenefitsEditor } from './BenefitsEditor';
import { RequirementsEditor } from './RequirementsEditor';
import type { TierSlotForm } from './tier-form';

interface TierSlotEditorProps {
  value: TierSlotForm;
  currency: Currency;
  /** The whole programme's messages, keyed by slot. */
  errors: FieldErrors;
  onChange: (next: TierSlotForm) => void;
}

/** One ladder slot: whether the programme uses it, its name, requirements and benefits. */
export function TierSlotEditor({ value, currency, errors, onChange }: TierSlotEditorProps) {
  const { slot } = value;
  const legendId = useId();
  const standard = TIER_LABELS[slot];
  const edit = (patch: Partial<TierSlotForm>) => onChange({ ...value, ...patch });
  const scoped = (prefix: string) =>
    Object.fromEntries(
      Object.entries(errors)
        .filter(([key]) => key.startsWith(`${slot}.${prefix}`))
        .map(([key, message]) => [key.slice(slot.length + 1), message]),
    );
  return (
    <fieldset className={value.enabled ? 'tier-slot' : 'tier-slot off'} aria-labelledby={legendId}>
      <legend id={legendId}>
        {standard} slot
        <span className="tier-rank">
          {' '}
          · ladder position {slotRank(slot)} of {TIER_SLOTS.length}
        </span>
      </legend>
      <label className="check-row">
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(event) =>
            edit({
              enabled: event.target.checked,
              name: value.name.trim() === '' ? standard : value.name,
            })
          }
        />
        Use this tier
      </label>
      {value.enabled ? (
        <>
          <Field label="Tier name" error={errors[`${slot}.name`]}>
            {(a11y) => (
              <input
                {...a11y}
                value={value.name}
                autoComplete="off"
                onChange={(event) => edit({ name: event.target.value })}
              />
            )}
          </Field>
          <RequirementsEditor
            requirements={value.requirements}
            currency={currency}
            errors={scoped('requirements')}
            onChange={(requirements) => edit({ requirements })}
          />
          <BenefitsEditor
            benefits={value.benefits}
            errors={scoped('benefits')}
            onChange={(benefits) => edit({ benefits })}
          />
        </>
      ) : (
        <p className="muted">
          Not part of the programme. Partners placed in this slot read as “{standard}”.
        </p>
      )}
    </fieldset>
  );
}
