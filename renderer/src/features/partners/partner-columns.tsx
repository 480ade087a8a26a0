import {
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import {
  healthBand,
  PARTNER_TYPE_LABELS,
  STAGE_LABELS,
  TIER_LABELS,
} from '../../../../shared/domain/labels';
import type { PartnerRow } from '../../../../shared/domain/partner-row';
import type { PartnerSortColumn } from '../../../../shared/domain/partner-query';
import { STATUS_LABELS } from '../../../../shared/positioning/labels';
import { formatDate } from '../../ui/format';

/** The table features the partners grid registers; sorting itself runs in shared/ (manual). */
export const partnerTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnSizingFeature,
});

const helper = createColumnHelper<typeof partnerTableFeatures, PartnerRow>();

/** Columns of the partners table, in display order; ids match the sortable columns of the query. */
export const partnerColumns = helper.columns([
  helper.accessor('name', {
    id: 'name',
    header: 'Name',
    size: 240,
    enableHiding: false,
    cell: (info) => <span className="cell-name">{info.getValue()}</span>,
  }),
  helper.accessor((p) => p.types.map((t) => PARTNER_TYPE_LABELS[t]).join(', '), {
    id: 'types',
    header: 'Type',
    size: 200,
  }),
  helper.accessor('stage', {
    id: 'stage',
    header: 'Stage',
    size: 120,
    cell: (info) => (
      <span className={`stage-badge stage-${info.getValue()}`}>
        {STAGE_LABELS[info.getValue()]}
      </span>
    ),
  }),
  helper.accessor('tier', {
    id: 'tier',
    header: 'Tier',
    size: 110,
    cell: (info) => (info.getValue() === 'none' ? '' : TIER_LABELS[info.getValue()]),
  }),
  helper.accessor((p) => p.region ?? '', { id: 'region', header: 'Region', size: 140 }),
  helper.accessor((p) => p.industry ?? '', { id: 'industry', header: 'Industry', size: 150 }),
  helper.accessor((p) => p.owner ?? '', { id: 'owner', header: 'Owner', size: 140 }),
  helper.accessor((p) => p.healthScore, {
    id: 'healthScore',
    header: 'Health',
    size: 90,
    sortDescFirst: true,
    cell: (info) => {
      const score = info.getValue();
      const band = healthBand(score);
      return band === undefined ? (
        ''
      ) : (
        <span className={`health health-${band}`} aria-label={`Health ${score} of 100 (${band})`}>
          {score}
        </span>
      );
    },
  }),
  helper.accessor((p) => p.lastActivityAt, {
    id: 'lastActivityAt',
    header: 'Last activity',
    size: 130,
    sortDescFirst: true,
    cell: (info) => formatDate(info.getValue()),
  }),
  helper.accessor((p) => p.positioningStatus, {
    id: 'positioningStatus',
    header: 'Positioning',
    size: 120,
    cell: (info) => {
      const status = info.getValue();
      return status === undefined ? (
        ''
      ) : (
        <span className={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>
      );
    },
  }),
  helper.accessor((p) => p.tags.join(', '), { id: 'tags', header: 'Tags', size: 220 }),
]);

/** Human names of the columns, for the column picker. */
export const COLUMN_LABELS: Record<PartnerSortColumn, string> = {
  name: 'Name',
  types: 'Type',
  stage: 'Stage',
  tier: 'Tier',
  region: 'Region',
  industry: 'Industry',
  owner: 'Owner',
  healthScore: 'Health',
  lastActivityAt: 'Last activity',
  positioningStatus: 'Positioning',
  tags: 'Tags',
};
