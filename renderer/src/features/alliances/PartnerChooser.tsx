import { useId, useMemo, useState } from 'react';
import { compareTexts } from '../../../../shared/domain/sort-key';
import { useFieldNotes } from '../../ui/field-notes';
import type { PartnerDirectory } from './use-alliances';

/** Without typing, a workbook this small lists every partner; a larger one asks for a search. */
const LIST_ALL_UP_TO = 12;
/** The most matches a search lists. */
const MATCHES_SHOWN = 20;

interface PartnerChooserProps {
  legend: string;
  directory: PartnerDirectory;
  /** The chosen partners' ids. */
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  /** One partner at most: choosing another replaces it. */
  single?: boolean;
  hint?: string;
  error?: string | undefined;
}

/**
 * Choosing partners by name, searchable for workbooks of any size: the chosen ones are listed
 * with a Remove button each, and a search lists up to twenty matches to tick. A partner deleted
 * since it was chosen shows as such and can be removed.
 */
export function PartnerChooser(props: PartnerChooserProps) {
  const { legend, directory, selected, onChange, single, hint, error } = props;
  const [query, setQuery] = useState('');
  const searchId = useId();
  const { aria, notes } = useFieldNotes(hint, error);
  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const { rows } = directory;
    if (needle === '' && rows.length > LIST_ALL_UP_TO) return [];
    const found = [];
    for (const row of rows) {
      if (needle === '' || row.name.toLowerCase().includes(needle)) found.push(row);
    }
    return found.sort((a, b) => compareTexts(a.name, b.name)).slice(0, MATCHES_SHOWN);
  }, [directory, query]);
  const toggle = (id: string, on: boolean) => {
    if (single) onChange(on ? [id] : []);
    else onChange(on ? [...selected, id] : selected.filter((other) => other !== id));
  };
  return (
    <fieldset className={error ? 'partner-chooser invalid' : 'partner-chooser'} {...aria}>
      <legend>{legend}</legend>
      {selected.length === 0 ? (
        <p className="muted">{single ? 'No particular partner.' : 'No partners chosen.'}</p>
      ) : (
        <ul className="chosen-partners" aria-label={`Chosen: ${legend.toLowerCase()}`}>
          {selected.map((id) => {
            const name = directory.nameOf(id) ?? 'Deleted partner';
            return (
              <li key={id}>
                {name}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove ${name}`}
                  onClick={() => toggle(id, false)}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <label htmlFor={searchId}>Find a partner</label>
      <input
        id={searchId}
        type="search"
        value={query}
        placeholder="Type part of a name"
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim() !== '' && matches.length === 0 ? (
        <p className="muted">No partner’s name holds “{query.trim()}”.</p>
      ) : null}
      {matches.length > 0 ? (
        <div className="partner-matches" role="group" aria-label="Matching partners">
          {matches.map((row) => (
            <label key={row.id} className="check-row">
              <input
                type="checkbox"
                checked={selected.includes(row.id)}
                onChange={(e) => toggle(row.id, e.target.checked)}
              />
              {row.name}
            </label>
          ))}
        </div>
      ) : null}
      {notes}
    </fieldset>
  );
}
