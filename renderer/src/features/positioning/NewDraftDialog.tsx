import { FormError } from '../../ui/FormError';
import { useState, type SyntheticEvent } from 'react';
import {
  POSITIONING_AUDIENCES,
  type DraftSource,
  type PositioningAudience,
  type PositioningTemplateId,
} from '../../../../shared/domain/positioning';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { AUDIENCE_LABELS } from '../../../../shared/positioning/labels';
import { TEMPLATES } from '../../../../shared/positioning/templates';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useDraftListings, type DraftListing } from './use-positioning';
import { DialogActions } from '../../ui/DialogActions';

interface NewDraftDialogProps {
  /** The partner the draft is for; undefined for the company positioning. */
  partnerId: string | undefined;
  partnerName?: string | undefined;
  /** A template chosen beforehand (in the templates library): the draft starts from it. */
  preset?: { name: string; source: DraftSource } | undefined;
  onClose: () => void;
}

type Start = 'template' | 'company' | 'copy';

/** Starts a draft from a template, from the company positioning, or as a copy of another draft. */
export function NewDraftDialog({ partnerId, partnerName, preset, onClose }: NewDraftDialogProps) {
  const { positioning } = useWorkbook();
  const { openView } = useUiActions();
  const listings = useDraftListings();
  const company = (listings ?? []).filter((d) => d.partnerId === undefined);
  const partnerDrafts = (listings ?? []).filter((d) => d.partnerId !== undefined);
  const [title, setTitle] = useState('');
  const [audience, setAudience] = useState<PositioningAudience>('partner-sales');
  const [start, setStart] = useState<Start>('template');
  const [template, setTemplate] = useState<PositioningTemplateId>('positioning-statement');
  const [companyId, setCompanyId] = useState('');
  const [copyId, setCopyId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const source = (): DraftSource | string => {
    if (preset) return preset.source;
    if (start === 'template') return { kind: 'template', template };
    const id = start === 'company' ? companyId || company[0]?.id : copyId || partnerDrafts[0]?.id;
    if (!id)
      return start === 'company'
        ? 'There is no company positioning yet.'
        : 'Choose a draft to copy.';
    return { kind: 'copy', draftId: id };
  };
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const from = source();
    if (typeof from === 'string') {
      setErrors({ source: from });
      return;
    }
    setBusy(true);
    try {
      const result = await positioning.createDraft({ partnerId, title, audience }, from);
      if (result.ok) openView({ name: 'draft', draftId: result.value.id });
      else setErrors(result.errors);
    } catch {
      setErrors({ _: 'The draft could not be created. Nothing was written; try again.' });
    } finally {
      setBusy(false);
    }
  };
  const heading = partnerName
    ? `New positioning draft for ${partnerName}`
    : 'New company positioning draft';
  return (
    <Dialog title={heading} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="New draft">
        <FormError message={errors._} />
        <Field label="Title" error={errors.title}>
          {(props) => (
            <input {...props} autoFocus value={title} onChange={(e) => setTitle(e.target.value)} />
          )}
        </Field>
        <Field label="Audience" error={errors.audience}>
          {(props) => (
            <select
              {...props}
              value={audience}
              onChange={(e) =>
                setAudience(POSITIONING_AUDIENCES.find((a) => a === e.target.value) ?? audience)
              }
            >
              {POSITIONING_AUDIENCES.map((a) => (
                <option key={a} value={a}>
                  {AUDIENCE_LABELS[a]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {preset ? (
          <p className="muted">Starts from the template “{preset.name}”.</p>
        ) : (
          <fieldset className="start-choice">
            <legend>Start from</legend>
            <StartOption value="template" start={start} onChange={setStart} label="A template" />
            {start === 'template' ? (
              <div className="template-choices" role="radiogroup" aria-label="Template">
                {TEMPLATES.map((t) => (
                  <label
                    key={t.id}
                    className={t.id === template ? 'template-card chosen' : 'template-card'}
                  >
                    <input
                      type="radio"
                      name="template"
                      value={t.id}
                      checked={t.id === template}
                      onChange={() => setTemplate(t.id)}
                    />
                    <span className="template-name">{t.name}</span>
                    <span className="muted">{t.description}</span>
                    {t.source ? <span className="template-source">{t.source}</span> : null}
                  </label>
                ))}
              </div>
            ) : null}
            {partnerId !== undefined ? (
              <StartOption
                value="company"
                start={start}
                onChange={setStart}
                label="The company positioning"
              />
            ) : null}
            {start === 'company' ? (
              <DraftPicker
                label="Company draft"
                drafts={company}
                value={companyId}
                onChange={setCompanyId}
              />
            ) : null}
            <StartOption
              value="copy"
              start={start}
              onChange={setStart}
              label="A copy of a partner’s draft"
            />
            {start === 'copy' ? (
              <DraftPicker
                label="Draft to copy"
                drafts={partnerDrafts}
                value={copyId}
                onChange={setCopyId}
              />
            ) : null}
            {errors.source ? (
              <p className="field-error" role="alert">
                {errors.source}
              </p>
            ) : null}
          </fieldset>
        )}
        <DialogActions submit="Create draft" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

function StartOption(props: {
  value: Start;
  start: Start;
  label: string;
  onChange: (s: Start) => void;
}) {
  return (
    <label className="check-row">
      <input
        type="radio"
        name="start"
        checked={props.start === props.value}
        onChange={() => props.onChange(props.value)}
      />{' '}
      {props.label}
    </label>
  );
}

function DraftPicker(props: {
  label: string;
  drafts: readonly DraftListing[];
  value: string;
  onChange: (id: string) => void;
}) {
  if (props.drafts.length === 0) return <p className="muted">No drafts to start from yet.</p>;
  return (
    <Field label={props.label}>
      {(field) => (
        <select
          {...field}
          value={props.value || props.drafts[0]?.id}
          onChange={(e) => props.onChange(e.target.value)}
        >
          {props.drafts.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
              {d.partnerName ? ` — ${d.partnerName}` : ''} ({AUDIENCE_LABELS[d.audience]})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
