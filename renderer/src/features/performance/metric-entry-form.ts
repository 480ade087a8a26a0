import type { MetricDefinition, MetricEntry } from '../../../../shared/domain/strategy/metric';
import type { Currency } from '../../../../shared/domain/strategy/money';
import type { FieldErrors, Validated } from '../../../../shared/domain/validation';
import { metricValueInput, parseMetricValue } from './figure-text';

/**
 * A metric entry as its dialog holds it (text as typed), and the reading of that into the fields
 * MetricRepo validates. Money is always in the workbook's currency: the form reads the typed
 * amount into minor units of it, so the repository never sees a decimal amount.
 */

/** A metric entry's form: every value a string. */
export interface MetricEntryForm {
  metric: string;
  date: string;
  value: string;
  note: string;
}

/** The fields MetricRepo.addEntry and updateEntry take. */
export interface MetricEntryFields {
  partnerId: string;
  metric: string;
  date: string;
  value: number;
  currency?: Currency;
  note?: string;
}

/** A new entry's form: the metric chosen, dated today. */
export function emptyMetricEntryForm(metric: string, today: string): MetricEntryForm {
  return { metric, date: today, value: '', note: '' };
}

/** An entry's form for editing, its amount shown in the entry's own currency. */
export function metricEntryToForm(
  entry: MetricEntry,
  definition: MetricDefinition,
): MetricEntryForm {
  return {
    metric: entry.metric,
    date: entry.date,
    value: metricValueInput(entry.value, definition.unit, entry.currency),
    note: entry.note ?? '',
  };
}

/** Reads the form into entry fields, or field messages (value, date, metric). */
export function readMetricEntryForm(
  form: MetricEntryForm,
  partnerId: string,
  definition: MetricDefinition | undefined,
  currency: Currency,
): Validated<MetricEntryFields> {
  const errors: FieldErrors = {};
  if (definition === undefined) errors.metric = 'Choose a metric.';
  if (form.date.trim() === '') errors.date = 'Enter the date the figure is for.';
  const parsed = definition && parseMetricValue(form.value, definition.unit, currency);
  if (parsed && !parsed.ok) errors.value = parsed.error;
  if (!definition || !parsed?.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  const note = form.note.trim();
  return {
    ok: true,
    value: {
      partnerId,
      metric: definition.key,
      date: form.date.trim(),
      value: parsed.value,
      ...(definition.unit === 'money' ? { currency } : {}),
      ...(note === '' ? {} : { note }),
    },
  };
}
