import type { Conflict, Resolution } from '../../../../shared/files/merge/merge-types';
import { fieldSide, withField } from './merge-answers';

const KIND_TEXT: Record<Conflict['kind'], string> = {
  'both-changed': 'Changed in both workbooks',
  'deleted-mine': 'Deleted in this workbook, changed in theirs',
  'deleted-theirs': 'Changed in this workbook, deleted in theirs',
};

interface ConflictCardProps {
  conflict: Conflict;
  resolution: Resolution | undefined;
  onAnswer: (resolution: Resolution) => void;
}

const shown = (value: string | null) =>
  value === null ? '(deleted)' : value === '' ? '(empty)' : value;

/** One conflict: mine and theirs field by field, with a choice per field or for the whole record. */
export function ConflictCard({ conflict, resolution, onAnswer }: ConflictCardProps) {
  const name = `${conflict.what}: ${conflict.label}`;
  const deletion = conflict.kind !== 'both-changed';
  return (
    <fieldset className="conflict" aria-label={name}>
      <legend>
        {name} <span className="muted">· {KIND_TEXT[conflict.kind]}</span>
      </legend>
      <div className="conflict-whole">
        <button type="button" aria-pressed={resolution === 'mine'} onClick={() => onAnswer('mine')}>
          {conflict.kind === 'deleted-mine' ? 'Keep it deleted' : 'Keep mine'}
        </button>
        <button
          type="button"
          aria-pressed={resolution === 'theirs'}
          onClick={() => onAnswer('theirs')}
        >
          {conflict.kind === 'deleted-theirs' ? 'Delete it, as theirs did' : 'Take theirs'}
        </button>
      </div>
      <table className="simple-table conflict-fields">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Mine</th>
            <th scope="col">Theirs</th>
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((field) => {
            const side = fieldSide(resolution, field.field);
            const group = `${conflict.key}:${field.field}`;
            return (
              <tr key={field.field}>
                <th scope="row">{field.label}</th>
                {(['mine', 'theirs'] as const).map((option) => (
                  <td key={option} className={side === option ? 'chosen' : undefined}>
                    {deletion ? (
                      <span className="prose">{shown(field[option])}</span>
                    ) : (
                      <label className="check-row">
                        <input
                          type="radio"
                          name={group}
                          checked={side === option}
                          aria-label={`${field.label}: ${option === 'mine' ? 'mine' : 'theirs'}`}
                          onChange={() =>
                            onAnswer(withField(conflict, resolution, field.field, option))
                          }
                        />
                        <span className="prose">{shown(field[option])}</span>
                      </label>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
