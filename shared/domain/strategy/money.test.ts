import { describe, expect, it } from 'vitest';
import {
  currencySchema,
  formatMoney,
  minorDigits,
  moneyInputText,
  nonNegativeMoneySchema,
  parseMoney,
} from './money';

describe('parseMoney', () => {
  it('reads grouped and plain amounts into minor units', () => {
    // 1,234.50 EUR = 1234 × 100 + 50 = 123450 cents.
    expect(parseMoney('1,234.50', 'EUR')).toEqual({ ok: true, amountMinor: 123450 });
    expect(parseMoney(' 1234.5 ', 'EUR')).toEqual({ ok: true, amountMinor: 123450 });
    expect(parseMoney('1 234 567', 'GBP')).toEqual({ ok: true, amountMinor: 123456700 });
    expect(parseMoney('0.07', 'USD')).toEqual({ ok: true, amountMinor: 7 });
  });

  it('reads the comma-decimal style when asked', () => {
    const comma = { decimalSeparator: ',' } as const;
    expect(parseMoney('1.234,50', 'EUR', comma)).toEqual({ ok: true, amountMinor: 123450 });
    expect(parseMoney('1\u00a0234,5', 'EUR', comma)).toEqual({ ok: true, amountMinor: 123450 });
  });

  it('follows each currency’s minor digits', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(minorDigits('EUR')).toBe(2);
    expect(parseMoney('1,234', 'JPY')).toEqual({ ok: true, amountMinor: 1234 });
    // Zeros past the minor unit change nothing.
    expect(parseMoney('1234.00', 'JPY')).toEqual({ ok: true, amountMinor: 1234 });
    // 1.234 KWD = 1 × 1000 + 234 fils.
    expect(parseMoney('1.234', 'KWD')).toEqual({ ok: true, amountMinor: 1234 });
  });

  it('refuses fractions finer than the currency has', () => {
    expect(parseMoney('1.005', 'EUR')).toEqual({
      ok: false,
      error: 'EUR has 2 decimal places; enter at most 2.',
    });
    expect(parseMoney('1234.5', 'JPY')).toEqual({
      ok: false,
      error: 'JPY has no smaller unit; enter a whole amount.',
    });
  });

  it('refuses negatives unless allowed', () => {
    expect(parseMoney('-5', 'EUR')).toEqual({ ok: false, error: 'The amount cannot be negative.' });
    expect(parseMoney('-5', 'EUR', { allowNegative: true })).toEqual({
      ok: true,
      amountMinor: -500,
    });
    expect(parseMoney('−0', 'EUR', { allowNegative: true })).toEqual({ ok: true, amountMinor: 0 });
  });

  it('refuses malformed text with a message', () => {
    expect(parseMoney('', 'EUR')).toEqual({ ok: false, error: 'Enter an amount.' });
    expect(parseMoney('12.3.4', 'EUR')).toEqual({ ok: false, error: 'Use “.” only once.' });
    const format = { ok: false, error: 'Enter an amount like 1,234.50, with digits only.' };
    expect(parseMoney('1,23.50', 'EUR')).toEqual(format);
    expect(parseMoney('€12', 'EUR')).toEqual(format);
    expect(parseMoney('1.', 'EUR')).toEqual(format);
    expect(parseMoney('12e3', 'EUR')).toEqual(format);
    expect(parseMoney('1.5', 'JPY', { decimalSeparator: ',' })).toEqual({
      ok: false,
      error: 'Enter an amount like 1.234, with digits only.',
    });
    // 10^17 × 100 minor units is beyond what a number holds exactly.
    expect(parseMoney('100000000000000000', 'EUR')).toEqual({
      ok: false,
      error: 'The amount is too large.',
    });
  });
});

describe('formatMoney and moneyInputText', () => {
  it('formats for reading in a locale', () => {
    expect(formatMoney({ amountMinor: 123450, currency: 'EUR' })).toBe('€1,234.50');
    expect(formatMoney({ amountMinor: 1234, currency: 'JPY' })).toBe('¥1,234');
    expect(formatMoney({ amountMinor: 123450, currency: 'EUR' }, 'de-DE')).toBe('1.234,50\u00a0€');
  });

  it('gives plain text for editing that parses back to the same amount', () => {
    expect(moneyInputText({ amountMinor: 123450, currency: 'EUR' })).toBe('1234.50');
    expect(moneyInputText({ amountMinor: 5, currency: 'EUR' })).toBe('0.05');
    expect(moneyInputText({ amountMinor: -5, currency: 'EUR' })).toBe('-0.05');
    expect(moneyInputText({ amountMinor: 1234, currency: 'JPY' })).toBe('1234');
    expect(moneyInputText({ amountMinor: 1234, currency: 'KWD' }, ',')).toBe('1,234');
    expect(parseMoney(moneyInputText({ amountMinor: 987654, currency: 'USD' }), 'USD')).toEqual({
      ok: true,
      amountMinor: 987654,
    });
  });
});

describe('money schemas', () => {
  it('upper-cases currency codes and refuses others', () => {
    expect(currencySchema.parse(' eur ')).toBe('EUR');
    expect(currencySchema.safeParse('EURO').success).toBe(false);
  });

  it('keeps amounts whole and, where asked, not negative', () => {
    expect(nonNegativeMoneySchema.safeParse({ amountMinor: 1.5, currency: 'EUR' }).success).toBe(
      false,
    );
    expect(nonNegativeMoneySchema.safeParse({ amountMinor: -1, currency: 'EUR' }).success).toBe(
      false,
    );
    expect(nonNegativeMoneySchema.parse({ amountMinor: 0, currency: 'eur' })).toEqual({
      amountMinor: 0,
      currency: 'EUR',
    });
  });
});
