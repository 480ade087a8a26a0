import type { Partner } from './partner';
import type { PositioningStatus } from './positioning';

/**
 * What the partners table shows of a partner: the columns, without notes, website or timestamps.
 * The table holds 100,000 of these, so keeping them small keeps memory and load time down.
 */
export type PartnerRow = Pick<
  Partner,
  | 'id'
  | 'name'
  | 'types'
  | 'stage'
  | 'tier'
  | 'region'
  | 'industry'
  | 'owner'
  | 'healthScore'
  | 'lastActivityAt'
  | 'tags'
> & {
  /** The partner's positioning status, summarised from its drafts; absent without drafts. */
  positioningStatus?: PositioningStatus;
};

/** The table row of a stored partner, with its positioning status when it has drafts. */
export function toPartnerRow(partner: Partner, positioningStatus?: PositioningStatus): PartnerRow {
  const row: PartnerRow = {
    id: partner.id,
    name: partner.name,
    types: partner.types,
    stage: partner.stage,
    tier: partner.tier,
    tags: partner.tags,
  };
  // Absent fields stay absent rather than becoming undefined-valued keys.
  if (partner.region !== undefined) row.region = partner.region;
  if (partner.industry !== undefined) row.industry = partner.industry;
  if (partner.owner !== undefined) row.owner = partner.owner;
  if (partner.healthScore !== undefined) row.healthScore = partner.healthScore;
  if (partner.lastActivityAt !== undefined) row.lastActivityAt = partner.lastActivityAt;
  if (positioningStatus !== undefined) row.positioningStatus = positioningStatus;
  return row;
}
