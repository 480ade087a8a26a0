import { useState, type SyntheticEvent } from 'react';
import {
  METRIC_AGGREGATIONS,
  METRIC_INDICATORS,
  METRIC_UNITS,
  type CustomMetric,
  type MetricAggregation,
  type MetricIndicator,
  type MetricUnit,
} from '../../../../shared/domain/strategy/metric';
import { METRIC_INDICATOR_LABELS } from '../../../../shared/domain/strategy/strategy-labels';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { formWideError } from './metric-definitions';
import { DialogActions } from '../../ui/DialogActions';

const UNIT_LABELS: Record<MetricUnit, string> = {
  money: 'Money (the workbook’s currency)',
  count: 'Count (whole numbers)',
  number: 'Number',
  percent: 'Percentage',
};

const AGGREGATION_LABELS: Record<MetricAggregation, string> = {
  sum: 'Entries add up over time (like deals closed)',
  latest: 'The latest entry counts (like a level or headcount)',
};

const FIELDS = ['name', 'definition', 'unit', 'unitLabel', 'indicator', 'aggregation'];

interface Form {
  name: string;
  definition: string;
  unit: MetricUnit;
  unitLabel: string;
  indicator: MetricIndicator;
  aggregation: MetricAggregation;
}

/** Defines a metric of the user's own, or edits one: name, unit, leading or lagging. */
export function CustomMetricDialog({
  metric,
  onClose,
}: {
  metric?: CustomMetric | undefined;
  onClose: () => void;
}) {
  const { metrics } = useWorkbook();
  const [form, setForm] = useState<Form>({
    name: metric?.name ?? '',
    definition: metric?.definition ?? '',
    unit: metric?.unit ?? 'count',
    unitLabel: metric?.unitLabel ?? '',
    indicator: metric?.indicator ?? 'leading',
    aggregation: metric?.aggregation ?? 'sum',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const saved = metric
        ? await metrics.updateMetric(metric.id, form)
        : await metrics.defineMetric(form);
      if (saved.ok) onClose();
      else setErrors(saved.errors);
    } catch {
      setErrors({ _: 'The metric could not be saved. Nothing was written; try again.' });
    } finally {
      setBusy(false);
    }
  };
  const choice = <T extends string>(
    label: string,
    key: 'unit' | 'indicator' | 'aggregation',
    values: readonly T[],
    labels: Record<T, string>,
    hint?: string,
  ) => (
    <Field label={label} error={errors[key]} {...(hint === undefined ? {} : { hint })}>
      {(props) => (
        <select
          {...props}
          value={form[key]}
          disabled={key === 'unit' && metric !== undefined}
          onChange={(e) => set({ [key]: e.target.value })}
        >
          {values.map((value) => (
            <option key={value} value={value}>
              {labels[value]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const text = (label: string, key: 'name' | 'definition' | 'unitLabel', hint?: string) => (
    <Field label={label} error={errors[key]} {...(hint === undefined ? {} : { hint })}>
      {(props) => (
        <input {...props} value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />
      )}
    </Field>
  );
  return (
    <Dialog title={metric ? `Edit “${metric.name}”` : 'New metric'} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={formWideError(errors, FIELDS)} />
        {text('Metric name', 'name')}
        {text('Definition', 'definition', 'What the metric counts, in a sentence.')}
        {choice(
          'Unit',
          'unit',
          METRIC_UNITS,
          UNIT_LABELS,
          metric
            ? 'The unit stays as it was, so that earlier entries keep their meaning.'
            : undefined,
        )}
        {text('Unit name', 'unitLabel', 'Optional, such as “installs” or “hours”.')}
        {choice('Leading or lagging', 'indicator', METRIC_INDICATORS, METRIC_INDICATOR_LABELS)}
        {choice('How entries combine', 'aggregation', METRIC_AGGREGATIONS, AGGREGATION_LABELS)}
        <DialogActions
          submit={metric ? 'Save metric' : 'Create metric'}
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
