import { useState, type ReactNode, type SyntheticEvent } from 'react';
import {
  FUND_TYPES,
  INVESTMENT_KINDS,
  INVESTMENT_TAGS,
  type Investment,
  type InvestmentKind,
} from '../../../../shared/domain/strategy/investment';
import {
  FUND_TYPE_LABELS,
  INVESTMENT_KIND_LABELS,
  INVESTMENT_TAG_LABELS,
} from '../../../../shared/domain/strategy/strategy-labels';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import {
  emptyInvestmentForm,
  investmentToForm,
  readInvestmentForm,
  type InvestmentForm,
} from './investment-form';
import { formWideError } from './metric-definitions';
import { DialogActions } from '../../ui/DialogActions';

const FIELDS = ['kind', 'date', 'tag', 'note', 'hours', 'person', 'amount', 'fundType', 'rating'];

/** How each effort rating reads. */
export const EFFORT_LABELS = ['1 – light', '2', '3 – moderate', '4', '5 – very heavy'];

/** Logs an investment, or edits one: time by a person, money with its fund type, or energy. */
export function InvestmentDialog({
  partnerId,
  currency,
  today,
  entry,
  onClose,
}: {
  partnerId: string;
  currency: string;
  today: string;
  entry?: Investment | undefined;
  onClose: () => void;
}) {
  const { investments } = useWorkbook();
  const [form, setForm] = useState<InvestmentForm>(() =>
    entry ? investmentToForm(entry) : emptyInvestmentForm('time', today),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  // An entry keeps the currency it was recorded in; a new one is in the workbook's.
  const entryCurrency = entry?.kind === 'money' ? entry.amount.currency : currency;
  const set = (patch: Partial<InvestmentForm>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const read = readInvestmentForm(form, partnerId, entryCurrency);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setBusy(true);
    try {
      const saved = entry
        ? await investments.update(entry.id, read.value)
        : await investments.create(read.value);
      if (saved.ok) onClose();
      else setErrors(saved.errors);
    } catch {
      setErrors({ _: 'The investment could not be saved. Nothing was written; try again.' });
    } finally {
      setBusy(false);
    }
  };
  const select = (
    label: string,
    key: 'kind' | 'tag' | 'fundType' | 'rating',
    options: readonly { value: string; label: string }[],
  ): ReactNode => (
    <Field label={label} error={errors[key]}>
      {(props) => (
        <select {...props} value={form[key]} onChange={(e) => set({ [key]: e.target.value })}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const input = (label: string, key: 'hours' | 'person' | 'amount', hint?: string) => (
    <Field label={label} error={errors[key]} {...(hint === undefined ? {} : { hint })}>
      {(props) => (
        <input
          {...props}
          autoComplete="off"
          value={form[key]}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      )}
    </Field>
  );
  const kinds = INVESTMENT_KINDS.map((k) => ({ value: k, label: INVESTMENT_KIND_LABELS[k] }));
  return (
    <Dialog title={entry ? 'Edit investment' : 'Log investment'} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={formWideError(errors, FIELDS)} />
        <div className="field-row">
          {entry ? null : select('Kind', 'kind', kinds)}
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
        </div>
        {kindFields(form.kind, select, input, entryCurrency)}
        {select(
          'What it served',
          'tag',
          INVESTMENT_TAGS.map((t) => ({ value: t, label: INVESTMENT_TAG_LABELS[t] })),
        )}
        <Field label="Note" error={errors.note}>
          {(props) => (
            <textarea
              {...props}
              className="grow"
              value={form.note}
              onChange={(e) => set({ note: e.target.value })}
            />
          )}
        </Field>
        <DialogActions
          submit={entry ? 'Save investment' : 'Log investment'}
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

// The fields of the chosen kind.
function kindFields(
  kind: InvestmentKind,
  select: (
    label: string,
    key: 'fundType' | 'rating',
    options: readonly { value: string; label: string }[],
  ) => ReactNode,
  input: (label: string, key: 'hours' | 'person' | 'amount', hint?: string) => ReactNode,
  currency: string,
): ReactNode {
  switch (kind) {
    case 'time':
      return (
        <div className="field-row">
          {input('Hours', 'hours', 'In quarter hours at the finest, like 1.5.')}
          {input('Person', 'person', 'Whose time it was.')}
        </div>
      );
    case 'money':
      return (
        <div className="field-row">
          {input('Amount', 'amount', `In ${currency}, like 12,500.00.`)}
          {select(
            'Fund type',
            'fundType',
            FUND_TYPES.map((f) => ({ value: f, label: FUND_TYPE_LABELS[f] })),
          )}
        </div>
      );
    case 'energy':
      return select(
        'Effort',
        'rating',
        EFFORT_LABELS.map((label, index) => ({ value: String(index + 1), label })),
      );
  }
}
