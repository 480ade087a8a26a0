import { useState } from 'react';
import type { HealthTargets } from '../../../../shared/domain/strategy/health-targets';
import type { Currency } from '../../../../shared/domain/strategy/money';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { Field } from '../../ui/Field';
import { SettingsForm } from './SettingsForm';
import { readTargets, targetsForm, type MoneyTarget, type TargetsForm } from './targets-form';

const MONEY_FIELDS: { key: MoneyTarget; label: string }[] = [
  { key: 'sourcedRevenuePerYear', label: 'Sourced revenue, 12 months' },
  { key: 'influencedRevenuePerYear', label: 'Influenced revenue, 12 months' },
  { key: 'openPipeline', label: 'Open sourced pipeline' },
];

interface HealthTargetsSettingsProps {
  initial: HealthTargets;
  /** The workbook's currency: amounts are typed and saved in it. */
  currency: Currency;
}

/** What a healthy partner looks like: the targets each health component is scored against. */
export function HealthTargetsSettings({ initial, currency }: HealthTargetsSettingsProps) {
  const { settings } = useWorkbook();
  const [form, setForm] = useState<TargetsForm>(() => targetsForm(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const edit = (key: keyof TargetsForm) => ({
    value: form[key],
    onChange: (event: { target: { value: string } }) =>
      setForm({ ...form, [key]: event.target.value }),
  });
  const save = async () => {
    const read = readTargets(form, currency);
    if (!read.ok) {
      setErrors(read.errors);
      return false;
    }
    const result = await settings.setStrategy('healthTargets', read.value);
    setErrors(result.ok ? {} : result.errors);
    return result.ok;
  };
  // A target saved under an earlier currency no longer counts; say so until it is saved again.
  const moneyHint = (key: MoneyTarget) => {
    const stored = initial[key];
    return stored !== undefined && stored.currency !== currency
      ? `Saved in ${stored.currency}, so left out of the score; save to set it in ${currency}.`
      : `In ${currency}, like 250,000 or 250000.50. Empty: left out of the score.`;
  };
  return (
    <SettingsForm
      title="Health targets"
      intro={
        <p className="settings-intro">
          Each component is scored against a target: meeting it earns full marks. Revenue and
          pipeline are left out of the score until their target is set (sourced and influenced
          revenue are each measured against their own target, never added together).
        </p>
      }
      onSave={save}
    >
      <div className="targets-grid">
        {MONEY_FIELDS.map(({ key, label }) => (
          <Field key={key} label={label} error={errors[key]} hint={moneyHint(key)}>
            {(a11y) => (
              <span className="input-suffix">
                <input {...a11y} {...edit(key)} inputMode="decimal" autoComplete="off" />
                <span aria-hidden="true">{currency}</span>
              </span>
            )}
          </Field>
        ))}
        <Field
          label="Activities per 90 days"
          error={errors.activitiesPer90Days}
          hint="Activities with the partner that earn full engagement marks."
        >
          {(a11y) => <input {...a11y} {...edit('activitiesPer90Days')} inputMode="numeric" />}
        </Field>
        <Field
          label="Certified people"
          error={errors.certifiedPeople}
          hint="Certified people at the partner that earn full enablement marks."
        >
          {(a11y) => <input {...a11y} {...edit('certifiedPeople')} inputMode="numeric" />}
        </Field>
      </div>
    </SettingsForm>
  );
}
