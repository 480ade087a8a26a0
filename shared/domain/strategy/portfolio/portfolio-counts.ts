import { healthBand, type HealthBand } from '../../labels';
import {
  LIFECYCLE_STAGES,
  PARTNER_TIERS,
  type LifecycleStage,
  type PartnerTier,
} from '../../partner';

/**
 * The dashboard's head counts: partners by lifecycle stage and by tier (every stage and tier
 * listed, zeros included, in ladder order, so that charts keep their shape), and how the health
 * scores fall into the green, yellow and red bands.
 */

/** A count under a key, in display order. */
export interface KeyCount<K extends string> {
  key: K;
  count: number;
}

/** Partners per lifecycle stage, every stage in lifecycle order. */
export function countByStage(
  partners: readonly { stage: LifecycleStage }[],
): KeyCount<LifecycleStage>[] {
  const counts = new Map<LifecycleStage, number>();
  for (const partner of partners) counts.set(partner.stage, (counts.get(partner.stage) ?? 0) + 1);
  return LIFECYCLE_STAGES.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

/** Partners per tier, every tier from "none" up to the highest. */
export function countByTier(partners: readonly { tier: PartnerTier }[]): KeyCount<PartnerTier>[] {
  const counts = new Map<PartnerTier, number>();
  for (const partner of partners) counts.set(partner.tier, (counts.get(partner.tier) ?? 0) + 1);
  return PARTNER_TIERS.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

/** The health bands in the order they are shown, best first; "unscored" has no score at all. */
export const HEALTH_BUCKETS = ['green', 'yellow', 'red', 'unscored'] as const;

/** A health band, or unscored. */
export type HealthBucket = HealthBand | 'unscored';

/** How many scores fall in each band (green ≥ 80, yellow 50–79, red < 50) or have none. */
export function healthDistribution(
  scores: readonly (number | undefined)[],
): KeyCount<HealthBucket>[] {
  const counts: Record<HealthBucket, number> = { green: 0, yellow: 0, red: 0, unscored: 0 };
  for (const score of scores) counts[healthBand(score) ?? 'unscored'] += 1;
  return HEALTH_BUCKETS.map((key) => ({ key, count: counts[key] }));
}
