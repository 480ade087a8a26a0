import { FormError } from '../../ui/FormError';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { filterPartnerRows } from '../../../../shared/domain/partner-filter';
import { allTags } from '../../../../shared/domain/partner-query';
import { sortPartnerRows } from '../../../../shared/domain/partner-sort';
import type { PartnerRowsSnapshot } from '../../db/partner-rows-store';
import {
  useHiddenColumns,
  usePanel,
  usePartnerQuery,
  useUiActions,
} from '../../state/ui-selectors';
import { usePartnerSearchService } from '../search/search-context';
import { useTierLabels } from '../settings/use-tier-labels';
import { usePartnerSearch } from '../search/use-partner-search';
import { PartnersTable } from './PartnersTable';
import { PartnerToolbar } from './PartnerToolbar';
import { useDeletePartner } from './use-delete-partner';

/** The main screen: the partners table with its toolbar. */
export function PartnersScreen({ snapshot }: { snapshot: PartnerRowsSnapshot }) {
  const query = usePartnerQuery();
  const searchService = usePartnerSearchService();
  // Notes and contacts are searched by the full-text index once the table has loaded. The worker
  // is asked as soon as a key is typed; the rows follow the text it has answered (with its hits),
  // so that each keystroke updates them once.
  const fullText = usePartnerSearch(snapshot.complete ? searchService : null, query.search);
  const { stages, types, tiers, tags: tagFilter, sort } = query;
  const shown = useMemo(
    () => ({
      query: { search: fullText.text, stages, types, tiers, tags: tagFilter, sort },
      alsoMatching: fullText.ids ?? undefined,
    }),
    [fullText.text, fullText.ids, stages, types, tiers, tagFilter, sort],
  );
  // Typing stays responsive at 100,000 rows: the filter runs on a deferred copy of the query.
  const deferred = useDeferredValue(shown);
  // Sorting runs only when the rows or the sort change; each keystroke then only filters.
  const sorted = useMemo(
    () => sortPartnerRows(snapshot.rows, deferred.query.sort),
    [snapshot.rows, deferred.query.sort],
  );
  const rows = useMemo(
    () => filterPartnerRows(sorted, deferred.query, deferred.alsoMatching),
    [sorted, deferred],
  );
  // The count says when it is about to change: a search answer on its way, or rows being filtered.
  const updating = fullText.pending || deferred !== shown;
  const tags = useMemo(() => allTags(snapshot.rows), [snapshot.rows]);
  const hidden = useHiddenColumns();
  const panel = usePanel();
  const { openPanel, closePanel, setSort, clearFilters } = useUiActions();
  const deletePartner = useDeletePartner();
  const tierLabels = useTierLabels();
  // One context object per set of labels, so the memoised table re-renders only when one changes.
  const cellContext = useMemo(() => ({ tierLabels }), [tierLabels]);
  const [error, setError] = useState<string | null>(null);
  // Stable handlers let the memoised table skip renders that change nothing it shows.
  const openPartner = useCallback(
    (partnerId: string) => openPanel({ mode: 'edit', partnerId }),
    [openPanel],
  );
  const onDelete = useCallback(
    (partnerId: string) => void deletePartner(partnerId).then(setError),
    [deletePartner],
  );
  return (
    <section className="partners-screen" aria-label="Partners">
      <PartnerToolbar
        shown={rows.length}
        total={snapshot.total}
        loading={!snapshot.complete}
        updating={updating}
        tags={tags}
      />
      <FormError message={error} />
      {rows.length === 0 ? (
        <div className="no-results">
          <p>No partners match these filters.</p>
          <button type="button" onClick={clearFilters}>
            Clear filters
          </button>
        </div>
      ) : (
        <PartnersTable
          rows={rows}
          sort={query.sort}
          hiddenColumns={hidden}
          selectedId={panel.mode === 'edit' ? panel.partnerId : undefined}
          cellContext={cellContext}
          onSortChange={setSort}
          onOpen={openPartner}
          onDelete={onDelete}
          onEscape={closePanel}
        />
      )}
    </section>
  );
}
