import {
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { PartnerRow } from '../../../../shared/domain/partner-row';
import type { PartnerSortColumn } from '../../../../shared/domain/partner-query';
import type { ReactNode } from 'react';
import { TIER_LABELS } from '../../../../shared/domain/labels';
import { PARTNER_CELLS, type PartnerCellContext } from './partner-cells';

/** The table features the partners grid registers; sorting itself runs in shared/ (manual). */
export const partnerTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnSizingFeature,
  tableMeta: metaHelper<PartnerCellContext>(),
});

const helper = createColumnHelper<typeof partnerTableFeatures, PartnerRow>();

// A table created without meta still reads: it shows the standard tier labels.
const STANDARD_CONTEXT: PartnerCellContext = { tierLabels: TIER_LABELS };

const cell =
  (column: PartnerSortColumn) =>
  (info: {
    row: { original: PartnerRow };
    table: { options: { meta?: PartnerCellContext } };
  }): ReactNode =>
    PARTNER_CELLS[column](info.row.original, info.table.options.meta ?? STANDARD_CONTEXT);

/** Columns of the partners table, in display order; ids match the sortable columns of the query. */
export const partnerColumns = helper.columns([
  helper.accessor('name', {
    id: 'name',
    header: 'Name',
    size: 240,
    enableHiding: false,
    cell: cell('name'),
  }),
  helper.accessor((p) => p.types.join(','), {
    id: 'types',
    header: 'Type',
    size: 200,
    cell: cell('types'),
  }),
  helper.accessor('stage', { id: 'stage', header: 'Stage', size: 120, cell: cell('stage') }),
  helper.accessor('tier', { id: 'tier', header: 'Tier', size: 110, cell: cell('tier') }),
  helper.accessor((p) => p.region ?? '', {
    id: 'region',
    header: 'Region',
    size: 140,
    cell: cell('region'),
  }),
  helper.accessor((p) => p.industry ?? '', {
    id: 'industry',
    header: 'Industry',
    size: 150,
    cell: cell('industry'),
  }),
  helper.accessor((p) => p.owner ?? '', {
    id: 'owner',
    header: 'Owner',
    size: 140,
    cell: cell('owner'),
  }),
  helper.accessor((p) => p.healthScore, {
    id: 'healthScore',
    // The recorded score (typed or imported); the computed one is in the performance view.
    header: 'Health (recorded)',
    size: 130,
    sortDescFirst: true,
    cell: cell('healthScore'),
  }),
  helper.accessor((p) => p.lastActivityAt, {
    id: 'lastActivityAt',
    header: 'Last activity',
    size: 130,
    sortDescFirst: true,
    cell: cell('lastActivityAt'),
  }),
  helper.accessor((p) => p.positioningStatus, {
    id: 'positioningStatus',
    header: 'Positioning',
    size: 120,
    cell: cell('positioningStatus'),
  }),
  helper.accessor((p) => p.tags.join(', '), {
    id: 'tags',
    header: 'Tags',
    size: 220,
    cell: cell('tags'),
  }),
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
  healthScore: 'Health (recorded)',
  lastActivityAt: 'Last activity',
  positioningStatus: 'Positioning',
  tags: 'Tags',
};
