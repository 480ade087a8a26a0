import type { FieldErrors } from '../../../../shared/domain/validation';
import { newId } from '../../db/ids';
import { Field } from '../../ui/Field';
import { emptyContactForm, type ContactForm } from './partner-form';

interface ContactsEditorProps {
  contacts: ContactForm[];
  errors: FieldErrors;
  onChange: (contacts: ContactForm[]) => void;
}

type ContactKey = Exclude<keyof ContactForm, 'id'>;

const FIELDS: { key: ContactKey; label: string; type?: string }[] = [
  { key: 'name', label: 'Contact name' },
  { key: 'role', label: 'Role' },
  { key: 'email', label: 'Email', type: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel' },
];

/** The partner's people: add, edit and remove contacts. */
export function ContactsEditor({ contacts, errors, onChange }: ContactsEditorProps) {
  const update = (index: number, patch: Partial<ContactForm>) =>
    onChange(contacts.map((contact, i) => (i === index ? { ...contact, ...patch } : contact)));
  return (
    <section className="contacts" aria-labelledby="contacts-heading">
      <h3 id="contacts-heading">Contacts</h3>
      {contacts.length === 0 ? <p className="muted">No contacts yet.</p> : null}
      {contacts.map((contact, index) => (
        <fieldset key={contact.id} className="contact-card">
          <legend>{contact.name.trim() || `Contact ${index + 1}`}</legend>
          <div className="field-row">
            {FIELDS.map(({ key, label, type }) => (
              <Field key={key} label={label} error={errors[`contacts.${index}.${key}`]}>
                {(a11y) => (
                  <input
                    {...a11y}
                    type={type ?? 'text'}
                    value={contact[key]}
                    autoComplete="off"
                    onChange={(event) => update(index, { [key]: event.target.value })}
                  />
                )}
              </Field>
            ))}
          </div>
          <Field label="Contact notes" error={errors[`contacts.${index}.notes`]}>
            {(a11y) => (
              <textarea
                {...a11y}
                rows={2}
                value={contact.notes}
                onChange={(e) => update(index, { notes: e.target.value })}
              />
            )}
          </Field>
          <button
            type="button"
            className="link-button danger"
            onClick={() => onChange(contacts.filter((_, i) => i !== index))}
          >
            Remove {contact.name.trim() || `contact ${index + 1}`}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...contacts, emptyContactForm(newId())])}>
        Add contact
      </button>
    </section>
  );
}
