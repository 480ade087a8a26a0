import { useState, type SyntheticEvent } from 'react';
import type { LibraryTemplate } from '../../../../shared/domain/templates/library';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';

/** Renames one of the user's templates and edits its description. */
export function RenameTemplateDialog(props: { template: LibraryTemplate; onClose: () => void }) {
  const { template, onClose } = props;
  const { templates } = useWorkbook();
  const [name, setName] = useState(template.name);
  const [description, setDescription] = useState(template.description ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const result = await templates.rename(template.id, name, description);
    if (result.ok) onClose();
    else setErrors(result.errors);
  };
  return (
    <Dialog title={`Rename “${template.name}”`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Rename template">
        <FormError message={errors._} />
        <Field label="Template name" error={errors.name}>
          {(field) => (
            <input {...field} autoFocus value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <Field label="Description" error={errors.description}>
          {(field) => (
            <textarea
              {...field}
              rows={3}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </Field>
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
