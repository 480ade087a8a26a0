import { useState, type SyntheticEvent } from 'react';
import type { TemplateInput } from '../../../../shared/domain/templates/template';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { DialogActions } from '../../ui/DialogActions';

interface SaveTemplateDialogProps {
  /** What is saved: "QBR agenda", "positioning draft"… for the heading. */
  what: string;
  /** The template's content under the name and description the user gives. */
  content: (name: string, description: string) => TemplateInput;
  initialName?: string;
  onClose: () => void;
}

/** Names a new template of the user's and saves it; the library lists it from then on. */
export function SaveTemplateDialog({
  what,
  content,
  initialName,
  onClose,
}: SaveTemplateDialogProps) {
  const { templates } = useWorkbook();
  const { showNotice } = useUiActions();
  const [name, setName] = useState(initialName ?? '');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await templates.create(content(name, description));
      if (result.ok) {
        showNotice(`Saved “${result.value.name}” to your templates.`);
        onClose();
      } else setErrors(result.errors);
    } catch {
      setErrors({ _: 'The template could not be saved. Nothing was written; try again.' });
    } finally {
      setBusy(false);
    }
  };
  // Problems in the content itself (an empty agenda, weights off 100) have no field here.
  const contentError = Object.entries(errors).find(([key]) => key.startsWith('body'))?.[1];
  return (
    <Dialog title={`Save ${what} as a template`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Save as template">
        <FormError message={errors._ ?? contentError} />
        <Field label="Template name" error={errors.name}>
          {(props) => (
            <input {...props} autoFocus value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <Field label="Description" error={errors.description} hint="Optional: when to use it.">
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </Field>
        <DialogActions submit="Save template" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
