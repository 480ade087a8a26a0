import { agendaMinutes } from '../../../../shared/domain/templates/qbr';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { Field } from '../../ui/Field';
import { BLANK_ITEM, type AgendaRow } from './qbr-form';

interface AgendaEditorProps {
  items: AgendaRow[];
  errors: FieldErrors;
  onChange: (items: AgendaRow[]) => void;
}

const moved = <T,>(list: T[], from: number, to: number): T[] => {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
};

/** A QBR's agenda: each item's title, minutes, owner and notes, in the order they are taken. */
export function AgendaEditor({ items, errors, onChange }: AgendaEditorProps) {
  const set = (index: number, change: Partial<AgendaRow>) =>
    onChange(items.map((item, at) => (at === index ? { ...item, ...change } : item)));
  const total = agendaMinutes(items.map((item) => ({ minutes: Number(item.minutes) || 0 })));
  return (
    <section aria-labelledby="agenda-heading">
      <h3 id="agenda-heading">
        Agenda <span className="muted">({total} min)</span>
      </h3>
      {items.map((item, index) => {
        const at = `agenda.${index}`;
        return (
          <fieldset key={index} className="agenda-item">
            <legend className="visually-hidden">Agenda item {index + 1}</legend>
            <Field label={`Item ${index + 1}`} error={errors[`${at}.title`]}>
              {(props) => (
                <input
                  {...props}
                  value={item.title}
                  onChange={(e) => set(index, { title: e.target.value })}
                />
              )}
            </Field>
            <Field label="Minutes" error={errors[`${at}.minutes`]}>
              {(props) => (
                <input
                  {...props}
                  inputMode="numeric"
                  value={item.minutes}
                  onChange={(e) => set(index, { minutes: e.target.value })}
                />
              )}
            </Field>
            <Field label="Owner" error={errors[`${at}.owner`]}>
              {(props) => (
                <input
                  {...props}
                  value={item.owner}
                  onChange={(e) => set(index, { owner: e.target.value })}
                />
              )}
            </Field>
            <div className="row-actions">
              <button
                type="button"
                disabled={index === 0}
                aria-label={`Move item ${index + 1} up`}
                onClick={() => onChange(moved(items, index, index - 1))}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Remove item ${index + 1}`}
                onClick={() => onChange(items.filter((_, at2) => at2 !== index))}
              >
                Remove
              </button>
            </div>
            <div className="notes">
              <Field label="Notes" error={errors[`${at}.notes`]}>
                {(props) => (
                  <textarea
                    {...props}
                    rows={2}
                    value={item.notes}
                    onChange={(e) => set(index, { notes: e.target.value })}
                  />
                )}
              </Field>
            </div>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...items, { ...BLANK_ITEM }])}>
        Add agenda item
      </button>
    </section>
  );
}
