import type { KeyboardEvent } from 'react';
import { useFieldNotes } from '../../ui/field-notes';
import type { Claim, DraftField } from '../../../../shared/domain/positioning';

interface FieldEditorProps {
  field: DraftField;
  hint?: string | undefined;
  error?: string | undefined;
  onChange: (field: DraftField) => void;
}

/** Edits one field of a draft: a text, a list of texts, or claims with their proof. */
export function FieldEditor({ field, hint, error, onChange }: FieldEditorProps) {
  const { id, aria, notes } = useFieldNotes(hint, error);
  return (
    <div className={error ? 'field draft-field invalid' : 'field draft-field'}>
      {field.kind === 'text' ? (
        <>
          <label htmlFor={id}>{field.label}</label>
          <textarea
            id={id}
            className="grow"
            value={field.value}
            onChange={(e) => onChange({ ...field, value: e.target.value })}
            {...aria}
          />
        </>
      ) : (
        <fieldset {...aria}>
          <legend>{field.label}</legend>
          {field.kind === 'list' ? (
            <ListEditor
              label={field.label}
              items={field.value}
              onChange={(value) => onChange({ ...field, value })}
            />
          ) : (
            <ClaimsEditor
              label={field.label}
              claims={field.value}
              onChange={(value) => onChange({ ...field, value })}
            />
          )}
        </fieldset>
      )}
      {notes}
    </div>
  );
}

const replaceAt = <T,>(items: readonly T[], index: number, item: T): T[] =>
  items.map((existing, i) => (i === index ? item : existing));
const removeAt = <T,>(items: readonly T[], index: number): T[] =>
  items.filter((_, i) => i !== index);

// Focuses the entry an Enter key just added, once React has rendered it.
function focusEntry(list: HTMLElement | null, index: number) {
  requestAnimationFrame(() => {
    list?.querySelectorAll<HTMLElement>('[data-entry]')[index]?.focus();
  });
}

interface ListEditorProps {
  label: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
}

function ListEditor({ label, items, onChange }: ListEditorProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onChange([...items.slice(0, index + 1), '', ...items.slice(index + 1)]);
    focusEntry(event.currentTarget.closest('ol'), index + 1);
  };
  return (
    <>
      <ol className="entry-list">
        {items.map((item, index) => (
          <li key={index}>
            <input
              data-entry
              aria-label={`${label} ${index + 1}`}
              value={item}
              onChange={(e) => onChange(replaceAt(items, index, e.target.value))}
              onKeyDown={(e) => onKeyDown(e, index)}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove ${label} ${index + 1}`}
              onClick={() => onChange(removeAt(items, index))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="link-button" onClick={() => onChange([...items, ''])}>
        Add to {label}
      </button>
    </>
  );
}

interface ClaimsEditorProps {
  label: string;
  claims: readonly Claim[];
  onChange: (claims: Claim[]) => void;
}

function ClaimsEditor({ label, claims, onChange }: ClaimsEditorProps) {
  return (
    <>
      <ol className="entry-list claims">
        {claims.map((claim, index) => (
          <li key={index}>
            <div className="claim">
              <input
                data-entry
                aria-label={`${label} ${index + 1}`}
                value={claim.text}
                onChange={(e) =>
                  onChange(replaceAt(claims, index, { ...claim, text: e.target.value }))
                }
              />
              <textarea
                className="grow"
                aria-label={`Proof for ${label} ${index + 1}`}
                placeholder="Proof points, one per line"
                value={claim.proof}
                onChange={(e) =>
                  onChange(replaceAt(claims, index, { ...claim, proof: e.target.value }))
                }
              />
            </div>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove ${label} ${index + 1}`}
              onClick={() => onChange(removeAt(claims, index))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="link-button"
        onClick={() => onChange([...claims, { text: '', proof: '' }])}
      >
        Add to {label}
      </button>
    </>
  );
}
