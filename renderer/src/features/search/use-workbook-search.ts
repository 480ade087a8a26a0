import { useEffect, useMemo, useState } from 'react';
import { hasSearchTerms } from '../../../../shared/search/partner-search';
import type { PartnerSearch, WorkbookSearchHits } from './search-client';

/** What the header's search shows for the current text. */
export type WorkbookSearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'failed' }
  | { status: 'found'; hits: WorkbookSearchHits };

/** Results per kind: enough to pick from, few enough to take in at a glance. */
export const RESULTS_PER_KIND = 6;

/**
 * The workbook-wide matches for `text` (partners, stakeholders, feedback, decisions), the last
 * answer kept while a newer one is on its way. A failed search says so instead of showing none.
 */
export function useWorkbookSearch(search: PartnerSearch | null, text: string): WorkbookSearchState {
  const searchable = useMemo(() => hasSearchTerms(text), [text]);
  const [answer, setAnswer] = useState<{ text: string; state: WorkbookSearchState } | null>(null);

  useEffect(() => {
    if (!search || !searchable) return;
    let current = true;
    search.searchAll(text, RESULTS_PER_KIND).then(
      (hits) => {
        if (current) setAnswer({ text, state: { status: 'found', hits } });
      },
      () => {
        if (current) setAnswer({ text, state: { status: 'failed' } });
      },
    );
    return () => {
      current = false;
    };
  }, [search, searchable, text]);

  if (!search || !searchable) return { status: 'idle' };
  if (answer === null) return { status: 'searching' };
  return answer.state;
}
