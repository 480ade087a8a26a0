import { describe, expect, it } from 'vitest';
import { nextListIndex } from './list-keys';

describe('nextListIndex', () => {
  it('moves one row with the arrows, stopping at the ends', () => {
    expect(nextListIndex('ArrowDown', 3, 10, 5)).toBe(4);
    expect(nextListIndex('ArrowUp', 3, 10, 5)).toBe(2);
    expect(nextListIndex('ArrowDown', 9, 10, 5)).toBe(9);
    expect(nextListIndex('ArrowUp', 0, 10, 5)).toBe(0);
  });

  it('moves a page, and to the first and last rows', () => {
    expect(nextListIndex('PageDown', 3, 10, 5)).toBe(8);
    expect(nextListIndex('PageDown', 8, 10, 5)).toBe(9);
    expect(nextListIndex('PageUp', 3, 10, 5)).toBe(0);
    expect(nextListIndex('PageDown', 3, 10, 0)).toBe(4);
    expect(nextListIndex('Home', 7, 10, 5)).toBe(0);
    expect(nextListIndex('End', 2, 100_000, 20)).toBe(99_999);
  });

  it('leaves other keys and empty lists alone', () => {
    expect(nextListIndex('Enter', 3, 10, 5)).toBeUndefined();
    expect(nextListIndex('a', 3, 10, 5)).toBeUndefined();
    expect(nextListIndex('ArrowDown', 0, 0, 5)).toBeUndefined();
  });
});
