import { useId, type ReactNode } from 'react';

/** The ARIA a control needs to point at its hint and message. */
export interface FieldAria {
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

/**
 * A control's hint and error message, with the ids and ARIA that tie them to it. Field uses it
 * for single controls; editors of lists and groups use it for their fieldset.
 */
export function useFieldNotes(hint: string | undefined, error: string | undefined) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const aria: FieldAria = {
    'aria-invalid': Boolean(error),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  };
  const notes: ReactNode = (
    <>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
  return { id, aria, notes };
}
