import { createContext, useContext, type ReactNode } from 'react';
import type { Workbook } from '../../db/workbook';
import { createPartnerSearch, type PartnerSearch } from './search-client';

const SearchContext = createContext<PartnerSearch | null>(null);

/**
 * Starts the full-text search of an open workbook and keeps it up to date with every committed
 * change. The worker builds its index only when first asked.
 */
export function startPartnerSearch(workbook: Workbook): PartnerSearch {
  const search = createPartnerSearch(workbook.dbName);
  workbook.changes.subscribe(({ table, ids }) => {
    // Only partner records feed the index; draft edits would make it re-read partners for nothing.
    if (table !== 'partners') return;
    search.update(ids).catch(() => undefined);
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
