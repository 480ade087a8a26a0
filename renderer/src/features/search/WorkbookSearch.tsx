import './workbook-search.css';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { PeopleHit, PeopleSearchTable } from '../../../../shared/search/people-search';
import { useUiActions } from '../../state/ui-selectors';
import type { AppView } from '../../state/ui-store';
import { useCommandHandler } from '../commands/command-handlers';
import { SearchIndexProgress } from './SearchIndexProgress';
import { usePartnerSearchService } from './search-context';
import { useWorkbookSearch } from './use-workbook-search';

/** How each kind of people record is headed in the results. */
const PEOPLE_GROUPS: readonly { table: PeopleSearchTable; heading: string }[] = [
  { table: 'stakeholders', heading: 'Stakeholders' },
  { table: 'feedback', heading: 'Feedback' },
  { table: 'decisions', heading: 'Decisions' },
];

// Where choosing a people record takes the user.
const viewOf = (hit: PeopleHit): AppView =>
  hit.table === 'stakeholders'
    ? { name: 'alliances', stakeholderId: hit.id }
    : hit.table === 'feedback'
      ? { name: 'voice', feedbackId: hit.id }
      : { name: 'voice', decisionId: hit.id };

interface Result {
  key: string;
  label: string;
  detail?: string;
  open: () => void;
}

function ResultGroup({ heading, results }: { heading: string; results: readonly Result[] }) {
  const headingId = useId();
  if (results.length === 0) return null;
  return (
    <section className="workbook-search-group" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul aria-labelledby={headingId}>
        {results.map((result) => (
          <li key={result.key}>
            <button type="button" className="workbook-search-hit" onClick={result.open}>
              <span className="workbook-search-label">{result.label}</span>
              {result.detail ? (
                <span className="workbook-search-detail">{result.detail}</span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The header's search over the whole workbook: partners (by name, contacts, notes…),
 * stakeholders, feedback and decisions, grouped by kind. Choosing a result opens it: a partner
 * in its panel, a stakeholder in Alliances, feedback or a decision in Voice.
 */
export function WorkbookSearch() {
  const search = usePartnerSearchService();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const state = useWorkbookSearch(search, text);
  const { openView, openPanel } = useUiActions();
  const resultsId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // Search (Ctrl+F, Cmd+F on a Mac, or / outside a text field) puts the cursor here.
  useCommandHandler('search', () => {
    inputRef.current?.focus();
    inputRef.current?.select();
  });

  const close = () => {
    setText('');
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') close();
  };
  const hits = state.status === 'found' ? state.hits : { partners: [], people: [] };
  const partners: Result[] = hits.partners.map((partner) => ({
    key: partner.id,
    label: partner.name,
    open: () => {
      close();
      openView({ name: 'partners' });
      openPanel({ mode: 'edit', partnerId: partner.id });
    },
  }));
  const groupOf = (table: PeopleSearchTable): Result[] =>
    hits.people
      .filter((hit) => hit.table === table)
      .map((hit) => ({
        key: hit.id,
        label: hit.label,
        detail: hit.detail,
        open: () => {
          close();
          openView(viewOf(hit));
        },
      }));
  const none = state.status === 'found' && hits.partners.length + hits.people.length === 0;

  return (
    <div
      className="workbook-search"
      role="search"
      onFocus={() => setOpen(true)}
      onBlur={(event) => {
        // Results stay while focus moves among them, and hide once it leaves the search.
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <input
        ref={inputRef}
        type="search"
        aria-label="Search the workbook"
        // Points at the results only while they are there: an id that is absent is invalid ARIA.
        aria-controls={state.status === 'idle' || !open ? undefined : resultsId}
        placeholder="Search partners, people, feedback…"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <SearchIndexProgress />
      {state.status === 'idle' || !open ? null : (
        <div
          id={resultsId}
          className="workbook-search-results"
          role="region"
          aria-label="Search results"
        >
          {state.status === 'searching' ? <p role="status">Searching…</p> : null}
          {state.status === 'failed' ? (
            <p role="status">The search is not available right now; try again in a moment.</p>
          ) : null}
          {none ? <p role="status">Nothing in this workbook matches “{text.trim()}”.</p> : null}
          <ResultGroup heading="Partners" results={partners} />
          {PEOPLE_GROUPS.map(({ table, heading }) => (
            <ResultGroup key={table} heading={heading} results={groupOf(table)} />
          ))}
        </div>
      )}
    </div>
  );
}
