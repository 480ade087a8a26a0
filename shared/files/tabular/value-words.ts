/**
 * The words CRM exports and hand-made lists use for partner types, lifecycle stages, tiers and
 * regions, and the value each stands for. The app's own keys and labels are always accepted.
 * Values are compared folded (see foldWords).
 */
import { PARTNER_TYPE_LABELS, STAGE_LABELS, TIER_LABELS } from '../../domain/labels';
import {
  LIFECYCLE_STAGES,
  PARTNER_TIERS,
  PARTNER_TYPES,
  REGIONS,
  type LifecycleStage,
  type PartnerTier,
  type PartnerType,
} from '../../domain/partner';
import { foldWords, wordTable } from './words';

const own = <T extends string>(keys: readonly T[], labels: Record<T, string>) =>
  keys.map((key): readonly [T, readonly string[]] => [key, [key, labels[key]]]);

/** Words for partner types ("VAR", "Technology Partner", Salesforce's "Installation Partner"). */
export const TYPE_WORDS: ReadonlyMap<string, PartnerType> = wordTable<PartnerType>([
  ...own(PARTNER_TYPES, PARTNER_TYPE_LABELS),
  [
    'reseller',
    [
      'VAR',
      'value added reseller',
      'value-added reseller',
      'resellers',
      'channel partner',
      'Channel Partner / Reseller',
      'solution provider',
      'dealer',
      'retailer',
    ],
  ],
  [
    'referral',
    ['affiliate', 'affiliates', 'referral partner', 'referrer', 'introducer', 'affiliate partner'],
  ],
  [
    'system-integrator',
    [
      'SI',
      'GSI',
      'systems integrator',
      'integrator',
      'consultancy',
      'consulting',
      'consultant',
      'consulting partner',
      'Installation Partner',
      'implementation partner',
      'services partner',
      'service partner',
      'professional services',
      'global system integrator',
    ],
  ],
  [
    'technology',
    [
      'ISV',
      'technology partner',
      'tech partner',
      'independent software vendor',
      'integration partner',
      'integration',
      'software partner',
      'app partner',
      'marketplace partner',
    ],
  ],
  [
    'msp',
    [
      'managed service provider',
      'managed services provider',
      'managed services',
      'managed service partner',
      'MSSP',
    ],
  ],
  [
    'agency',
    [
      'agency partner',
      'marketing agency',
      'digital agency',
      'solutions partner',
      'creative agency',
    ],
  ],
  [
    'distributor',
    [
      'distribution',
      'distributors',
      'disti',
      'VAD',
      'value added distributor',
      'wholesaler',
      'distribution partner',
    ],
  ],
  [
    'oem',
    [
      'original equipment manufacturer',
      'OEM partner',
      'embedded',
      'white label',
      'white-label partner',
    ],
  ],
]);

/** Type-column words that carry no partner type and are not a mistake ("Other", "Partner"). */
export const NO_TYPE_WORDS: ReadonlySet<string> = new Set(
  [
    'other',
    'others',
    'partner',
    'partners',
    'none',
    'n/a',
    'na',
    'unknown',
    'vendor',
    'customer',
    'customer - direct',
    'customer - channel',
    'alliance',
    'alliance partner',
    '-',
  ].map(foldWords),
);

/** Words for lifecycle stages, including HubSpot lifecycle stages and common statuses. */
export const STAGE_WORDS: ReadonlyMap<string, LifecycleStage> = wordTable<LifecycleStage>([
  ...own(LIFECYCLE_STAGES, STAGE_LABELS),
  [
    'prospect',
    [
      'prospects',
      'lead',
      'new',
      'target',
      'candidate',
      'identified',
      'recruiting',
      'subscriber',
      'marketing qualified lead',
      'MQL',
      'sales qualified lead',
      'SQL',
      'opportunity',
      'qualified',
    ],
  ],
  [
    'applicant',
    [
      'applied',
      'application',
      'applying',
      'pending',
      'under review',
      'in review',
      'pending approval',
    ],
  ],
  [
    'onboarding',
    ['onboard', 'signed', 'enablement', 'ramping', 'ramp up', 'new partner', 'contracted'],
  ],
  ['active', ['live', 'customer', 'engaged', 'current', 'activated', 'approved']],
  ['growing', ['growth', 'expanding', 'expansion', 'evangelist', 'strategic']],
  [
    'at-risk',
    ['at risk', 'risk', 'churn risk', 'churning', 'dormant', 'inactive', 'declining', 'stalled'],
  ],
  [
    'exited',
    [
      'exit',
      'churned',
      'terminated',
      'former',
      'former partner',
      'declined',
      'rejected',
      'ended',
      'lost',
      'closed',
      'offboarded',
      'cancelled',
      'canceled',
    ],
  ],
]);

/** Words for programme tiers. */
export const TIER_WORDS: ReadonlyMap<string, PartnerTier> = wordTable<PartnerTier>([
  ...own(PARTNER_TIERS, TIER_LABELS),
  ['none', ['no tier', 'untiered', 'not tiered', 'n/a', '-']],
  [
    'registered',
    [
      'member',
      'authorized',
      'authorised',
      'basic',
      'entry',
      'associate',
      'bronze',
      'certified',
      'select',
    ],
  ],
  ['silver', ['silver partner', 'silver tier']],
  ['gold', ['gold partner', 'gold tier', 'advanced']],
  ['platinum', ['platinum partner', 'platinum tier', 'premier', 'diamond', 'elite', 'titanium']],
]);

/** Words for the app's regions; other region text is kept as it is written. */
export const REGION_WORDS: ReadonlyMap<string, string> = wordTable<string>([
  ...REGIONS.map((region): readonly [string, readonly string[]] => [region, [region]]),
  ['North America', ['NA', 'NAM', 'NORAM', 'US & Canada', 'USA & Canada', 'US and Canada']],
  [
    'Latin America',
    [
      'LATAM',
      'LATAM & Caribbean',
      'South America',
      'Central America',
      'Latin America and Caribbean',
    ],
  ],
  [
    'EMEA',
    [
      'Europe',
      'Europe, Middle East and Africa',
      'Europe, Middle East & Africa',
      'Middle East',
      'Africa',
      'EU',
      'DACH',
      'Nordics',
      'Benelux',
      'UK&I',
      'UKI',
      'MEA',
    ],
  ],
  [
    'APAC',
    [
      'Asia Pacific',
      'Asia-Pacific',
      'Asia',
      'ANZ',
      'Australia and New Zealand',
      'Oceania',
      'Japan',
      'ASEAN',
      'Southeast Asia',
      'Greater China',
    ],
  ],
  ['Global', ['Worldwide', 'WW', 'International', 'All regions', 'Global accounts']],
]);
