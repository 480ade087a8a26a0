import { createContext, useContext, type ReactNode } from 'react';
import type { Workbook } from '../../db/workbook';
import { PEOPLE_SEARCH_TABLES } from '../../../../shared/search/people-search';
import { createPartnerSearch, type PartnerSearch } from './search-client';

const SearchContext = createContext<PartnerSearch | null>(null);

/**
 * Starts the full-text search of an open workbook and keeps it up to date with every committed
 * change. The worker builds its index only when first asked.
 */
export function startPartnerSearch(workbook: Workbook): PartnerSearch {
  const search = createPartnerSearch(workbook.dbName);
  workbook.changes.subscribe(({ table, ids }) => {
    // Partner records feed the partner index, and stakeholders, feedback and decisions the people
    // index; draft edits would make it re-read records for nothing.
    if (table === 'partners') search.update(ids).catch(() => undefined);
    const people = PEOPLE_SEARCH_TABLES.find((name) => name === table);
    if (people !== undefined) search.updatePeople(people, ids).catch(() => undefined);
  });
  return search;
}

/** Makes the workbook's search available to the screens. */
export function SearchProvider({
  search,
  children,
}: {
  search: PartnerSearch;
  children: ReactNode;
}) {
  return <SearchContext.Provider value={search}>{children}</SearchContext.Provider>;
}

/** The open workbook's full-text search. */
export function usePartnerSearchService(): PartnerSearch | null {
  return useContext(SearchContext);
}
