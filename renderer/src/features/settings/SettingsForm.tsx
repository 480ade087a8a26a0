import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import { FormError } from '../../ui/FormError';

type SaveState = 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';

const STATE_TEXT: Record<SaveState, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
  invalid: 'Not saved: fix the highlighted fields',
  failed: 'Could not save; try again',
};

interface SettingsFormProps {
  title: string;
  /** What the setting does, under the heading. */
  intro?: ReactNode;
  /** A message about the whole form rather than one field (the weights' total). */
  formError?: string | undefined;
  /** Validates and stores the form; true when it was saved. */
  onSave: () => Promise<boolean>;
  /** Buttons beside Save, such as "Reset to defaults". */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * One section of the settings screen: a labelled form with its own Save button and a status
 * line that says whether what is on screen has been saved. Typing clears "Saved", so the line
 * never vouches for a value that was not written.
 */
export function SettingsForm({
  title,
  intro,
  formError,
  onSave,
  actions,
  children,
}: SettingsFormProps) {
  const headingId = useId();
  const [state, setState] = useState<SaveState>('idle');
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setState('saving');
    try {
      setState((await onSave()) ? 'saved' : 'invalid');
    } catch {
      setState('failed');
    }
  };
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {intro}
      <form
        noValidate
        aria-labelledby={headingId}
        onSubmit={(event) => void submit(event)}
        onChange={() => setState((current) => (current === 'saved' ? 'idle' : current))}
      >
        {children}
        <FormError message={formError} />
        <div className="settings-actions">
          <button type="submit" className="primary" disabled={state === 'saving'}>
            Save {title.toLocaleLowerCase('en')}
          </button>
          {actions}
          <p
            role="status"
            className={
              state === 'invalid' || state === 'failed'
                ? 'save-status status-invalid'
                : 'save-status'
            }
          >
            {STATE_TEXT[state]}
          </p>
        </div>
      </form>
    </section>
  );
}
