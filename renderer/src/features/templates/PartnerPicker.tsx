import type { PartnerChoice } from '../../db/repos/template-use-repo';
import { Field } from '../../ui/Field';

interface PartnerPickerProps {
  partners: readonly PartnerChoice[];
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
  /** A first choice that is no partner, such as the company positioning. */
  none?: string;
}

/** A labelled choice of partner, by name. */
export function PartnerPicker({ partners, value, onChange, error, none }: PartnerPickerProps) {
  return (
    <Field label="Partner" error={error}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value)}>
          {none === undefined ? (
            <option value="">Choose a partner…</option>
          ) : (
            <option value="">{none}</option>
          )}
          {partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
