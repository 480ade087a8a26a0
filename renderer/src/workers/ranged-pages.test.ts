import { describe, expect, it } from 'vitest';
import { rangedPages } from './ranged-pages';
import type { PageRange } from './ranged-pages';

// Keys on and around the splits, and of shapes no UUID has.
const KEYS = ['', '0', '3zz', '4', '40', '7f', '8', '8-', 'B', 'bb', 'c', 'c0', 'ff', 'zz'];
const records = KEYS.map((id) => ({ id }));

function reader(calls: PageRange[]) {
  return (range: PageRange, size: number) => {
    calls.push(range);
    const inRange = records.filter(
      ({ id }) =>
        (range.inclusive ? id >= range.from : id > range.from) &&
        (range.below === undefined || id < range.below),
    );
    return Promise.resolve(inRange.slice(0, size));
  };
}

async function collect(pages: AsyncIterable<readonly { id: string }[]>): Promise<string[][]> {
  const out: string[][] = [];
  for await (const page of pages) out.push(page.map(({ id }) => id));
  return out;
}

describe('rangedPages', () => {
  it('yields every record once, in pages of at most the size, whatever its key', async () => {
    for (const size of [1, 2, 3, 100]) {
      const pages = await collect(rangedPages(reader([]), size));
      expect(pages.every((page) => page.length >= 1 && page.length <= size)).toBe(true);
      expect(pages.flat().sort()).toEqual([...KEYS].sort());
    }
  });

  it('starts every range at once, then pages each on from its last key', async () => {
    const calls: PageRange[] = [];
    await collect(rangedPages(reader(calls), 2));
    expect(calls.slice(0, 4)).toEqual([
      { from: '', inclusive: true, below: '4' },
      { from: '4', inclusive: true, below: '8' },
      { from: '8', inclusive: true, below: 'c' },
      { from: 'c', inclusive: true, below: undefined },
    ]);
    // ['', '0', '3zz'] in the first range: a full page of two, then the rest after '0'.
    expect(calls).toContainEqual({ from: '0', inclusive: false, below: '4' });
    expect(calls).toHaveLength(10);
  });

  it('passes a failed read on to the reader of the pages', async () => {
    const failing = () => Promise.reject(new Error('The database is closed.'));
    await expect(collect(rangedPages(failing, 10))).rejects.toThrow('The database is closed.');
  });
});
