import { z } from 'zod';

/**
 * Money is an integer count of the currency's minor units (cents, pence; yen have none) with its
 * ISO 4217 code, so that sums are exact. The minor digits come from a fixed table rather than
 * Intl, whose data differs between engines; parsing and formatting are therefore the same in the
 * app, a worker and the command line.
 */

// ISO 4217 currencies whose minor unit is not two digits; every other code has two.
const NO_MINOR_UNIT = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE_DIGITS = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR_DIGITS = 'CLF UYW';
const MINOR_DIGITS: ReadonlyMap<string, number> = new Map([
  ...NO_MINOR_UNIT.split(' ').map((code) => [code, 0] as const),
  ...THREE_DIGITS.split(' ').map((code) => [code, 3] as const),
  ...FOUR_DIGITS.split(' ').map((code) => [code, 4] as const),
]);

/** An ISO 4217 currency code: three letters, upper-cased ("eur" → "EUR"). */
export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { error: 'Enter a three-letter currency code like EUR.' });

/** An ISO 4217 currency code. */
export type Currency = string;

/** How many minor-unit digits a currency has (EUR 2, JPY 0, KWD 3). */
export function minorDigits(currency: Currency): number {
  return MINOR_DIGITS.get(currency) ?? 2;
}

const amountMinor = z
  .number({ error: 'An amount must be a number.' })
  .int({ error: 'An amount is a whole number of minor units.' });

/** An amount in minor units with its currency; may be negative (a refund, a correction). */
export const moneySchema = z.object({ amountMinor, currency: currencySchema });

/** An amount in minor units with its currency. */
export type Money = z.infer<typeof moneySchema>;

/** Money that is zero or more: investments, revenue, pipeline, targets. */
export const nonNegativeMoneySchema = z.object({
  amountMinor: amountMinor.min(0, { error: 'An amount cannot be negative.' }),
  currency: currencySchema,
});

/** Money that is more than zero: a spend in the investment ledger. */
export const positiveMoneySchema = z.object({
  amountMinor: amountMinor.min(1, { error: 'An amount must be more than zero.' }),
  currency: currencySchema,
});

/** How typed amounts are read. */
export interface ParseMoneyOptions {
  /** The decimal separator: "." (1,234.50) or "," (1.234,50). Defaults to ".". */
  decimalSeparator?: '.' | ',';
  /** Whether a leading minus is accepted. Defaults to false. */
  allowNegative?: boolean;
}

/** The result of reading a typed amount: minor units, or a message fit to show by the field. */
export type ParsedMoney = { ok: true; amountMinor: number } | { ok: false; error: string };

// Spaces (plain, no-break, narrow no-break) and apostrophes group thousands in either style.
const SPACE_GROUPS = " \u00a0\u202f'’";

/** Reads a typed amount into minor units: parseMoney('1,234.50', 'EUR') → 123450. */
export function parseMoney(
  text: string,
  currency: Currency,
  options: ParseMoneyOptions = {},
): ParsedMoney {
  const decimal = options.decimalSeparator ?? '.';
  const group = decimal === '.' ? ',' : '.';
  let body = text.trim();
  const negative = body.startsWith('-') || body.startsWith('−');
  if (negative) body = body.slice(1).trimStart();
  if (body === '') return { ok: false, error: 'Enter an amount.' };
  if (negative && options.allowNegative !== true) {
    return { ok: false, error: 'The amount cannot be negative.' };
  }
  const [whole = '', fraction, extra] = body.split(decimal);
  if (extra !== undefined) return { ok: false, error: `Use “${decimal}” only once.` };
  const groups = whole.split(new RegExp(`[${group}${SPACE_GROUPS}]`));
  const grouped = groups.length > 1;
  const wellFormed =
    groups.every((part) => /^\d+$/.test(part)) &&
    (!grouped || (groups[0]?.length ?? 0) <= 3) &&
    (!grouped || groups.slice(1).every((part) => part.length === 3));
  if (!wellFormed || (fraction !== undefined && !/^\d+$/.test(fraction))) {
    const example = minorDigits(currency) === 0 ? `1${group}234` : `1${group}234${decimal}50`;
    return { ok: false, error: `Enter an amount like ${example}, with digits only.` };
  }
  const digits = minorDigits(currency);
  // Zeros past the minor unit change nothing ("1234.00" yen), so only real fractions are refused.
  const fractionDigits = (fraction ?? '').replace(/0+$/, '').padEnd(digits, '0');
  if (fractionDigits.length > digits) {
    return {
      ok: false,
      error:
        digits === 0
          ? `${currency} has no smaller unit; enter a whole amount.`
          : `${currency} has ${digits} decimal places; enter at most ${digits}.`,
    };
  }
  const minor = Number(groups.join('') + fractionDigits);
  if (!Number.isSafeInteger(minor)) return { ok: false, error: 'The amount is too large.' };
  return { ok: true, amountMinor: negative && minor !== 0 ? -minor : minor };
}

/** Shows money for reading, in a locale's style: ("en-US") "€1,234.50", ("de-DE") "1.234,50 €". */
export function formatMoney(money: Money, locale = 'en-US'): string {
  const digits = minorDigits(money.currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(money.amountMinor / 10 ** digits);
}

/** The plain text an input holds for editing, with no grouping: 123450 EUR → "1234.50". */
export function moneyInputText(money: Money, decimalSeparator: '.' | ',' = '.'): string {
  const digits = minorDigits(money.currency);
  const sign = money.amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(money.amountMinor)).padStart(digits + 1, '0');
  if (digits === 0) return sign + text;
  return `${sign}${text.slice(0, -digits)}${decimalSeparator}${text.slice(-digits)}`;
}
