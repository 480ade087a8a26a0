import { EnumSelect } from '../../ui/EnumSelect';
import { useState, type SyntheticEvent } from 'react';
import {
  INTELLIGENCE_SECTIONS,
  type IntelligenceEntry,
  type IntelligenceSection,
} from '../../../../shared/domain/people/intelligence';
import {
  INTELLIGENCE_SECTION_LABELS,
  SOURCE_KIND_LABELS,
} from '../../../../shared/domain/people/people-labels';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import {
  emptyIntelligenceForm,
  intelligenceToForm,
  readIntelligenceForm,
  type IntelligenceForm,
  type SourceChoice,
} from './intelligence-form';
import { SectionFields } from './SectionFields';

// The repository names a source's fields by their path; the form by its own names.
const FORM_KEYS: Record<string, string> = {
  source: 'sourceKind',
  'source.kind': 'sourceKind',
  'source.url': 'sourceUrl',
  'source.note': 'sourceNote',
};

const FORM_FIELDS = new Set([
  'section',
  'observedAt',
  'notes',
  'sourceKind',
  'sourceUrl',
  'sourceNote',
  'accountName',
  'segment',
  'accountStatus',
  'integrationName',
  'certification',
  'technologyStatus',
  'competitor',
  'competitionKind',
  'routeToMarket',
  'marketplace',
  'region',
  'trend',
  'impact',
]);

/** The repository's messages by the form's field names; any other goes form-wide. */
export function formErrors(errors: FieldErrors): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const name = FORM_KEYS[key] ?? key;
    const target = FORM_FIELDS.has(name) ? name : '_';
    mapped[target] ??= message;
  }
  return mapped;
}

const SOURCE_CHOICES: readonly { value: SourceChoice; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'link', label: SOURCE_KIND_LABELS.link },
  { value: 'note', label: SOURCE_KIND_LABELS.note },
];

/** Adds an intelligence entry to a section of a partner, or edits one. */
export function IntelligenceDialog({
  partnerId,
  section,
  today,
  entry,
  onClose,
}: {
  partnerId: string;
  section: IntelligenceSection;
  today: string;
  entry?: IntelligenceEntry | undefined;
  onClose: () => void;
}) {
  const { intelligence } = useWorkbook();
  const [form, setForm] = useState<IntelligenceForm>(() =>
    entry ? intelligenceToForm(entry) : emptyIntelligenceForm(section, today),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<IntelligenceForm>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const fields = readIntelligenceForm(form, partnerId);
      const saved = entry
        ? await intelligence.update(entry.id, fields)
        : await intelligence.create(fields);
      if (saved.ok) onClose();
      else setErrors(formErrors(saved.errors));
    } catch {
      setErrors({ _: 'The entry could not be saved. Nothing was written; try again.' });
    } finally {
      setBusy(false);
    }
  };
  const sectionName = INTELLIGENCE_SECTION_LABELS[form.section];
  return (
    <Dialog
      title={entry ? `Edit entry in ${sectionName}` : `New entry in ${sectionName}`}
      onClose={onClose}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={errors._} />
        <div className="field-row">
          {entry ? null : (
            <EnumSelect
              label="Section"
              value={form.section}
              options={INTELLIGENCE_SECTIONS}
              labels={INTELLIGENCE_SECTION_LABELS}
              onChange={(section) => set({ section })}
              error={errors.section}
            />
          )}
          <Field label="Observed on" error={errors.observedAt}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={form.observedAt}
                onChange={(e) => set({ observedAt: e.target.value })}
              />
            )}
          </Field>
        </div>
        <SectionFields form={form} errors={errors} set={set} />
        <SourceFields form={form} errors={errors} set={set} />
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
        <DialogActions submit={entry ? 'Save entry' : 'Add entry'} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

function SourceFields({
  form,
  errors,
  set,
}: {
  form: IntelligenceForm;
  errors: FieldErrors;
  set: (patch: Partial<IntelligenceForm>) => void;
}) {
  return (
    <div className="field-row">
      <Field label="Source" error={errors.sourceKind}>
        {(props) => (
          <select
            {...props}
            value={form.sourceKind}
            onChange={(e) => set({ sourceKind: e.target.value as SourceChoice })}
          >
            {SOURCE_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {form.sourceKind === 'link' ? (
        <Field label="Link" error={errors.sourceUrl} hint="http:// or https:// only.">
          {(props) => (
            <input
              {...props}
              type="url"
              autoComplete="off"
              value={form.sourceUrl}
              onChange={(e) => set({ sourceUrl: e.target.value })}
            />
          )}
        </Field>
      ) : null}
      {form.sourceKind === 'none' ? null : (
        <Field
          label={form.sourceKind === 'link' ? 'What the link is' : 'Source note'}
          error={errors.sourceNote}
          {...(form.sourceKind === 'note' ? { hint: 'Such as “Call with their CTO”.' } : {})}
        >
          {(props) => (
            <input
              {...props}
              autoComplete="off"
              value={form.sourceNote}
              onChange={(e) => set({ sourceNote: e.target.value })}
            />
          )}
        </Field>
      )}
    </div>
  );
}
