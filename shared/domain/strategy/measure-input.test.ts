import { describe, expect, it } from 'vitest';
import { measureInputText, parseMeasureValue } from './measure-input';

const EUR = { kind: 'money', currency: 'EUR' } as const;
const JPY = { kind: 'money', currency: 'JPY' } as const;
const COUNT = { kind: 'count' } as const;
const PERCENT = { kind: 'percent' } as const;
const INSTALLS = { kind: 'quantity', label: 'installs' } as const;

describe('parseMeasureValue', () => {
  it('reads money in major units into minor units', () => {
    expect(parseMeasureValue('12,500.50', EUR)).toEqual({ ok: true, value: 1_250_050 });
    expect(parseMeasureValue('400000', EUR)).toEqual({ ok: true, value: 40_000_000 });
    expect(parseMeasureValue('1,234', JPY)).toEqual({ ok: true, value: 1234 });
  });

  it('refuses money with too many decimals or a minus', () => {
    expect(parseMeasureValue('1.005', EUR)).toEqual({
      ok: false,
      error: 'EUR has 2 decimal places; enter at most 2.',
    });
    expect(parseMeasureValue('-5', EUR)).toEqual({
      ok: false,
      error: 'The amount cannot be negative.',
    });
  });

  it('reads counts as whole numbers, with grouping', () => {
    expect(parseMeasureValue(' 1,200 ', COUNT)).toEqual({ ok: true, value: 1200 });
    expect(parseMeasureValue('2.5', COUNT)).toEqual({
      ok: false,
      error: 'A count is a whole number.',
    });
    expect(parseMeasureValue('-3', COUNT)).toEqual({
      ok: false,
      error: 'A count cannot be negative.',
    });
    expect(parseMeasureValue('twelve', COUNT)).toEqual({
      ok: false,
      error: 'Enter a whole number like 12.',
    });
  });

  it('reads percentages with or without the sign, negatives allowed (an NPS of −20)', () => {
    expect(parseMeasureValue('42.5%', PERCENT)).toEqual({ ok: true, value: 42.5 });
    expect(parseMeasureValue('−20', PERCENT)).toEqual({ ok: true, value: -20 });
  });

  it('reads named quantities as plain numbers', () => {
    expect(parseMeasureValue('1 500', INSTALLS)).toEqual({ ok: true, value: 1500 });
    expect(parseMeasureValue('1.2.3', INSTALLS)).toEqual({
      ok: false,
      error: 'Enter a number like 12.5.',
    });
  });

  it('calls blank text an error, for callers to treat as empty when they allow it', () => {
    expect(parseMeasureValue('  ', COUNT)).toEqual({ ok: false, error: 'Enter a number.' });
  });
});

describe('measureInputText', () => {
  it('writes stored values back as the text they were typed as', () => {
    expect(measureInputText(1_250_050, EUR)).toBe('12500.50');
    expect(measureInputText(1234, JPY)).toBe('1234');
    expect(measureInputText(42.5, PERCENT)).toBe('42.5');
    expect(measureInputText(300, INSTALLS)).toBe('300');
  });

  it('round-trips through parseMeasureValue', () => {
    for (const [value, unit] of [
      [1_250_050, EUR],
      [7, COUNT],
      [-20, PERCENT],
    ] as const) {
      expect(parseMeasureValue(measureInputText(value, unit), unit)).toEqual({ ok: true, value });
    }
  });
});
