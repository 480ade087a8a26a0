import type { DraftField } from '../../../../shared/domain/positioning';

/** A draft's fields as read-only text: paragraphs, lists, and claims with their proof. */
export function FieldsReadout({ fields }: { fields: readonly DraftField[] }) {
  return (
    <dl className="fields-readout">
      {fields.map((field) => (
        <div key={field.key} className="readout-field">
          <dt>{field.label}</dt>
          <dd>
            <FieldValue field={field} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function FieldValue({ field }: { field: DraftField }) {
  const empty = <span className="muted">Empty</span>;
  switch (field.kind) {
    case 'text':
      return field.value.trim() === '' ? empty : <p className="prose">{field.value}</p>;
    case 'list':
      return field.value.length === 0 ? (
        empty
      ) : (
        <ul>
          {field.value.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'claims':
      return field.value.length === 0 ? (
        empty
      ) : (
        <ul className="claims-readout">
          {field.value.map((claim, index) => (
            <li key={index}>
              <strong>{claim.text}</strong>
              {claim.proof.trim() !== '' ? (
                <ul>
                  {claim.proof
                    .split('\n')
                    .filter((line) => line.trim() !== '')
                    .map((line, n) => (
                      <li key={n}>{line}</li>
                    ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      );
  }
}
