import { useState, type SyntheticEvent } from 'react';
import type { TemplateOf } from '../../../../shared/domain/templates/template';
import { qbrFromTemplate } from '../../../../shared/domain/templates/qbr-from-template';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { quarterOf, todayIso } from './dates';
import { PartnerPicker } from './PartnerPicker';
import { usePartnerChoices } from './use-templates';

interface StartQbrDialogProps {
  template: TemplateOf<'qbr-agenda'> & { name: string };
  /** The partner to preselect, when started from a partner's QBRs. */
  partnerId?: string;
  onClose: () => void;
}

/** Starts a QBR for a partner from an agenda template and opens it in the editor. */
export function StartQbrDialog({ template, partnerId: preset, onClose }: StartQbrDialogProps) {
  const { qbrs } = useWorkbook();
  const { openView } = useUiActions();
  const partners = usePartnerChoices() ?? [];
  const today = todayIso();
  const quarter = quarterOf(today);
  const [partnerId, setPartnerId] = useState(preset ?? '');
  const [date, setDate] = useState(today);
  const [title, setTitle] = useState(
    `Q${Math.floor(Number(quarter.start.slice(5, 7)) / 3) + 1} ${today.slice(0, 4)} business review`,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (partnerId === '') {
      setErrors({ partnerId: 'Choose the partner the QBR is with.' });
      return;
    }
    const result = await qbrs.create(qbrFromTemplate(template, { partnerId, date, title }));
    if (result.ok) openView({ name: 'qbr', qbrId: result.value.id });
    else setErrors(result.errors);
  };
  return (
    <Dialog title={`Start a QBR from “${template.name}”`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Start a QBR">
        <FormError message={errors._} />
        <PartnerPicker
          partners={partners}
          value={partnerId}
          onChange={setPartnerId}
          error={errors.partnerId}
        />
        <Field label="Title" error={errors.title}>
          {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label="Date" error={errors.date}>
          {(props) => (
            <input {...props} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          )}
        </Field>
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Start QBR
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
