import { type MetricUnit } from '../../../../shared/domain/strategy/metric';
import {
  formatMoney,
  minorDigits,
  parseMoney,
  type Currency,
} from '../../../../shared/domain/strategy/money';

/**
 * Reading typed numbers and writing figures for people, the one place the performance screens do
 * either. Amounts are typed and shown in the "12,500.00" style (dot for decimals), the style
 * parseMoney reads by default, so what the screen shows can be typed back unchanged.
 */

/** Money for reading: 1250000 EUR → "€12,500.00". */
export function moneyText(amountMinor: number, currency: Currency): string {
  return formatMoney({ amountMinor, currency });
}

/** One whole unit of a currency, short: "€1". */
export function oneUnitText(currency: Currency): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(1);
}

/** A fraction as a whole percent: 0.75 → "75%". */
export function percentText(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** A number with grouping and at most two decimals: 1234.5 → "1,234.5". */
export function numberText(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A change as "+12%" or "−5%", or the absolute change when there was nothing before. */
export function signedPercentText(fraction: number): string {
  const rounded = Math.round(fraction * 100);
  return rounded > 0 ? `+${rounded}%` : rounded < 0 ? `−${-rounded}%` : '0%';
}

/** A metric value for reading, in its unit. */
export function metricValueText(
  value: number,
  unit: MetricUnit,
  currency: Currency | undefined,
): string {
  switch (unit) {
    case 'money':
      return currency === undefined ? numberText(value) : moneyText(value, currency);
    case 'percent':
      return `${numberText(value)}%`;
    case 'count':
    case 'number':
      return numberText(value);
  }
}

/** The text an input holds for editing a metric value, with no grouping. */
export function metricValueInput(
  value: number,
  unit: MetricUnit,
  currency: Currency | undefined,
): string {
  if (unit !== 'money' || currency === undefined) return String(value);
  const digits = minorDigits(currency);
  return (value / 10 ** digits).toFixed(digits);
}

/** A typed value read in a unit: minor units for money, else the number itself. */
export type ParsedValue = { ok: true; value: number } | { ok: false; error: string };

/** Reads a typed metric value in its unit ("12,500.00" money, "3" count, "12.5" percent). */
export function parseMetricValue(text: string, unit: MetricUnit, currency: Currency): ParsedValue {
  if (unit === 'money') {
    const money = parseMoney(text, currency);
    return money.ok ? { ok: true, value: money.amountMinor } : money;
  }
  const body = text.trim().replace(/,/g, '');
  const plain = unit === 'percent' ? body.replace(/\s*%$/, '') : body;
  if (plain === '') return { ok: false, error: 'Enter a number.' };
  if (unit === 'count') {
    return /^\d+$/.test(plain) && Number.isSafeInteger(Number(plain))
      ? { ok: true, value: Number(plain) }
      : { ok: false, error: 'Enter a whole number, zero or more, like 3.' };
  }
  const value = Number(plain);
  return /^-?\d*\.?\d+$/.test(plain) && Number.isFinite(value)
    ? { ok: true, value }
    : {
        ok: false,
        error: unit === 'percent' ? 'Enter a percentage like 12.5.' : 'Enter a number.',
      };
}

/** Reads typed hours ("1.5", "2,5" is refused): a number, or a message. */
export function parseHours(text: string): ParsedValue {
  const body = text.trim();
  if (body === '') return { ok: false, error: 'Enter the hours, like 1.5.' };
  const value = Number(body);
  return /^\d*\.?\d+$/.test(body) && Number.isFinite(value)
    ? { ok: true, value }
    : { ok: false, error: 'Enter the hours as a number, like 1.5.' };
}
