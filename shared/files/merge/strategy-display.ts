import { findMetricDefinition } from '../../domain/strategy/metric';
import { periodLabel, type Period } from '../../domain/strategy/period';
import {
  FUND_TYPE_LABELS,
  INVESTMENT_KIND_LABELS,
  INVESTMENT_TAG_LABELS,
  METRIC_INDICATOR_LABELS,
  PLAN_STATUS_LABELS,
} from '../../domain/strategy/strategy-labels';
import { formatMoney, type Money } from '../../domain/strategy/money';
import { canonicalJson } from '../../util/content-hash';

/**
 * How the strategy tables' fields read in a merge conflict (see field-display.ts): labels for
 * stored codes, periods and money as people write them, partner names instead of ids.
 */

/** The strategy tables whose records a merge can put in conflict. */
export type StrategyTable =
  'companyGoals' | 'partnerPlans' | 'investments' | 'metricEntries' | 'customMetrics';

/** Field names of the strategy tables, for people, beyond the ones every table shares. */
export const STRATEGY_FIELD_LABELS: Readonly<Record<string, string>> = {
  measure: 'Measure',
  target: 'Target',
  unit: 'Unit',
  period: 'Period',
  vision: 'Vision',
  ownerOurs: 'Our owner',
  ownerPartner: 'Partner’s owner',
  sponsorOurs: 'Our executive sponsor',
  sponsorPartner: 'Partner’s executive sponsor',
  objectives: 'Objectives',
  targetAccounts: 'Target accounts',
  qbrDates: 'QBR dates',
  risks: 'Risks',
  date: 'Date',
  tag: 'Tag',
  note: 'Note',
  kind: 'Kind',
  hours: 'Hours',
  person: 'Person',
  amount: 'Amount',
  fundType: 'Fund type',
  rating: 'Effort (1–5)',
  metric: 'Metric',
  currency: 'Currency',
  definition: 'Definition',
  unitLabel: 'Unit name',
  indicator: 'Leading or lagging',
  aggregation: 'Aggregation',
};

const plain = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.join(', ');
  }
  return canonicalJson(value);
};

const labelled = (labels: Readonly<Record<string, string>>, value: unknown): string =>
  typeof value === 'string' ? (labels[value] ?? value) : plain(value);

const isPeriod = (value: unknown): value is Period =>
  typeof value === 'object' && value !== null && 'start' in value && 'end' in value;

const isMoney = (value: unknown): value is Money =>
  typeof value === 'object' && value !== null && 'amountMinor' in value && 'currency' in value;

/** A strategy record's field as display text; `partner` names a partner id. */
export function strategyValue(
  table: StrategyTable,
  field: string,
  value: unknown,
  partner: (id: unknown) => string,
): string {
  if (field === 'partnerId') return partner(value);
  if (field === 'period' && isPeriod(value)) return periodLabel(value);
  if (field === 'amount' && isMoney(value)) return formatMoney(value);
  if (field === 'objectives' && Array.isArray(value)) {
    return value.map((objective: { title?: unknown }) => plain(objective.title)).join('; ');
  }
  if (table === 'partnerPlans' && field === 'status') return labelled(PLAN_STATUS_LABELS, value);
  if (table === 'investments') {
    if (field === 'tag') return labelled(INVESTMENT_TAG_LABELS, value);
    if (field === 'kind') return labelled(INVESTMENT_KIND_LABELS, value);
    if (field === 'fundType') return labelled(FUND_TYPE_LABELS, value);
  }
  if (table === 'metricEntries' && field === 'metric' && typeof value === 'string') {
    return findMetricDefinition(value, [])?.name ?? value;
  }
  if (table === 'customMetrics' && field === 'indicator') {
    return labelled(METRIC_INDICATOR_LABELS, value);
  }
  return plain(value);
}
