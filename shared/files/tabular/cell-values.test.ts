import { describe, expect, it } from 'vitest';
import {
  inferDayOrder,
  looksLikeFormula,
  readDate,
  readHealthScore,
  splitList,
} from './cell-values';

describe('looksLikeFormula', () => {
  it.each([
    '=1+1',
    '=HYPERLINK("http://evil","click")',
    '  =SUM(A1:A3)',
    '@SUM(A1)',
    '+cmd|calc',
    '-2+A1',
    '@acme',
    "+1+cmd|' /C calc'!A0",
  ])('treats %s as a formula', (cell) => {
    expect(looksLikeFormula(cell)).toBe(true);
  });

  it.each([
    'Acme',
    '+1 (555) 010-0199',
    '+44 20 7946 0958 x12',
    '-12.5',
    '+49-30-1234',
    '-',
    '@',
    'a=b',
    'E=mc2 fan club',
  ])('lets %s through', (cell) => {
    expect(looksLikeFormula(cell)).toBe(false);
  });
});

describe('splitList', () => {
  it('splits on commas, semicolons and bars, dropping empty entries', () => {
    expect(splitList(' cloud, security;;EMEA | ')).toEqual(['cloud', 'security', 'EMEA']);
  });
});

describe('readHealthScore', () => {
  it('reads whole numbers, percentages and decimals (rounded)', () => {
    expect(readHealthScore('85')).toEqual({ ok: true, value: 85 });
    expect(readHealthScore('72 %')).toEqual({ ok: true, value: 72 });
    expect(readHealthScore('64,6')).toEqual({ ok: true, value: 65 });
  });

  it('explains a value that is not a number', () => {
    expect(readHealthScore('green')).toEqual({
      ok: false,
      message: '“green” is not a number; health scores run from 0 to 100.',
    });
  });
});

describe('readDate', () => {
  it('reads ISO dates and times as UTC timestamps', () => {
    expect(readDate('2025-03-31', undefined)).toEqual({
      ok: true,
      value: '2025-03-31T00:00:00.000Z',
    });
    expect(readDate('2025-03-31 14:05', undefined)).toEqual({
      ok: true,
      value: '2025-03-31T14:05:00.000Z',
    });
    expect(readDate('2025-03-31T14:05:00+02:00', undefined)).toEqual({
      ok: true,
      value: '2025-03-31T12:05:00.000Z',
    });
  });

  it('reads slashed dates in the order the column settles', () => {
    const column = ['03/04/2025', '25/12/2024'];
    const order = inferDayOrder(column);
    expect(order).toBe('day-first');
    expect(readDate('03/04/2025', order)).toEqual({ ok: true, value: '2025-04-03T00:00:00.000Z' });
    expect(readDate('3/4/2025 2:30 PM', 'month-first')).toEqual({
      ok: true,
      value: '2025-03-04T14:30:00.000Z',
    });
    expect(inferDayOrder(['12/31/2024'])).toBe('month-first');
  });

  it('refuses to guess an ambiguous date, and rejects impossible ones', () => {
    expect(readDate('03/04/2025', undefined)).toMatchObject({ ok: false });
    expect(readDate('13/04/2025', undefined)).toEqual({
      ok: true,
      value: '2025-04-13T00:00:00.000Z',
    });
    expect(readDate('2025-02-30', undefined)).toEqual({
      ok: false,
      message: '“2025-02-30” is not a valid date.',
    });
    expect(readDate('last week', undefined)).toMatchObject({ ok: false });
  });
});
