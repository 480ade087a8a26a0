import { useDeferredValue, useMemo, useState } from 'react';
import type { Partner } from '../../../../shared/domain/partner';
import { allTags, queryPartners } from '../../../../shared/domain/partner-query';
import {
  useHiddenColumns,
  usePanel,
  usePartnerQuery,
  useUiActions,
} from '../../state/ui-selectors';
import { PartnersTable } from './PartnersTable';
import { PartnerToolbar } from './PartnerToolbar';
import { useDeletePartner } from './use-delete-partner';

/** The main screen: the partners table with its toolbar. */
export function PartnersScreen({ partners }: { partners: Partner[] }) {
  const query = usePartnerQuery();
  // Typing stays responsive at 100,000 rows: the filter runs on a deferred copy of the query.
  const deferredQuery = useDeferredValue(query);
  const rows = useMemo(() => queryPartners(partners, deferredQuery), [partners, deferredQuery]);
  const tags = useMemo(() => allTags(partners), [partners]);
  const hidden = useHiddenColumns();
  const panel = usePanel();
  const { openPanel, setSort, clearFilters } = useUiActions();
  const deletePartner = useDeletePartner();
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="partners-screen" aria-label="Partners">
      <PartnerToolbar shown={rows.length} total={partners.length} tags={tags} />
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
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
          onSortChange={setSort}
          onOpen={(partnerId) => openPanel({ mode: 'edit', partnerId })}
          onDelete={(partnerId) => void deletePartner(partnerId).then(setError)}
        />
      )}
    </section>
  );
}
