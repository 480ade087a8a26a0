import { EnumSelect } from '../../ui/EnumSelect';
import { useState, type SyntheticEvent } from 'react';
import { SENTIMENTS, SPEAKER_KINDS, type Feedback } from '../../../../shared/domain/people/voice';
import {
  SENTIMENT_LABELS,
  SPEAKER_KIND_LABELS,
} from '../../../../shared/domain/people/people-labels';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import type { PartnerChoice } from '../../db/repos/template-use-repo';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { formWideError } from '../performance/metric-definitions';
import { PartnerPicker } from '../templates/PartnerPicker';
import { EvidenceFields } from './EvidenceFields';
import {
  emptyFeedbackForm,
  feedbackToForm,
  readFeedbackForm,
  type FeedbackForm,
} from './feedback-form';

const FIELDS = [
  'speakerKind',
  'speakerName',
  'speakerOrganisation',
  'date',
  'words',
  'theme',
  'sentiment',
  'partnerId',
  'positioningIterationId',
];

type TextKey = 'speakerName' | 'speakerOrganisation' | 'theme';

/** Records what a partner or customer said, or edits it; optionally as evidence for an iteration. */
export function FeedbackDialog({
  entry,
  draftId,
  today,
  partners,
  themes,
  onClose,
}: {
  entry?: Feedback | undefined;
  /** The draft of the entry's iteration, when it has one. */
  draftId?: string | undefined;
  today: string;
  partners: readonly PartnerChoice[];
  themes: readonly string[];
  onClose: () => void;
}) {
  const { feedback } = useWorkbook();
  const [form, setForm] = useState<FeedbackForm>(() =>
    entry ? feedbackToForm(entry, draftId) : emptyFeedbackForm(today),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<FeedbackForm>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const fields = readFeedbackForm(form);
      const saved = entry ? await feedback.update(entry.id, fields) : await feedback.create(fields);
      if (saved.ok) onClose();
      else setErrors(saved.errors);
    } catch {
      setErrors({ _: 'The feedback could not be saved. Nothing was written; try again.' });
    } finally {
      setBusy(false);
    }
  };
  const text = (label: string, key: TextKey, extra: { list?: string; hint?: string } = {}) => (
    <Field
      label={label}
      error={errors[key]}
      {...(extra.hint === undefined ? {} : { hint: extra.hint })}
    >
      {(props) => (
        <input
          {...props}
          autoComplete="off"
          list={extra.list}
          value={form[key]}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <Dialog title={entry ? 'Edit feedback' : 'Record feedback'} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={formWideError(errors, FIELDS)} />
        <div className="field-row">
          <Field label="Who said it" error={errors.speakerKind}>
            {(props) => (
              <select
                {...props}
                value={form.speakerKind}
                onChange={(e) =>
                  set({ speakerKind: e.target.value as FeedbackForm['speakerKind'] })
                }
              >
                {SPEAKER_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {SPEAKER_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('Name', 'speakerName')}
          {text('Organisation', 'speakerOrganisation')}
        </div>
        <Field label="What they said" error={errors.words}>
          {(props) => (
            <textarea
              {...props}
              className="grow"
              value={form.words}
              onChange={(e) => set({ words: e.target.value })}
            />
          )}
        </Field>
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
          {text('Theme', 'theme', {
            list: 'feedback-themes',
            hint: 'Such as onboarding or pricing.',
          })}
          <datalist id="feedback-themes">
            {themes.map((theme) => (
              <option key={theme} value={theme} />
            ))}
          </datalist>
          <EnumSelect
            label="Sentiment"
            value={form.sentiment}
            options={SENTIMENTS}
            labels={SENTIMENT_LABELS}
            onChange={(sentiment) => set({ sentiment })}
            error={errors.sentiment}
          />
        </div>
        <PartnerPicker
          partners={partners}
          value={form.partnerId}
          onChange={(partnerId) => set({ partnerId })}
          error={errors.partnerId}
          none="No partner"
        />
        <EvidenceFields form={form} errors={errors} partners={partners} set={set} />
        <DialogActions
          submit={entry ? 'Save feedback' : 'Record feedback'}
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
