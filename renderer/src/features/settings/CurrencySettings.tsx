import { useState } from 'react';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { Field } from '../../ui/Field';
import { SettingsForm } from './SettingsForm';

/** The one currency the workbook's figures count in. */
export function CurrencySettings({ initial }: { initial: string }) {
  const { settings } = useWorkbook();
  const [code, setCode] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = async () => {
    const result = await settings.setStrategy('currency', code);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) setCode(result.value);
    return result.ok;
  };
  return (
    <SettingsForm
      title="Currency"
      intro={
        <p className="settings-intro">
          Revenue, pipeline, investments, targets and tier requirements are counted in this
          currency. Amounts recorded in any other currency are left out of the figures, never
          converted.
        </p>
      }
      onSave={save}
    >
      <Field
        label="Currency"
        error={errors._}
        hint="A three-letter ISO code, such as EUR, USD or GBP."
      >
        {(a11y) => (
          <input
            {...a11y}
            className="currency-input"
            value={code}
            maxLength={3}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setCode(event.target.value)}
          />
        )}
      </Field>
    </SettingsForm>
  );
}
