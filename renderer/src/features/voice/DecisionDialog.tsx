import { EnumSelect } from '../../ui/EnumSelect';
import { useState, type SyntheticEvent } from 'react';
import {
  DECISION_SCOPES,
  type Decision,
  type Feedback,
} from '../../../../shared/domain/people/voice';
import { DECISION_SCOPE_LABELS } from '../../../../shared/domain/people/people-labels';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import type { PartnerChoice } from '../../db/repos/template-use-repo';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { formWideError } from '../performance/metric-definitions';
import { PartnerPicker } from '../templates/PartnerPicker';
import {
  decisionToForm,
  emptyDecisionForm,
  optionsError,
  readDecisionForm,
  type DecisionForm,
} from './decision-form';
import { FeedbackPicker } from './FeedbackPicker';

const FIELDS = ['scope', 'partnerId', 'context', 'decision', 'date', 'decidedBy', 'feedbackIds'];

type TextKey = 'context' | 'options' | 'decision';

/** Records a decision with the feedback that informed it, or edits one. */
export function DecisionDialog({
  decision,
  today,
  partners,
  log,
  onClose,
}: {
  decision?: Decision | undefined;
  today: string;
  partners: readonly PartnerChoice[];
  /** The whole feedback log, newest first, to link from. */
  log: readonly Feedback[];
  onClose: () => void;
}) {
  const { decisions } = useWorkbook();
  const [form, setForm] = useState<DecisionForm>(() =>
    decision ? decisionToForm(decision) : emptyDecisionForm(today),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<DecisionForm>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const fields = readDecisionForm(form);
      const saved = decision
        ? await decisions.update(decision.id, fields)
        : await decisions.create(fields);
      if (saved.ok) onClose();
      else setErrors(saved.errors);
    } catch {
      setErrors({ _: 'The decision could not be saved. Nothing was written; try again.' });
    } finally {
      setBusy(false);
    }
  };
  const area = (label: string, key: TextKey, error: string | undefined, hint?: string) => (
    <Field label={label} error={error} {...(hint === undefined ? {} : { hint })}>
      {(props) => (
        <textarea {...props} value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />
      )}
    </Field>
  );
  const optionKeys = Object.keys(errors).filter((k) => k.startsWith('optionsConsidered'));
  return (
    <Dialog title={decision ? 'Edit decision' : 'Record decision'} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={formWideError(errors, [...FIELDS, ...optionKeys])} />
        <div className="field-row">
          <EnumSelect
            label="About"
            value={form.scope}
            options={DECISION_SCOPES}
            labels={DECISION_SCOPE_LABELS}
            onChange={(scope) => set({ scope })}
            error={errors.scope}
          />
          <PartnerPicker
            partners={partners}
            value={form.partnerId}
            onChange={(partnerId) => set({ partnerId })}
            error={errors.partnerId}
            none="No partner (all partners)"
          />
        </div>
        {area('Context', 'context', errors.context)}
        {area('Options considered', 'options', optionsError(errors), 'One option per line.')}
        {area('Decision', 'decision', errors.decision)}
        <div className="field-row">
          <Field label="Date" error={errors.date}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={form.date}
                onChange={(e) => set({ date: e.target.value })}
              />
            )}
          </Field>
          <Field label="Decided by" error={errors.decidedBy}>
            {(props) => (
              <input
                {...props}
                autoComplete="off"
                value={form.decidedBy}
                onChange={(e) => set({ decidedBy: e.target.value })}
              />
            )}
          </Field>
        </div>
        <FeedbackPicker
          log={log}
          selected={form.feedbackIds}
          onChange={(feedbackIds) => set({ feedbackIds })}
        />
        <FormError message={errors.feedbackIds} />
        <DialogActions
          submit={decision ? 'Save decision' : 'Record decision'}
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
