import { FormError } from '../../ui/FormError';
import type { DraftField, PositioningTemplateId } from '../../../../shared/domain/positioning';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { hintFor } from '../../../../shared/positioning/templates';
import { Field } from '../../ui/Field';
import { BlankFieldsBar, BlankFieldTools } from './BlankFields';
import { FieldEditor } from './FieldEditor';
import { StatementPreview } from './StatementPreview';

/** What the editor holds: the working copy of a draft. */
export interface WorkingCopy {
  title: string;
  fields: DraftField[];
}

/** The message for one field, whichever path the validator reported it under. */
function fieldError(errors: FieldErrors, index: number): string | undefined {
  const prefixes = [`fields.${index}`, `${index}`];
  const key = Object.keys(errors).find((k) =>
    prefixes.some((p) => k === p || k.startsWith(`${p}.`)),
  );
  return key === undefined ? undefined : errors[key];
}

interface DraftEditorProps {
  template: PositioningTemplateId;
  copy: WorkingCopy;
  errors: FieldErrors;
  onChange: (update: (copy: WorkingCopy) => WorkingCopy) => void;
}

/** The form of a draft's working copy: its title and fields, each with its hint and message. */
export function DraftEditor({ template, copy, errors, onChange }: DraftEditorProps) {
  const blank = template === 'blank';
  const setField = (index: number, field: DraftField) =>
    onChange((c) => ({ ...c, fields: c.fields.map((f, i) => (i === index ? field : f)) }));
  return (
    <div className="draft-editor">
      <FormError message={errors._} />
      <Field label="Title" error={errors.title}>
        {(props) => (
          <input
            {...props}
            value={copy.title}
            onChange={(e) => onChange((c) => ({ ...c, title: e.target.value }))}
          />
        )}
      </Field>
      {template === 'positioning-statement' ? <StatementPreview fields={copy.fields} /> : null}
      {copy.fields.map((field, index) => (
        <div key={field.key} className="draft-field-row">
          <FieldEditor
            field={field}
            hint={hintFor(template, field.key)}
            error={fieldError(errors, index)}
            onChange={(next) => setField(index, next)}
          />
          {blank ? (
            <BlankFieldTools
              field={field}
              onRename={(label) => setField(index, { ...field, label })}
              onRemove={() =>
                onChange((c) => ({ ...c, fields: c.fields.filter((_, i) => i !== index) }))
              }
            />
          ) : null}
        </div>
      ))}
      {blank ? (
        <BlankFieldsBar
          fields={copy.fields}
          onAdd={(field) => onChange((c) => ({ ...c, fields: [...c.fields, field] }))}
        />
      ) : null}
    </div>
  );
}
