/**
 * What a scorecard row can measure, and how each reads a partner's data for a period (see
 * scorecard.ts). Sourced and influenced revenue are separate rows, never one figure.
 */

/** The measures a scorecard row can use. */
export const SCORECARD_METRICS = [
  'sourced-revenue',
  'influenced-revenue',
  'sourced-pipeline',
  'deals-won',
  'close-rate',
  'certifications',
  'activities-90-days',
  'leads',
  'integration-installs',
] as const;

/** A scorecard measure. */
export type ScorecardMetric = (typeof SCORECARD_METRICS)[number];

/** How a measure's target and actual are written: money in minor units, a count or a percentage. */
export type ScorecardUnit = 'money' | 'count' | 'percent';

/** A measure's name, unit and what its actual is, in a sentence for the screen. */
export interface ScorecardMetricInfo {
  name: string;
  unit: ScorecardUnit;
  definition: string;
}

/** Every measure's name, unit and definition. */
export const SCORECARD_METRIC_INFO: Readonly<Record<ScorecardMetric, ScorecardMetricInfo>> = {
  'sourced-revenue': {
    name: 'Sourced revenue',
    unit: 'money',
    definition: 'Partner-sourced revenue closed in the period.',
  },
  'influenced-revenue': {
    name: 'Influenced revenue',
    unit: 'money',
    definition: 'Partner-influenced revenue closed in the period.',
  },
  'sourced-pipeline': {
    name: 'Sourced pipeline',
    unit: 'money',
    definition: 'The latest partner-sourced pipeline level recorded in the period.',
  },
  'deals-won': {
    name: 'Deals won',
    unit: 'count',
    definition: 'Partner-initiated deals won in the period.',
  },
  'close-rate': {
    name: 'Close rate',
    unit: 'percent',
    definition: 'Deals won ÷ (won + lost) in the period, as a percentage.',
  },
  certifications: {
    name: 'Certified people',
    unit: 'count',
    definition: 'The latest count of certified people recorded in the period.',
  },
  'activities-90-days': {
    name: 'Activities in 90 days',
    unit: 'count',
    definition: 'Activities logged in the 90 days ending on the last day of the period.',
  },
  leads: { name: 'Leads', unit: 'count', definition: 'Leads the partner passed in the period.' },
  'integration-installs': {
    name: 'Integration installs',
    unit: 'count',
    definition: 'New installs of the integration in the period.',
  },
};
