import { PARTNER_TYPE_LABELS, STAGE_LABELS } from '../../../../shared/domain/labels';
import { LIFECYCLE_STAGES, PARTNER_TIERS, PARTNER_TYPES } from '../../../../shared/domain/partner';
import { usePartnerQuery, useHiddenColumns, useUiActions } from '../../state/ui-selectors';
import { formatCount } from '../../ui/format';
import { MultiSelect } from '../../ui/MultiSelect';
import { useTierLabels } from '../settings/use-tier-labels';
import { ColumnPicker } from './ColumnPicker';

interface PartnerToolbarProps {
  shown: number;
  total: number;
  /** True while the rows are still being read; the count then says so. */
  loading: boolean;
  /** True while the shown count is about to change (a search answer or filter on its way). */
  updating: boolean;
  tags: readonly string[];
}

const identity = (value: string) => value;

/** Search, filters, column picker and the shown/total count above the partners table. */
export function PartnerToolbar({ shown, total, loading, updating, tags }: PartnerToolbarProps) {
  const query = usePartnerQuery();
  const hidden = useHiddenColumns();
  const actions = useUiActions();
  const tierLabels = useTierLabels();
  const filtered =
    query.search !== '' ||
    query.stages.length + query.types.length + query.tiers.length + query.tags.length > 0;
  return (
    <div className="toolbar" role="toolbar" aria-label="Partner filters">
      <input
        type="search"
        className="search"
        aria-label="Search partners"
        placeholder="Search name, owner, region, industry, tags…"
        value={query.search}
        onChange={(event) => actions.setSearch(event.target.value)}
      />
      <MultiSelect
        label="Stage"
        options={LIFECYCLE_STAGES}
        optionLabel={(s) => STAGE_LABELS[s]}
        selected={query.stages}
        onChange={actions.setStages}
      />
      <MultiSelect
        label="Type"
        options={PARTNER_TYPES}
        optionLabel={(t) => PARTNER_TYPE_LABELS[t]}
        selected={query.types}
        onChange={actions.setTypes}
      />
      <MultiSelect
        label="Tier"
        options={PARTNER_TIERS}
        optionLabel={(t) => tierLabels[t]}
        selected={query.tiers}
        onChange={actions.setTiers}
      />
      <MultiSelect
        label="Tag"
        options={tags}
        optionLabel={identity}
        selected={query.tags}
        onChange={actions.setTags}
      />
      {filtered ? (
        <button type="button" className="link-button" onClick={actions.clearFilters}>
          Clear filters
        </button>
      ) : null}
      <ColumnPicker hidden={hidden} onToggle={actions.setColumnHidden} />
      <p className="row-count" role="status" aria-live="polite" aria-busy={updating}>
        {loading
          ? `Loading ${formatCount(total)} partners…`
          : `Showing ${formatCount(shown)} of ${formatCount(total)} partners`}
      </p>
    </div>
  );
}
