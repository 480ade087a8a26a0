import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { BalanceTarget } from '../../../../shared/domain/people/balance-target';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { Field } from '../../ui/Field';
import {
  balanceTargetForm,
  readBalanceTargetForm,
  type BalanceTargetForm,
} from './balance-target-form';
import { SettingsForm } from './SettingsForm';

const FIELDS: { key: keyof BalanceTargetForm; label: string; hint: string }[] = [
  {
    key: 'inboundPercent',
    label: 'Inbound share (%)',
    hint: 'Activities the partner or market started; the rest are outbound.',
  },
  {
    key: 'developmentPercent',
    label: 'Development share (%)',
    hint: 'Activities that develop the partnership; the rest serve sales.',
  },
  {
    key: 'tolerancePoints',
    label: 'Tolerance (points)',
    hint: 'How far either share may stray before the balance says it drifts.',
  },
];

/** The activity mix the balance view measures against, loaded once and then edited. */
export function BalanceTargetSettings() {
  const { settings } = useWorkbook();
  const stored = useLiveQuery(() => settings.balanceTarget(), [settings]);
  if (stored === undefined) return null;
  return <BalanceTargetFields initial={stored} />;
}

function BalanceTargetFields({ initial }: { initial: BalanceTarget }) {
  const { settings } = useWorkbook();
  const [form, setForm] = useState<BalanceTargetForm>(() => balanceTargetForm(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = async () => {
    const read = readBalanceTargetForm(form);
    const result = read.ok ? await settings.setBalanceTarget(read.value) : read;
    setErrors(result.ok ? {} : result.errors);
    return result.ok;
  };
  return (
    <SettingsForm
      title="Activity mix"
      intro={
        <p className="settings-intro">
          The mix of activities the balance view aims for, for example 40% inbound and 60% outbound.
          A share further from its target than the tolerance is flagged as drifting.
        </p>
      }
      onSave={save}
    >
      <div className="targets-grid">
        {FIELDS.map(({ key, label, hint }) => (
          <Field key={key} label={label} error={errors[key]} hint={hint}>
            {(a11y) => (
              <input
                {...a11y}
                value={form[key]}
                inputMode="numeric"
                autoComplete="off"
                onChange={(event) => setForm({ ...form, [key]: event.target.value })}
              />
            )}
          </Field>
        ))}
      </div>
    </SettingsForm>
  );
}
