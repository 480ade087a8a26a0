import type { FieldErrors } from '../../../../shared/domain/validation';
import { Field } from '../../ui/Field';
import { BLANK_ACTION, type ActionRow } from './qbr-form';

interface ActionsEditorProps {
  actions: ActionRow[];
  errors: FieldErrors;
  onChange: (actions: ActionRow[]) => void;
}

/** The actions agreed at a QBR: what, who, by when, and whether it is done. */
export function ActionsEditor({ actions, errors, onChange }: ActionsEditorProps) {
  const set = (index: number, change: Partial<ActionRow>) =>
    onChange(actions.map((action, at) => (at === index ? { ...action, ...change } : action)));
  return (
    <section aria-labelledby="actions-heading">
      <h3 id="actions-heading">Actions</h3>
      {actions.map((action, index) => {
        const at = `actions.${index}`;
        return (
          <fieldset key={index} className="action-item">
            <legend className="visually-hidden">Action {index + 1}</legend>
            <Field label={`Action ${index + 1}`} error={errors[`${at}.description`]}>
              {(props) => (
                <input
                  {...props}
                  value={action.description}
                  onChange={(e) => set(index, { description: e.target.value })}
                />
              )}
            </Field>
            <Field label="Due" error={errors[`${at}.due`]}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={action.due}
                  onChange={(e) => set(index, { due: e.target.value })}
                />
              )}
            </Field>
            <Field label="Owner" error={errors[`${at}.owner`]}>
              {(props) => (
                <input
                  {...props}
                  value={action.owner}
                  onChange={(e) => set(index, { owner: e.target.value })}
                />
              )}
            </Field>
            <div className="row-actions">
              <label className="check-row">
                <input
                  type="checkbox"
                  checked={action.done}
                  onChange={(e) => set(index, { done: e.target.checked })}
                />{' '}
                Done
              </label>
              <button
                type="button"
                aria-label={`Remove action ${index + 1}`}
                onClick={() => onChange(actions.filter((_, at2) => at2 !== index))}
              >
                Remove
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...actions, { ...BLANK_ACTION }])}>
        Add action
      </button>
    </section>
  );
}
