import { useState, type SyntheticEvent } from 'react';
import type { Validated } from '../../../../shared/domain/validation';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { DialogActions } from '../../ui/DialogActions';

interface WorkbookNameDialogProps {
  title: string;
  submitLabel: string;
  initial: string;
  onSubmit: (name: string) => Promise<Validated<string>>;
  onClose: () => void;
}

/** Asks for a workbook's name, for New workbook and Rename. */
export function WorkbookNameDialog(props: WorkbookNameDialogProps) {
  const [name, setName] = useState(props.initial);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await props.onSubmit(name);
      if (result.ok) props.onClose();
      else setError(result.errors.name ?? Object.values(result.errors)[0]);
    } catch {
      setError('The workbook could not be saved; try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={props.title}>
        <Field label="Workbook name" error={error}>
          {(field) => (
            <input {...field} autoFocus value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <DialogActions submit={props.submitLabel} busy={busy} onCancel={props.onClose} />
      </form>
    </Dialog>
  );
}
