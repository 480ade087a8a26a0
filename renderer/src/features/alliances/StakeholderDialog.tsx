import { useState, type SyntheticEvent } from 'react';
import {
  INFLUENCE_LABELS,
  STANCE_LABELS,
  TEAM_LABELS,
} from '../../../../shared/domain/people/people-labels';
import {
  INFLUENCE_LEVELS,
  STANCES,
  TEAMS,
  type Stakeholder,
} from '../../../../shared/domain/people/stakeholder';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import {
  emptyStakeholderForm,
  stakeholderFormToInput,
  stakeholderToForm,
  type StakeholderForm,
} from './alliance-forms';
import { PartnerChooser } from './PartnerChooser';
import type { PartnerDirectory } from './use-alliances';

/** Adds a colleague to the stakeholder map, or edits one; nothing is written until all reads well. */
export function StakeholderDialog({
  stakeholder,
  directory,
  onClose,
  onSaved,
}: {
  stakeholder: Stakeholder | undefined;
  directory: PartnerDirectory;
  onClose: () => void;
  onSaved: (saved: Stakeholder) => void;
}) {
  const { stakeholders } = useWorkbook();
  const [form, setForm] = useState<StakeholderForm>(() =>
    stakeholder ? stakeholderToForm(stakeholder) : emptyStakeholderForm(),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<StakeholderForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const input = stakeholderFormToInput(form);
      const saved = stakeholder
        ? await stakeholders.update(stakeholder.id, input)
        : await stakeholders.create(input);
      if (saved.ok) onSaved(saved.value);
      else setErrors(saved.errors);
    } catch {
      setErrors({ _: 'The stakeholder could not be saved. Nothing was written; try again.' });
    } finally {
      setBusy(false);
    }
  };

  const choice = <T extends string>(
    key: 'team' | 'influence' | 'stance',
    label: string,
    options: readonly T[],
    labels: Record<T, string>,
  ) => (
    <Field label={label} error={errors[key]}>
      {(props) => (
        <select
          {...props}
          value={form[key]}
          onChange={(e) => set({ [key]: options.find((o) => o === e.target.value) ?? '' })}
        >
          <option value="">Choose…</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {labels[option]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <Dialog title={stakeholder ? 'Edit stakeholder' : 'Add a stakeholder'} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Stakeholder">
        <FormError message={errors._} />
        <div className="field-row">
          <Field label="Name" error={errors.name}>
            {(props) => (
              <input {...props} value={form.name} onChange={(e) => set({ name: e.target.value })} />
            )}
          </Field>
          <Field label="Role" error={errors.role} hint="For example “VP Engineering”.">
            {(props) => (
              <input {...props} value={form.role} onChange={(e) => set({ role: e.target.value })} />
            )}
          </Field>
        </div>
        <div className="field-row">
          {choice('team', 'Team', TEAMS, TEAM_LABELS)}
          {choice('influence', 'Influence', INFLUENCE_LEVELS, INFLUENCE_LABELS)}
          {choice('stance', 'Stance toward the partner programme', STANCES, STANCE_LABELS)}
        </div>
        <Field label="Last met" error={errors.lastMetAt} hint="The day of your last conversation.">
          {(props) => (
            <input
              {...props}
              type="date"
              value={form.lastMetAt}
              onChange={(e) => set({ lastMetAt: e.target.value })}
            />
          )}
        </Field>
        <PartnerChooser
          legend="Partners they matter for"
          directory={directory}
          selected={form.partnerIds}
          onChange={(partnerIds) => set({ partnerIds })}
          error={errors.partnerIds}
        />
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
        <DialogActions
          submit={stakeholder ? 'Save stakeholder' : 'Add stakeholder'}
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
