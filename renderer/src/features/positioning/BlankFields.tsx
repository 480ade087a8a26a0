import { useState, type SyntheticEvent } from 'react';
import type { DraftField } from '../../../../shared/domain/positioning';
import { newNamedField } from './blank-fields';

interface BlankFieldToolsProps {
  field: DraftField;
  onRename: (label: string) => void;
  onRemove: () => void;
}

/** Rename and remove for a user-named field of a blank draft. */
export function BlankFieldTools({ field, onRename, onRemove }: BlankFieldToolsProps) {
  const [renaming, setRenaming] = useState(false);
  const [label, setLabel] = useState(field.label);
  const done = (event: SyntheticEvent) => {
    event.preventDefault();
    if (label.trim() !== '') onRename(label.trim());
    setRenaming(false);
  };
  return renaming ? (
    <span className="field-tools">
      <input
        aria-label={`New name for “${field.label}”`}
        value={label}
        autoFocus
        onChange={(e) => setLabel(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') done(e);
          if (e.key === 'Escape') setRenaming(false);
        }}
      />
      <button type="button" onClick={done}>
        Rename
      </button>
    </span>
  ) : (
    <span className="field-tools">
      <button type="button" className="link-button" onClick={() => setRenaming(true)}>
        Rename <span className="visually-hidden">“{field.label}”</span>
      </button>
      <button type="button" className="link-button danger" onClick={onRemove}>
        Remove <span className="visually-hidden">“{field.label}”</span>
      </button>
    </span>
  );
}

interface BlankFieldsBarProps {
  fields: readonly DraftField[];
  onAdd: (field: DraftField) => void;
}

/** Adds a field with a name the user chooses to a blank draft. */
export function BlankFieldsBar({ fields, onAdd }: BlankFieldsBarProps) {
  const [label, setLabel] = useState('');
  const add = (event: SyntheticEvent) => {
    event.preventDefault();
    if (label.trim() === '') return;
    onAdd(newNamedField(label, fields));
    setLabel('');
  };
  return (
    <div className="add-field">
      <input
        aria-label="New field name"
        placeholder="Name a new field, e.g. Why now"
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') add(e);
        }}
      />
      <button type="button" onClick={add} disabled={label.trim() === ''}>
        Add field
      </button>
      {fields.length === 0 ? (
        <p className="muted">A blank draft starts with no fields: name the first one.</p>
      ) : null}
    </div>
  );
}
