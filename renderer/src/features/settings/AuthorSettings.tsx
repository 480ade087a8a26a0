import { useState } from 'react';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { Field } from '../../ui/Field';
import { SettingsForm } from './SettingsForm';

/** The name recorded as the author of positioning iterations. */
export function AuthorSettings({ initial }: { initial: string | undefined }) {
  const { settings } = useWorkbook();
  const [name, setName] = useState(initial ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = async () => {
    const result = await settings.setAuthor(name);
    setErrors(result.ok ? {} : result.errors);
    return result.ok;
  };
  return (
    <SettingsForm title="Your name" onSave={save}>
      <Field
        label="Your name"
        error={errors.author}
        hint="Recorded as the author of the positioning iterations you save. Leave it empty to be asked each time."
      >
        {(a11y) => (
          <input
            {...a11y}
            className="name-input"
            value={name}
            autoComplete="name"
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
    </SettingsForm>
  );
}
