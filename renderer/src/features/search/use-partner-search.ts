import { useEffect, useMemo, useState } from 'react';
import { hasSearchTerms } from '../../../../shared/search/partner-search';
import type { PartnerSearch } from './search-client';

/** What the partners screen narrows its rows by. */
export interface PartnerSearchState {
  /** Ids of the matching partners; null while there is nothing to search or no index yet. */
  ids: ReadonlySet<string> | null;
  /** True while the answer for the current text is on its way (ids then hold the last answer). */
  pending: boolean;
}

interface Answer {
  search: PartnerSearch;
  text: string;
  ids: ReadonlySet<string> | null;
}

/**
 * Full-text matches for `text`. Starts the index build if nobody has. While a newer answer is on
 * its way the previous one stays, so that rows narrow as the user types instead of flickering.
 * If the search fails (the worker stopped), ids fall back to null: nothing is hidden.
 */
export function usePartnerSearch(search: PartnerSearch | null, text: string): PartnerSearchState {
  const [readySearch, setReadySearch] = useState<PartnerSearch | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const searchable = useMemo(() => hasSearchTerms(text), [text]);
  const active = search !== null && search === readySearch && searchable;

  useEffect(() => {
    if (!search) return;
    let current = true;
    search.build().then(
      () => {
        if (current) setReadySearch(search);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [search]);

  useEffect(() => {
    if (!active) return;
    let current = true;
    search.search(text).then(
      (ids) => {
        if (current) setAnswer({ search, text, ids: new Set(ids) });
      },
      () => {
        if (current) setAnswer({ search, text, ids: null });
      },
    );
    return () => {
      current = false;
    };
  }, [active, search, text]);

  if (!active) return { ids: null, pending: false };
  const previous = answer?.search === search ? answer : null;
  if (previous?.text === text) return { ids: previous.ids, pending: false };
  return { ids: previous?.ids ?? null, pending: true };
}
