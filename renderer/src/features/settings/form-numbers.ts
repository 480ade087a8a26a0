import { parseMoney, type Currency, type Money } from '../../../../shared/domain/strategy/money';

/**
 * Reading what people type into number fields. Text that reads as a number becomes one; anything
 * else is handed on as it was typed, so that the shared schema rejects it with its own message
 * ("A weight is a whole percent from 0 to 100.") rather than the form inventing a second wording.
 */

/** A typed number as a number when it reads as one ("35", " 7.5 "), else the text itself. */
export function readNumber(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
}

/** A typed amount in the workbook's currency: money, nothing (left empty), or why it is wrong. */
export type ReadAmount = { ok: true; money: Money | undefined } | { ok: false; error: string };

/** Reads a typed amount ("250,000", "250000.50") in a currency; empty reads as not set. */
export function readAmount(text: string, currency: Currency): ReadAmount {
  if (text.trim() === '') return { ok: true, money: undefined };
  const parsed = parseMoney(text, currency);
  return parsed.ok
    ? { ok: true, money: { amountMinor: parsed.amountMinor, currency } }
    : { ok: false, error: parsed.error };
}
