import { z } from 'zod';
import { idSchema, optionalText, recordBaseSchema } from '../record';
import { isoDateSchema } from './iso-date';
import { currencySchema } from './money';

/**
 * Metric entries: one dated figure for one partner and one metric. Built-in metrics carry their
 * definitions; users add their own. Sourced and influenced revenue are separate metrics, and no
 * function here or in the derived figures adds them together: they answer different questions
 * and overlap on shared deals.
 *
 * A metric either sums over time (revenue closed, deals won: an entry counts in the period that
 * holds its date) or is a level read at a point in time (open pipeline, certified people: the
 * latest entry holds; several entries on that same latest day add up).
 */

/** What a metric's values are: money (minor units + currency), a count, a number or a percentage. */
export const METRIC_UNITS = ['money', 'count', 'number', 'percent'] as const;

/** What a metric's values are. */
export type MetricUnit = (typeof METRIC_UNITS)[number];

/** Leading metrics move first (activity, pipeline); lagging ones record results (revenue). */
export const METRIC_INDICATORS = ['leading', 'lagging'] as const;

/** Whether a metric is leading or lagging. */
export type MetricIndicator = (typeof METRIC_INDICATORS)[number];

/** How entries combine over time: summed over a period, or the latest level. */
export const METRIC_AGGREGATIONS = ['sum', 'latest'] as const;

/** How entries combine over time. */
export type MetricAggregation = (typeof METRIC_AGGREGATIONS)[number];

/** The built-in metrics' keys (custom metrics are keyed by their definition's id). */
export const BUILT_IN_METRIC_KEYS = [
  'sourced-pipeline',
  'sourced-revenue',
  'influenced-revenue',
  'deals-won',
  'deals-lost',
  'leads',
  'integration-installs',
  'certifications',
] as const;

/** A built-in metric's key. */
export type BuiltInMetricKey = (typeof BUILT_IN_METRIC_KEYS)[number];

/** The two revenue metrics, which are always reported side by side and never summed. */
export type RevenueMetricKey = 'sourced-revenue' | 'influenced-revenue';

/** What a metric is and how its entries are read. */
export interface MetricDefinition {
  /** A built-in key, or a custom definition's id. */
  key: string;
  name: string;
  /** What the metric counts, in a sentence the app shows beside it. */
  definition: string;
  unit: MetricUnit;
  /** A name for the unit where it helps ("installs"). */
  unitLabel?: string;
  indicator: MetricIndicator;
  aggregation: MetricAggregation;
  builtIn: boolean;
}

const builtIn = (
  key: BuiltInMetricKey,
  name: string,
  definition: string,
  unit: MetricUnit,
  indicator: MetricIndicator,
  aggregation: MetricAggregation,
): MetricDefinition => ({ key, name, definition, unit, indicator, aggregation, builtIn: true });

/** The built-in metrics, each with its definition. */
export const BUILT_IN_METRICS: Readonly<Record<BuiltInMetricKey, MetricDefinition>> = {
  'sourced-pipeline': builtIn(
    'sourced-pipeline',
    'Partner-sourced pipeline',
    'The value of open opportunities the partner created or registered, as it stood on the entry’s date.',
    'money',
    'leading',
    'latest',
  ),
  'sourced-revenue': builtIn(
    'sourced-revenue',
    'Partner-sourced revenue',
    'Closed-won revenue on opportunities the partner created or registered. Never added to influenced revenue.',
    'money',
    'lagging',
    'sum',
  ),
  'influenced-revenue': builtIn(
    'influenced-revenue',
    'Partner-influenced revenue',
    'Closed-won revenue on our own opportunities that the partner materially advanced; a deal is credited to one partner only. Never added to sourced revenue.',
    'money',
    'lagging',
    'sum',
  ),
  'deals-won': builtIn(
    'deals-won',
    'Deals won',
    'Partner-initiated deals closed as won.',
    'count',
    'lagging',
    'sum',
  ),
  'deals-lost': builtIn(
    'deals-lost',
    'Deals lost',
    'Partner-initiated deals closed as lost.',
    'count',
    'lagging',
    'sum',
  ),
  leads: builtIn(
    'leads',
    'Leads',
    'New leads the partner passed to us.',
    'count',
    'leading',
    'sum',
  ),
  'integration-installs': builtIn(
    'integration-installs',
    'Integration installs',
    'New installs of the integration between the partner’s product and ours.',
    'count',
    'leading',
    'sum',
  ),
  certifications: builtIn(
    'certifications',
    'Certified people',
    'People at the partner holding a current certification on our product, as counted on the entry’s date.',
    'count',
    'leading',
    'latest',
  ),
};

/** Whether a key names a built-in metric. */
export function isBuiltInMetric(key: string): key is BuiltInMetricKey {
  return Object.hasOwn(BUILT_IN_METRICS, key);
}

const customFields = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: 'A metric needs a name.' })
    .max(100, { error: 'A name is at most 100 characters.' }),
  definition: optionalText(1000, 'Definition'),
  unit: z.enum(METRIC_UNITS, { error: 'Choose a unit.' }),
  unitLabel: optionalText(40, 'Unit name'),
  indicator: z.enum(METRIC_INDICATORS, { error: 'Choose leading or lagging.' }),
  aggregation: z.enum(METRIC_AGGREGATIONS).default('sum'),
});

/** A user's own metric, as a form supplies it. */
export const customMetricInputSchema = customFields;

/** A custom metric before validation. */
export type CustomMetricInput = z.input<typeof customMetricInputSchema>;

/** A stored custom metric definition. */
export const customMetricSchema = recordBaseSchema.extend(customFields.shape);

/** A stored custom metric definition. */
export type CustomMetric = z.infer<typeof customMetricSchema>;

/** A custom metric as a definition the figures can read. */
export function customMetricDefinition(metric: CustomMetric): MetricDefinition {
  return {
    key: metric.id,
    name: metric.name,
    definition: metric.definition ?? '',
    unit: metric.unit,
    ...(metric.unitLabel === undefined ? {} : { unitLabel: metric.unitLabel }),
    indicator: metric.indicator,
    aggregation: metric.aggregation,
    builtIn: false,
  };
}

/** The definition behind a key: a built-in metric, one of `custom`, or undefined. */
export function findMetricDefinition(
  key: string,
  custom: readonly CustomMetric[],
): MetricDefinition | undefined {
  if (isBuiltInMetric(key)) return BUILT_IN_METRICS[key];
  const found = custom.find((metric) => metric.id === key);
  return found === undefined ? undefined : customMetricDefinition(found);
}

/** A message when a value does not fit its metric's unit, else undefined. */
export function checkMetricValue(
  entry: { value: number; currency?: string | undefined },
  definition: Pick<MetricDefinition, 'unit'>,
): string | undefined {
  if (!Number.isFinite(entry.value)) return 'Enter a number.';
  switch (definition.unit) {
    case 'money':
      if (entry.currency === undefined) return 'Choose the currency of the amount.';
      if (!Number.isSafeInteger(entry.value)) return 'An amount is a whole number of minor units.';
      return entry.value < 0 ? 'An amount cannot be negative.' : undefined;
    case 'count':
      if (entry.currency !== undefined) return 'A count has no currency.';
      return Number.isSafeInteger(entry.value) && entry.value >= 0
        ? undefined
        : 'A count is a whole number, zero or more.';
    case 'number':
    case 'percent':
      return entry.currency === undefined ? undefined : 'Only amounts of money have a currency.';
  }
}

const entryFields = {
  partnerId: idSchema,
  /** A built-in metric's key, or a custom metric's id. */
  metric: z.string().refine((key) => isBuiltInMetric(key) || idSchema.safeParse(key).success, {
    error: 'Choose a metric.',
  }),
  /** The day the figure is for: when it happened, or when a level was read. */
  date: isoDateSchema,
  /** The figure: minor units for money, else the number itself. */
  value: z.number({ error: 'Enter a number.' }),
  /** The currency, for money metrics only. */
  currency: currencySchema.optional(),
  note: optionalText(2000, 'Note'),
};

/** A stored metric entry; built-in metrics' values are checked against their units here. */
export const metricEntrySchema = recordBaseSchema.extend(entryFields).superRefine((entry, ctx) => {
  if (!isBuiltInMetric(entry.metric)) return;
  const problem = checkMetricValue(entry, BUILT_IN_METRICS[entry.metric]);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
});

/** A stored metric entry. */
export type MetricEntry = z.infer<typeof metricEntrySchema>;
