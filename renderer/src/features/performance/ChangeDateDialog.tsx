import { useState, type SyntheticEvent } from 'react';
import type { PartnerChange } from '../../../../shared/domain/partner-change';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { useTierLabels } from '../settings/use-tier-labels';
import { changeText } from './change-text';
import { DialogActions } from '../../ui/DialogActions';

/**
 * Sets when a recorded stage or tier change took effect, and its note: a tier change entered
 * today often took effect at the last programme review, and the figures count from that day.
 */
export function ChangeDateDialog({
  change,
  onClose,
}: {
  change: PartnerChange;
  onClose: () => void;
}) {
  const { partnerChanges } = useWorkbook();
  const tierLabels = useTierLabels();
  const [effectiveOn, setEffectiveOn] = useState(change.effectiveOn);
  const [note, setNote] = useState(change.note ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const saved = await partnerChanges.setEffective(change, { effectiveOn, note });
      if (saved.ok) onClose();
      else setErrors(saved.errors);
    } catch {
      setErrors({ _: 'The change could not be saved. Nothing was written; try again.' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title="Edit effective date" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>{changeText(change, tierLabels)}</p>
        <FormError message={errors._} />
        <Field label="Effective date" error={errors.effectiveOn}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={effectiveOn}
              onChange={(e) => setEffectiveOn(e.target.value)}
            />
          )}
        </Field>
        <Field label="Note" error={errors.note}>
          {(props) => (
            <textarea {...props} value={note} onChange={(e) => setNote(e.target.value)} />
          )}
        </Field>
        <DialogActions submit="Save change" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
