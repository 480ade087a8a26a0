import { useState, type SyntheticEvent } from 'react';
import type { MetricDefinition, MetricEntry } from '../../../../shared/domain/strategy/metric';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { formWideError, unitHint } from './metric-definitions';
import {
  emptyMetricEntryForm,
  metricEntryToForm,
  readMetricEntryForm,
  type MetricEntryForm,
} from './metric-entry-form';
import { DialogActions } from '../../ui/DialogActions';

const FIELDS = ['metric', 'date', 'value', 'note'];

/** Adds a metric entry, or edits one: metric, date, value in the metric's unit, note or source. */
export function MetricEntryDialog({
  partnerId,
  currency,
  today,
  definitions,
  entry,
  onClose,
}: {
  partnerId: string;
  currency: string;
  today: string;
  definitions: readonly MetricDefinition[];
  entry?: MetricEntry | undefined;
  onClose: () => void;
}) {
  const { metrics } = useWorkbook();
  const find = (key: string) => definitions.find((d) => d.key === key);
  const editing = entry && find(entry.metric);
  const [form, setForm] = useState<MetricEntryForm>(() =>
    entry && editing
      ? metricEntryToForm(entry, editing)
      : emptyMetricEntryForm(definitions[0]?.key ?? '', today),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const definition = find(form.metric);
  // An entry keeps the currency it was recorded in; a new one is in the workbook's.
  const entryCurrency = entry?.currency ?? currency;
  const set = (patch: Partial<MetricEntryForm>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const read = readMetricEntryForm(form, partnerId, definition, entryCurrency);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setBusy(true);
    try {
      const saved = entry
        ? await metrics.updateEntry(entry.id, read.value)
        : await metrics.addEntry(read.value);
      if (saved.ok) onClose();
      else setErrors(saved.errors);
    } catch {
      setErrors({ _: 'The entry could not be saved. Nothing was written; try again.' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={entry ? 'Edit metric entry' : 'Add metric entry'} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={formWideError(errors, FIELDS)} />
        <Field label="Metric" error={errors.metric} hint={definition?.definition || undefined}>
          {(props) => (
            <select
              {...props}
              value={form.metric}
              disabled={entry !== undefined}
              onChange={(e) => set({ metric: e.target.value, value: '' })}
            >
              {definitions.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field-row">
          <Field label="Date" error={errors.date}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={form.date}
                onChange={(e) => set({ date: e.target.value })}
              />
            )}
          </Field>
          <Field
            label="Value"
            error={errors.value}
            hint={definition && unitHint(definition, entryCurrency)}
          >
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                autoComplete="off"
                value={form.value}
                onChange={(e) => set({ value: e.target.value })}
              />
            )}
          </Field>
        </div>
        <Field label="Note or source" error={errors.note}>
          {(props) => (
            <textarea
              {...props}
              className="grow"
              value={form.note}
              onChange={(e) => set({ note: e.target.value })}
            />
          )}
        </Field>
        <DialogActions submit={entry ? 'Save entry' : 'Add entry'} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
