import type { ACTIVITY_DIRECTIONS, ACTIVITY_PURPOSES } from './activity';
import type { LifecycleStage, PartnerTier, PartnerType } from './partner';

/** How each partner type reads on screen. */
export const PARTNER_TYPE_LABELS: Record<PartnerType, string> = {
  reseller: 'Reseller / VAR',
  referral: 'Referral / affiliate',
  'system-integrator': 'System integrator',
  technology: 'Technology / ISV',
  msp: 'MSP',
  agency: 'Agency',
  distributor: 'Distributor',
  oem: 'OEM',
};

/** How each lifecycle stage reads on screen. */
export const STAGE_LABELS: Record<LifecycleStage, string> = {
  prospect: 'Prospect',
  applicant: 'Applicant',
  onboarding: 'Onboarding',
  active: 'Active',
  growing: 'Growing',
  'at-risk': 'At risk',
  exited: 'Exited',
};

/** How each tier reads on screen. */
export const TIER_LABELS: Record<PartnerTier, string> = {
  none: 'No tier',
  registered: 'Registered',
  silver: 'Silver',
  gold: 'Gold',
  platinum: 'Platinum',
};

/** How each activity direction reads on screen and in exports. */
export const ACTIVITY_DIRECTION_LABELS: Record<(typeof ACTIVITY_DIRECTIONS)[number], string> = {
  inbound: 'Inbound',
  outbound: 'Outbound',
};

/** How each activity purpose reads on screen and in exports. */
export const ACTIVITY_PURPOSE_LABELS: Record<(typeof ACTIVITY_PURPOSES)[number], string> = {
  development: 'Partner development',
  sales: 'Sales',
};

/** Health bands: green 80 and over, yellow 50–79, red under 50. */
export type HealthBand = 'green' | 'yellow' | 'red';

/** The band a health score falls in, or undefined when there is no score. */
export function healthBand(score: number | undefined): HealthBand | undefined {
  if (score === undefined) return undefined;
  if (score >= 80) return 'green';
  if (score >= 50) return 'yellow';
  return 'red';
}
