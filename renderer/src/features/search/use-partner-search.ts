import { useEffect, useMemo, useState } from 'react';
import { hasSearchTerms } from '../../../../shared/search/partner-search';
import type { SearchHits } from '../../../../shared/search/search-hits';
import type { PartnerSearch } from './search-client';

/** What the partners screen narrows its rows by. */
export interface PartnerSearchState {
  /**
   * The search text that `ids` answer, which the screen filters by: the typed text once its
   * answer is in (or when there is nothing to ask), and while it is on its way the text of the
   * last answer (or the last text there was nothing to ask for).
   */
  text: string;
  /** The partners matching `text`; null when there is nothing to search or no index yet. */
  ids: SearchHits | null;
  /** True while the answer for the typed text is on its way (or the index it needs). */
  pending: boolean;
}

interface Answer {
  /** The search that answered; null for a text there was nothing to ask about. */
  search: PartnerSearch | null;
  text: string;
  ids: SearchHits | null;
}

/**
 * Full-text matches for `text`. Starts the index build if nobody has. While a newer answer is on
 * its way the previous one stays, with its own text, so that the rows change once per keystroke
 * (to the typed text's matches) instead of twice (the new words with the previous answer's hits,
 * then again with the new hits), and narrow as the user types instead of flickering.
 * If the search fails (the worker stopped), ids fall back to null: nothing is hidden.
 */
export function usePartnerSearch(search: PartnerSearch | null, text: string): PartnerSearchState {
  const [built, setBuilt] = useState<{ search: PartnerSearch; ok: boolean } | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const searchable = useMemo(() => hasSearchTerms(text), [text]);
  const building = search !== null && built?.search !== search;
  const active = search !== null && !building && built?.ok === true && searchable;
  // A text with nothing to ask is settled as it is typed: the rows show it until the next answer
  // (after the search box is cleared, all rows rather than the last answer's).
  if (!active && (answer === null || answer.text !== text || answer.ids !== null)) {
    setAnswer({ search: null, text, ids: null });
  }

  useEffect(() => {
    if (!search) return;
    let current = true;
    search.build().then(
      () => {
        if (current) setBuilt({ search, ok: true });
      },
      () => {
        if (current) setBuilt({ search, ok: false });
      },
    );
    return () => {
      current = false;
    };
  }, [search]);

  useEffect(() => {
    if (!active) return;
    let current = true;
    search.searchHits(text).then(
      (ids) => {
        if (current) setAnswer({ search, text, ids });
      },
      () => {
        if (current) setAnswer({ search, text, ids: null });
      },
    );
    return () => {
      current = false;
    };
  }, [active, search, text]);

  // While the index builds, the typed words alone; the answer follows once it is built.
  if (!active) return { text, ids: null, pending: building && searchable };
  const previous =
    answer !== null && (answer.search === search || answer.ids === null) ? answer : null;
  if (previous?.text === text && previous.search === search) {
    return { text, ids: previous.ids, pending: false };
  }
  // Nothing shown for this search yet: the typed words alone until the first answer.
  if (previous === null) return { text, ids: null, pending: true };
  return { text: previous.text, ids: previous.ids, pending: true };
}
