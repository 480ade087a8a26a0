import { healthBand, type HealthBand } from '../labels';
import { figure, noFigure, type Figure } from './figure';
import type { HealthInput } from './health-components';
import type { HealthScore } from './health-score';
import { addDays, dateOfTimestamp } from './iso-date';

/**
 * The one health score a partner shows, wherever it is shown (the performance view, the
 * dashboard's bands, the tier suggestion). A partner has two sources of a health number: the
 * score computed from its data (health-score.ts) and a recorded score, typed into the partner
 * form or imported from a CRM (`Partner.healthScore`). The computed score wins as soon as the
 * partner has any of the data it reads; until then the recorded score stands in, marked as
 * recorded; with neither, the partner has no score (rather than a computed 0 from nothing).
 */

/** Where a shown health score comes from. */
export type HealthSource = 'computed' | 'recorded';

/** Why a partner shows no health score. */
export type NoHealthReason = 'no-scored-components' | 'no-health-data';

/** The health a partner shows: the score, its band and source, and the computation behind it. */
export interface ShownHealth extends Omit<HealthScore, 'score' | 'band'> {
  score: Figure<number, NoHealthReason>;
  band: HealthBand | undefined;
  /** Undefined when there is no score. */
  source: HealthSource | undefined;
  /** The recorded score, shown or not, so that a screen can say why it is not the one used. */
  recorded: number | undefined;
}

const HEALTH_METRICS: ReadonlySet<string> = new Set([
  'sourced-revenue',
  'influenced-revenue',
  'sourced-pipeline',
  'certifications',
]);

/**
 * Whether the partner has any data the computed score reads: an entry of a scored metric in the
 * 365 days ending today, an activity in the 90 days ending today, or a plan.
 */
export function hasHealthData(input: HealthInput): boolean {
  if (input.plans.length > 0) return true;
  const yearStart = addDays(input.today, -364);
  const engagementStart = addDays(input.today, -89);
  const inWindow = (date: string, start: string) => date >= start && date <= input.today;
  return (
    input.metrics.some((p) => HEALTH_METRICS.has(p.metric) && inWindow(p.date, yearStart)) ||
    input.activities.some((a) => inWindow(dateOfTimestamp(a.occurredAt), engagementStart))
  );
}

/** The health to show: computed with data, else the recorded score, else none. */
export function shownHealth(
  computed: HealthScore,
  hasData: boolean,
  recorded: number | undefined,
): ShownHealth {
  const base = { scoredWeight: computed.scoredWeight, components: computed.components, recorded };
  if (hasData) {
    const source = computed.score.value === undefined ? undefined : 'computed';
    return { ...base, score: computed.score, band: computed.band, source };
  }
  if (recorded !== undefined) {
    return { ...base, score: figure(recorded), band: healthBand(recorded), source: 'recorded' };
  }
  return { ...base, score: noFigure('no-health-data'), band: undefined, source: undefined };
}
