import { useState, type SyntheticEvent } from 'react';
import { ASK_STATUSES, type Ask } from '../../../../shared/domain/people/ask';
import { ASK_STATUS_LABELS, TEAM_LABELS } from '../../../../shared/domain/people/people-labels';
import type { Stakeholder } from '../../../../shared/domain/people/stakeholder';
import type { IsoDate } from '../../../../shared/domain/strategy/iso-date';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import {
  askFormToInput,
  askToForm,
  emptyAskForm,
  withStatus,
  type AskForm,
} from './alliance-forms';
import { PartnerChooser } from './PartnerChooser';
import type { PartnerDirectory } from './use-alliances';

/** Records an ask of a colleague, or edits one; nothing is written until all reads well. */
export function AskDialog({
  ask,
  stakeholders,
  directory,
  today,
  onClose,
}: {
  ask: Ask | undefined;
  stakeholders: readonly Stakeholder[];
  directory: PartnerDirectory;
  today: IsoDate;
  onClose: () => void;
}) {
  const { asks } = useWorkbook();
  const [form, setForm] = useState<AskForm>(() => (ask ? askToForm(ask) : emptyAskForm()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<AskForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const read = askFormToInput(form);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setBusy(true);
    try {
      const saved = ask ? await asks.update(ask.id, read.value) : await asks.create(read.value);
      if (saved.ok) onClose();
      else setErrors(saved.errors);
    } catch {
      setErrors({ _: 'The ask could not be saved. Nothing was written; try again.' });
    } finally {
      setBusy(false);
    }
  };

  const longText = (key: 'why' | 'outcome', label: string, hint: string) => (
    <Field label={label} error={errors[key]} hint={hint}>
      {(props) => (
        <textarea {...props} value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />
      )}
    </Field>
  );

  return (
    <Dialog title={ask ? 'Edit ask' : 'Add an ask'} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Ask">
        <FormError message={errors._} />
        <Field
          label="What you need"
          error={errors.what}
          hint="For example “Two engineers for the API integration in Q1”."
        >
          {(props) => (
            <input {...props} value={form.what} onChange={(e) => set({ what: e.target.value })} />
          )}
        </Field>
        {longText('why', 'Why it matters', 'What it unlocks for the partnership.')}
        <div className="field-row">
          <Field label="Colleague" error={errors.stakeholderId}>
            {(props) => (
              <select
                {...props}
                value={form.stakeholderId}
                onChange={(e) => set({ stakeholderId: e.target.value })}
              >
                <option value="">Choose a colleague…</option>
                {stakeholders.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} ({TEAM_LABELS[s.team]})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Status" error={errors.status}>
            {(props) => (
              <select
                {...props}
                value={form.status}
                onChange={(e) => {
                  const status = ASK_STATUSES.find((s) => s === e.target.value);
                  if (status) setForm((f) => withStatus(f, status, today));
                }}
              >
                {ASK_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {ASK_STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Asked on" error={errors.askedAt} hint="Needed once you have asked.">
            {(props) => (
              <input
                {...props}
                type="date"
                value={form.askedAt}
                onChange={(e) => set({ askedAt: e.target.value })}
              />
            )}
          </Field>
        </div>
        <PartnerChooser
          legend="For partner"
          single
          directory={directory}
          selected={form.partnerId === '' ? [] : [form.partnerId]}
          onChange={(ids) => set({ partnerId: ids[0] ?? '' })}
          error={errors.partnerId}
        />
        {longText('outcome', 'Outcome', 'What came of it, once you know.')}
        <DialogActions submit={ask ? 'Save ask' : 'Add ask'} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
