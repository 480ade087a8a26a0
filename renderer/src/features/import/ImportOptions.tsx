import type { OnMatch } from '../../../../shared/files/tabular/match';

const MATCH_CHOICES: { value: OnMatch; label: string }[] = [
  { value: 'update', label: 'Update it with the file’s values' },
  { value: 'skip', label: 'Skip the row and keep the partner as it is' },
  { value: 'create', label: 'Create another partner anyway' },
];

interface ImportOptionsProps {
  onMatch: OnMatch;
  skipProblems: boolean;
  hasProblems: boolean;
  onChange: (options: { onMatch: OnMatch; skipProblems: boolean }) => void;
}

/** What to do with partners that already exist, and with rows that have problems. */
export function ImportOptions({
  onMatch,
  skipProblems,
  hasProblems,
  onChange,
}: ImportOptionsProps) {
  return (
    <div className="import-options">
      <fieldset>
        <legend>When a partner already exists (same name or website)</legend>
        {MATCH_CHOICES.map((choice) => (
          <label key={choice.value} className="check-row">
            <input
              type="radio"
              name="on-match"
              checked={onMatch === choice.value}
              onChange={() => onChange({ onMatch: choice.value, skipProblems })}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      {hasProblems ? (
        <label className="check-row">
          <input
            type="checkbox"
            checked={skipProblems}
            onChange={(e) => onChange({ onMatch, skipProblems: e.target.checked })}
          />
          Skip the rows with problems and import the rest
        </label>
      ) : null}
    </div>
  );
}
