import { Field } from './Field';

interface EnumSelectProps<V extends string> {
  label: string;
  value: V;
  /** Every choice, in the order shown. */
  options: readonly V[];
  /** How each choice reads. */
  labels: Readonly<Record<V, string>>;
  onChange: (value: V) => void;
  error?: string | undefined;
  hint?: string;
}

/**
 * A labelled select of one of a fixed list of values (a stage, a sentiment, a direction), with
 * its hint and error beside it like every field. It only ever reports one of the options.
 */
export function EnumSelect<V extends string>({
  label,
  value,
  options,
  labels,
  onChange,
  error,
  hint,
}: EnumSelectProps<V>) {
  return (
    <Field label={label} error={error} {...(hint === undefined ? {} : { hint })}>
      {(props) => (
        <select
          {...props}
          value={value}
          onChange={(event) => {
            const next = options.find((option) => option === event.target.value);
            if (next !== undefined) onChange(next);
          }}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {labels[option]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
