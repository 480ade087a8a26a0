import {
  BUILT_IN_METRIC_KEYS,
  BUILT_IN_METRICS,
  customMetricDefinition,
  type CustomMetric,
  type MetricDefinition,
} from '../../../../shared/domain/strategy/metric';
import type { FieldErrors } from '../../../../shared/domain/validation';

/** Every metric an entry may use: the built-in ones in their order, then the user's by name. */
export function metricDefinitions(custom: readonly CustomMetric[]): MetricDefinition[] {
  return [
    ...BUILT_IN_METRIC_KEYS.map((key) => BUILT_IN_METRICS[key]),
    ...custom.map(customMetricDefinition),
  ];
}

/** What a metric's values are, in words, for the value field's hint. */
export function unitHint(definition: MetricDefinition, currency: string): string {
  switch (definition.unit) {
    case 'money':
      return `An amount in ${currency}, like 12,500.00.`;
    case 'count':
      return `A whole number${definition.unitLabel ? ` of ${definition.unitLabel}` : ''}, like 3.`;
    case 'percent':
      return 'A percentage, like 12.5.';
    case 'number':
      return `A number${definition.unitLabel ? ` (${definition.unitLabel})` : ''}, like 4.5.`;
  }
}

/**
 * The message a form shows at its top: the form-wide one, or one for a field it has no place
 * for (a repository may name a nested path such as "amount.amountMinor").
 */
export function formWideError(errors: FieldErrors, fields: readonly string[]): string | undefined {
  if (errors._ !== undefined) return errors._;
  const other = Object.keys(errors).find((key) => !fields.includes(key));
  return other === undefined ? undefined : errors[other];
}
