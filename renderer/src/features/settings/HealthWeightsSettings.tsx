import { useState } from 'react';
import { HEALTH_COMPONENT_LABELS } from '../../../../shared/domain/strategy/strategy-labels';
import {
  HEALTH_COMPONENTS,
  type HealthWeights,
} from '../../../../shared/domain/strategy/health-weights';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { Field } from '../../ui/Field';
import { SettingsForm } from './SettingsForm';
import {
  defaultWeightsForm,
  typedTotal,
  TYPICAL_WEIGHTS,
  weightsForm,
  weightsFromForm,
  type WeightsForm,
} from './weights-form';

/** The health score's component weights, with a running total that must make 100. */
export function HealthWeightsSettings({ initial }: { initial: HealthWeights }) {
  const { settings } = useWorkbook();
  const [form, setForm] = useState<WeightsForm>(() => weightsForm(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const total = typedTotal(form);
  const save = async () => {
    const result = await settings.setStrategy('healthWeights', weightsFromForm(form));
    setErrors(result.ok ? {} : result.errors);
    return result.ok;
  };
  return (
    <SettingsForm
      title="Health score weights"
      intro={
        <>
          <p className="settings-intro">
            A partner’s health score is the weighted mean of five components, each scored from 0 to
            100. Give each a whole percent; together they must make 100%.
          </p>
          <ul className="band-legend" aria-label="Health bands">
            <li>
              <span className="health health-green">80+</span> Green: healthy, 80 and over
            </li>
            <li>
              <span className="health health-yellow">50–79</span> Yellow: worth a closer look
            </li>
            <li>
              <span className="health health-red">&lt;50</span> Red: at risk, under 50
            </li>
          </ul>
        </>
      }
      formError={errors._}
      onSave={save}
      actions={
        <button type="button" onClick={() => setForm(defaultWeightsForm())}>
          Reset to defaults
        </button>
      }
    >
      <div className="weights-grid">
        {HEALTH_COMPONENTS.map((component) => (
          <Field
            key={component}
            label={HEALTH_COMPONENT_LABELS[component]}
            error={errors[component]}
            hint={`Typically ${TYPICAL_WEIGHTS[component]}`}
          >
            {(a11y) => (
              <span className="input-suffix">
                <input
                  {...a11y}
                  inputMode="numeric"
                  autoComplete="off"
                  value={form[component]}
                  onChange={(event) => setForm({ ...form, [component]: event.target.value })}
                />
                <span aria-hidden="true">%</span>
              </span>
            )}
          </Field>
        ))}
      </div>
      <p className={total === 100 ? 'weights-total' : 'weights-total off'} aria-live="polite">
        Total: {total}%{total === 100 ? '' : ` — make it 100%`}
      </p>
    </SettingsForm>
  );
}
