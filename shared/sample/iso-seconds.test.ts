import { describe, expect, it } from 'vitest';
import { createRng, nextInt } from '../util/prng';
import { toIsoSeconds } from './iso-seconds';

const native = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString();

describe('toIsoSeconds', () => {
  it('matches Date#toISOString on edge dates', () => {
    const edges = [
      '1970-01-01T00:00:00.000Z',
      '1969-12-31T23:59:59.000Z',
      '2000-02-29T12:34:56.000Z',
      '1900-03-01T00:00:00.000Z',
      '2024-12-31T23:59:59.000Z',
      '2100-02-28T23:59:59.000Z',
      '0000-01-01T00:00:00.000Z',
      '9999-12-31T23:59:59.000Z',
    ];
    for (const iso of edges) expect(toIsoSeconds(Date.parse(iso))).toBe(iso);
  });

  it('matches Date#toISOString, truncated to seconds, on random times', () => {
    const rng = createRng(99);
    for (let i = 0; i < 5_000; i += 1) {
      const ms = nextInt(rng, -5e12, 9e12) * 10 + nextInt(rng, 0, 9);
      expect(toIsoSeconds(ms)).toBe(native(ms));
    }
  });

  it('falls back to the built-in outside four-digit years', () => {
    const ms = Date.parse('+012345-06-01T00:00:00.000Z');
    expect(toIsoSeconds(ms)).toBe(native(ms));
    expect(() => toIsoSeconds(Number.NaN)).toThrow(RangeError);
  });
});
