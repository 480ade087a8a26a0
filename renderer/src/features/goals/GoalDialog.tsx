import { useState, type SyntheticEvent } from 'react';
import type { CompanyGoal } from '../../../../shared/domain/strategy/company-goal';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { todayIso } from '../plans/today';
import { emptyGoalForm, goalToForm, readGoalForm, type GoalForm } from './goal-form';
import { UnitFields } from './UnitFields';
import { DialogActions } from '../../ui/DialogActions';

/** Adds a company goal, or edits one: nothing is written until every field reads well. */
export function GoalDialog({
  goal,
  currency,
  onClose,
}: {
  goal: CompanyGoal | undefined;
  currency: string;
  onClose: () => void;
}) {
  const { companyGoals } = useWorkbook();
  const [form, setForm] = useState<GoalForm>(() =>
    goal ? goalToForm(goal, currency) : emptyGoalForm(currency, todayIso()),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<GoalForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const read = readGoalForm(form);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setBusy(true);
    try {
      const saved = goal
        ? await companyGoals.update(goal.id, read.value)
        : await companyGoals.create(read.value);
      if (saved.ok) onClose();
      else setErrors(saved.errors);
    } catch {
      setErrors({ _: 'The goal could not be saved. Nothing was written; try again.' });
    } finally {
      setBusy(false);
    }
  };

  const text = (key: 'title' | 'measure' | 'target', label: string, hint?: string) => (
    <Field label={label} error={errors[key]} {...(hint ? { hint } : {})}>
      {(props) => (
        <input {...props} value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />
      )}
    </Field>
  );
  const date = (key: 'periodStart' | 'periodEnd', label: string, errorKey: string) => (
    <Field label={label} error={errors[errorKey]}>
      {(props) => (
        <input
          {...props}
          type="date"
          value={form[key]}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <Dialog title={goal ? 'Edit goal' : 'Add a company goal'} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Company goal">
        <FormError message={errors._} />
        {text('title', 'Title', 'What the company wants, for example “Grow new ARR”.')}
        {text('measure', 'Measure', 'What is counted, for example “New ARR”.')}
        <div className="field-row">
          <UnitFields
            unit={form.unit}
            errors={errors}
            errorPrefix="unit"
            onChange={(unit) => set({ unit })}
          />
          {text('target', 'Target')}
        </div>
        <div className="field-row">
          {date('periodStart', 'Period starts', 'period.start')}
          {date('periodEnd', 'Period ends', 'period.end')}
        </div>
        <Field label="Notes" error={errors.notes}>
          {(props) => (
            <textarea
              {...props}
              className="grow"
              value={form.notes}
              onChange={(e) => set({ notes: e.target.value })}
            />
          )}
        </Field>
        <DialogActions submit={goal ? 'Save goal' : 'Add goal'} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
