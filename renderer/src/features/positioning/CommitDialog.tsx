import { FormError } from '../../ui/FormError';
import { useState, type SyntheticEvent } from 'react';
import type { PositioningDraft } from '../../../../shared/domain/positioning';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useAuthor } from './use-positioning';
import { DialogActions } from '../../ui/DialogActions';

interface CommitDialogProps {
  draft: PositioningDraft;
  onClose: () => void;
  onCommitted: (number: number) => void;
}

/** Commits the working copy as a new iteration, with why it changed and the evidence behind it. */
export function CommitDialog({ draft, onClose, onCommitted }: CommitDialogProps) {
  return (
    <Dialog title={`Save iteration ${draft.iterationCount + 1}`} onClose={onClose} wide>
      <CommitForm draft={draft} onClose={onClose} onCommitted={onCommitted} />
    </Dialog>
  );
}

function CommitForm({ draft, onClose, onCommitted }: CommitDialogProps) {
  const { positioning, settings } = useWorkbook();
  // The saved name arrives a moment after opening: it fills the field until the user types in it.
  const savedAuthor = useAuthor() ?? '';
  const [typedAuthor, setAuthor] = useState<string | null>(null);
  const author = typedAuthor ?? savedAuthor;
  const [rationale, setRationale] = useState('');
  const [evidence, setEvidence] = useState('');
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await positioning.commit(draft.id, {
        rationale,
        evidence,
        evidenceUrl,
        author,
      });
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      if (author.trim() !== savedAuthor) await settings.setAuthor(author.trim());
      onCommitted(result.value.number);
    } catch {
      setErrors({ _: 'The iteration could not be saved. Your working copy is kept; try again.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Save iteration">
      <FormError message={errors._} />
      <Field
        label="Why this change"
        error={errors.rationale}
        hint="One or two sentences your colleagues will read in the history."
      >
        {(props) => (
          <textarea
            {...props}
            className="grow"
            autoFocus
            required
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
          />
        )}
      </Field>
      <Field label="Evidence (optional)" error={errors.evidence} hint="What you heard or measured.">
        {(props) => (
          <textarea
            {...props}
            className="grow"
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Evidence link (optional)"
        error={errors.evidenceUrl}
        hint="A link to the feedback, call notes or survey behind the change."
      >
        {(props) => (
          <input
            {...props}
            type="url"
            value={evidenceUrl}
            onChange={(e) => setEvidenceUrl(e.target.value)}
          />
        )}
      </Field>
      <Field label="Your name" error={errors.author} hint="Remembered for your next iterations.">
        {(props) => <input {...props} value={author} onChange={(e) => setAuthor(e.target.value)} />}
      </Field>
      <DialogActions submit="Save iteration" busy={busy} onCancel={onClose} />
    </form>
  );
}
