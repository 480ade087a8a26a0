import type { MeasureUnit } from './measure';
import { checkMeasureValue } from './measure';
import { moneyInputText, parseMoney } from './money';

/**
 * Reading a typed target or actual into the number stored for its unit, and back. Money is typed
 * in major units ("12,500.50") and stored in minor units; counts are whole; percentages may carry
 * a trailing "%"; every kind accepts thousands grouped with commas or spaces. The message on a
 * failure is fit to show beside the field.
 */

/** A typed value read for its unit: the stored number, or why it cannot be read. */
export type ParsedMeasure = { ok: true; value: number } | { ok: false; error: string };

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Reads what a person typed as a value of `unit`; blank text is an error (callers decide). */
export function parseMeasureValue(text: string, unit: MeasureUnit): ParsedMeasure {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Enter a number.' };
  if (unit.kind === 'money') {
    const parsed = parseMoney(trimmed, unit.currency);
    return parsed.ok ? { ok: true, value: parsed.amountMinor } : parsed;
  }
  const bare = (unit.kind === 'percent' ? trimmed.replace(/\s*%$/, '') : trimmed)
    .replace(/^[−–]/, '-')
    .replace(/[,\s\u00a0\u202f]/g, '');
  if (!PLAIN_NUMBER.test(bare)) {
    return {
      ok: false,
      error: unit.kind === 'count' ? 'Enter a whole number like 12.' : 'Enter a number like 12.5.',
    };
  }
  const value = Number(bare);
  const problem = checkMeasureValue(value, unit);
  return problem === undefined ? { ok: true, value } : { ok: false, error: problem };
}

/** The text an input holds for a stored value: 1250050 EUR → "12500.50", 40 percent → "40". */
export function measureInputText(value: number, unit: MeasureUnit): string {
  return unit.kind === 'money'
    ? moneyInputText({ amountMinor: value, currency: unit.currency })
    : String(value);
}
