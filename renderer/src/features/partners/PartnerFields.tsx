import { PARTNER_TYPE_LABELS, STAGE_LABELS } from '../../../../shared/domain/labels';
import {
  LIFECYCLE_STAGES,
  PARTNER_TIERS,
  PARTNER_TYPES,
  REGIONS,
} from '../../../../shared/domain/partner';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { Field } from '../../ui/Field';
import { useTierLabels } from '../settings/use-tier-labels';
import type { PartnerForm } from './partner-form';

interface PartnerFieldsProps {
  form: PartnerForm;
  errors: FieldErrors;
  onChange: (patch: Partial<PartnerForm>) => void;
}

/** Every field of a partner, each labelled and with its message beside it. */
export function PartnerFields({ form, errors, onChange }: PartnerFieldsProps) {
  const tierLabels = useTierLabels();
  const text = (
    key: 'name' | 'region' | 'industry' | 'owner' | 'website' | 'healthScore' | 'tags',
  ) => ({
    value: form[key],
    onChange: (event: { target: { value: string } }) => onChange({ [key]: event.target.value }),
  });
  return (
    <>
      <Field label="Name" error={errors.name}>
        {(a11y) => <input {...a11y} {...text('name')} autoComplete="off" required data-autofocus />}
      </Field>
      <fieldset className="field types-field">
        <legend>Type</legend>
        <div className="check-grid">
          {PARTNER_TYPES.map((type) => (
            <label key={type} className="check-row">
              <input
                type="checkbox"
                checked={form.types.includes(type)}
                onChange={(event) =>
                  onChange({
                    types: event.target.checked
                      ? [...form.types, type]
                      : form.types.filter((t) => t !== type),
                  })
                }
              />
              {PARTNER_TYPE_LABELS[type]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        <Field label="Lifecycle stage" error={errors.stage}>
          {(a11y) => (
            <select
              {...a11y}
              value={form.stage}
              onChange={(e) => onChange({ stage: e.target.value as PartnerForm['stage'] })}
            >
              {LIFECYCLE_STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {STAGE_LABELS[stage]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Tier" error={errors.tier}>
          {(a11y) => (
            <select
              {...a11y}
              value={form.tier}
              onChange={(e) => onChange({ tier: e.target.value as PartnerForm['tier'] })}
            >
              {PARTNER_TIERS.map((tier) => (
                <option key={tier} value={tier}>
                  {tierLabels[tier]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field label="Region" error={errors.region}>
          {(a11y) => (
            <>
              <input {...a11y} {...text('region')} list="region-options" autoComplete="off" />
              <datalist id="region-options">
                {REGIONS.map((region) => (
                  <option key={region} value={region} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label="Industry" error={errors.industry}>
          {(a11y) => <input {...a11y} {...text('industry')} autoComplete="off" />}
        </Field>
      </div>
      <div className="field-row">
        <Field label="Owner" error={errors.owner}>
          {(a11y) => <input {...a11y} {...text('owner')} autoComplete="off" />}
        </Field>
        <Field
          label="Recorded health score"
          error={errors.healthScore}
          hint="0 to 100, typed in or imported. Performance computes a score from the partner’s data and shows this one only until there is data."
        >
          {(a11y) => <input {...a11y} {...text('healthScore')} inputMode="numeric" />}
        </Field>
      </div>
      <div className="field-row">
        <Field label="Website" error={errors.website}>
          {(a11y) => <input {...a11y} {...text('website')} type="url" autoComplete="off" />}
        </Field>
        <Field label="Last activity" error={errors.lastActivityAt}>
          {(a11y) => (
            <input
              {...a11y}
              type="date"
              value={form.lastActivity}
              onChange={(e) => onChange({ lastActivity: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field
        label="Tags"
        error={errors.tags ?? firstError(errors, 'tags.')}
        hint="Separate tags with commas"
      >
        {(a11y) => <input {...a11y} {...text('tags')} autoComplete="off" />}
      </Field>
      <Field label="Notes" error={errors.notes}>
        {(a11y) => (
          <textarea
            {...a11y}
            rows={5}
            value={form.notes}
            onChange={(e) => onChange({ notes: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}

/** The first message under a path prefix, for list fields whose items are checked one by one. */
export function firstError(errors: FieldErrors, prefix: string): string | undefined {
  const key = Object.keys(errors).find((k) => k.startsWith(prefix));
  return key === undefined ? undefined : errors[key];
}
