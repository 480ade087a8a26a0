import type { ReactNode } from 'react';
import { healthBand, PARTNER_TYPE_LABELS, STAGE_LABELS } from '../../../../shared/domain/labels';
import type { PartnerSortColumn } from '../../../../shared/domain/partner-query';
import type { PartnerRow } from '../../../../shared/domain/partner-row';
import type { TierLabels } from '../../../../shared/domain/strategy/tier-labels';
import { STATUS_LABELS } from '../../../../shared/positioning/labels';
import { formatDate } from '../../ui/format';

/**
 * What the cells read besides the row: the workbook's own words, such as its tier names. Passed
 * as the table's meta (one object, changed only when a label changes) so that the column
 * definitions stay module constants.
 */
export interface PartnerCellContext {
  tierLabels: TierLabels;
}

/**
 * What each column of the partners table shows for a row: one plain function per column. The
 * column definitions use them, and so does the virtualised body directly, which renders forty
 * rows a frame while scrolling and so skips building a table row model per frame.
 */
export const PARTNER_CELLS: Record<
  PartnerSortColumn,
  (row: PartnerRow, context: PartnerCellContext) => ReactNode
> = {
  name: (p) => <span className="cell-name">{p.name}</span>,
  types: (p) => p.types.map((t) => PARTNER_TYPE_LABELS[t]).join(', '),
  stage: (p) => <span className={`stage-badge stage-${p.stage}`}>{STAGE_LABELS[p.stage]}</span>,
  tier: (p, { tierLabels }) => (p.tier === 'none' ? '' : tierLabels[p.tier]),
  region: (p) => p.region ?? '',
  industry: (p) => p.industry ?? '',
  owner: (p) => p.owner ?? '',
  healthScore: (p) => {
    const band = healthBand(p.healthScore);
    return band === undefined ? (
      ''
    ) : (
      <span
        className={`health health-${band}`}
        aria-label={`Recorded health ${String(p.healthScore)} of 100 (${band})`}
      >
        {p.healthScore}
      </span>
    );
  },
  lastActivityAt: (p) => formatDate(p.lastActivityAt),
  positioningStatus: (p) =>
    p.positioningStatus === undefined ? (
      ''
    ) : (
      <span className={`status-badge status-${p.positioningStatus}`}>
        {STATUS_LABELS[p.positioningStatus]}
      </span>
    ),
  tags: (p) => p.tags.join(', '),
};
