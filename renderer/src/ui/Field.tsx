import type { ReactNode } from 'react';
import { useFieldNotes, type FieldAria } from './field-notes';

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  children: (props: { id: string } & FieldAria) => ReactNode;
}

/** A labelled form control with its hint and, when invalid, its message right beside it. */
export function Field({ label, error, hint, children }: FieldProps) {
  const { id, aria, notes } = useFieldNotes(hint, error);
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, ...aria })}
      {notes}
    </div>
  );
}
