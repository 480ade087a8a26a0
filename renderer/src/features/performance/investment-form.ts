import type {
  FundType,
  Investment,
  InvestmentKind,
  InvestmentTag,
} from '../../../../shared/domain/strategy/investment';
import type { Currency } from '../../../../shared/domain/strategy/money';
import type { FieldErrors, Validated } from '../../../../shared/domain/validation';
import { metricValueInput, parseHours } from './figure-text';
import { parseMoney } from '../../../../shared/domain/strategy/money';

/**
 * A ledger entry as its dialog holds it, and the reading of that into the fields InvestmentRepo
 * validates. The form keeps the fields of every kind, so switching kind while typing loses
 * nothing; only the chosen kind's fields are read. Money is in the workbook's currency.
 */

/** A ledger entry's form: every value a string. */
export interface InvestmentForm {
  kind: InvestmentKind;
  date: string;
  tag: InvestmentTag;
  note: string;
  hours: string;
  person: string;
  amount: string;
  fundType: FundType;
  rating: string;
}

/** The fields InvestmentRepo.create and update take. */
export type InvestmentFields =
  | ({ kind: 'time'; hours: number; person: string } & Common)
  | ({
      kind: 'money';
      amount: { amountMinor: number; currency: Currency };
      fundType: FundType;
    } & Common)
  | ({ kind: 'energy'; rating: number } & Common);

interface Common {
  partnerId: string;
  date: string;
  tag: InvestmentTag;
  note?: string;
}

/** A new entry's form, dated today. */
export function emptyInvestmentForm(kind: InvestmentKind, today: string): InvestmentForm {
  return {
    kind,
    date: today,
    tag: 'enablement',
    note: '',
    hours: '',
    person: '',
    amount: '',
    fundType: 'mdf',
    rating: '3',
  };
}

/** An entry's form for editing. */
export function investmentToForm(entry: Investment): InvestmentForm {
  const form = { ...emptyInvestmentForm(entry.kind, entry.date), tag: entry.tag };
  const note = entry.note ?? '';
  switch (entry.kind) {
    case 'time':
      return { ...form, note, hours: String(entry.hours), person: entry.person };
    case 'money':
      return {
        ...form,
        note,
        amount: metricValueInput(entry.amount.amountMinor, 'money', entry.amount.currency),
        fundType: entry.fundType,
      };
    case 'energy':
      return { ...form, note, rating: String(entry.rating) };
  }
}

/** Reads the form into ledger fields, or messages for the typed fields (hours, amount, date). */
export function readInvestmentForm(
  form: InvestmentForm,
  partnerId: string,
  currency: Currency,
): Validated<InvestmentFields> {
  const errors: FieldErrors = {};
  if (form.date.trim() === '') errors.date = 'Enter the date of the investment.';
  const note = form.note.trim();
  const common: Common = {
    partnerId,
    date: form.date.trim(),
    tag: form.tag,
    ...(note === '' ? {} : { note }),
  };
  let fields: InvestmentFields | undefined;
  if (form.kind === 'time') {
    const hours = parseHours(form.hours);
    if (hours.ok) fields = { ...common, kind: 'time', hours: hours.value, person: form.person };
    else errors.hours = hours.error;
  } else if (form.kind === 'money') {
    const amount = parseMoney(form.amount, currency);
    if (amount.ok) {
      const money = { amountMinor: amount.amountMinor, currency };
      fields = { ...common, kind: 'money', amount: money, fundType: form.fundType };
    } else errors.amount = amount.error;
  } else {
    fields = { ...common, kind: 'energy', rating: Number(form.rating) };
  }
  return fields === undefined || Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, value: fields };
}
