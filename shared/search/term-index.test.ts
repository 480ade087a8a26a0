import { describe, expect, it } from 'vitest';
import { TermIndex } from './term-index';
import type { TermMatcher } from './term-index';

// Two fields: a title (boost 3) and a body (boost 1).
const ALL = 0b11;
const TITLE = 0b01;

function matcher(term: string, options: Partial<TermMatcher> = {}): TermMatcher {
  return { term, prefix: false, fuzzy: false, fieldMask: ALL, ...options };
}

function sampleIndex(): TermIndex {
  const index = new TermIndex([3, 1]);
  index.put('a', ['red apple', 'a fruit from the orchard']);
  index.put('b', ['green pear', 'a fruit, not an apple']);
  index.put('c', ['apple pie', 'baked with red apples']);
  index.put('d', ['carrot', 'a vegetable']);
  return index;
}

describe('TermIndex', () => {
  it('answers with ordinals that idsFrom names, renumbered only by a compaction', () => {
    const index = sampleIndex();
    const name = (ordinals: Uint32Array) => Array.from(ordinals, (o) => index.idsFrom(0)[o]);
    expect(name(index.searchOrdinals([matcher('apple')]))).toEqual(['a', 'c', 'b']);
    expect(index.searchOrdinals([])).toEqual(new Uint32Array(0));
    expect([index.ordinalCount, index.generation]).toEqual([4, 0]);
    // A replaced document gets a new ordinal at the end; its old one is named ''.
    index.put('a', ['red apple', 'windfall']);
    expect(index.idsFrom(0)).toEqual(['', 'b', 'c', 'd', 'a']);
    expect(index.idsFrom(4)).toEqual(['a']);
    expect(name(index.searchOrdinals([matcher('windfall')]))).toEqual(['a']);
    index.compact();
    expect([index.ordinalCount, index.generation]).toEqual([4, 1]);
    expect(index.idsFrom(0)).toEqual(['b', 'c', 'd', 'a']);
    const apple = [matcher('apple')];
    expect(name(index.searchOrdinals(apple))).toEqual(index.search(apple));
    expect(index.search(apple).sort()).toEqual(['a', 'b', 'c']);
  });

  it('finds exact terms and ranks title matches above body matches', () => {
    const index = sampleIndex();
    expect(index.search([matcher('apple')])).toEqual(['a', 'c', 'b']);
    expect(index.search([matcher('vegetable')])).toEqual(['d']);
    expect(index.search([matcher('plum')])).toEqual([]);
    expect(index.search([])).toEqual([]);
  });

  it('ANDs matchers together', () => {
    const index = sampleIndex();
    expect(index.search([matcher('apple'), matcher('red')])).toEqual(['a', 'c']);
    expect(index.search([matcher('apple'), matcher('fruit'), matcher('green')])).toEqual(['b']);
    expect(index.search([matcher('apple'), matcher('carrot')])).toEqual([]);
  });

  it('matches prefixes and typos only when asked', () => {
    const index = sampleIndex();
    expect(index.search([matcher('app')])).toEqual([]);
    expect(index.search([matcher('app', { prefix: true })])).toEqual(['a', 'c', 'b']);
    expect(index.search([matcher('carot')])).toEqual([]);
    expect(index.search([matcher('carot', { fuzzy: true })])).toEqual(['d']);
  });

  it('limits a matcher to the fields in its mask', () => {
    const index = sampleIndex();
    expect(index.search([matcher('apple', { fieldMask: TITLE })])).toEqual(['a', 'c']);
    expect(index.search([matcher('fruit', { fieldMask: TITLE })])).toEqual([]);
  });

  it('replaces and removes documents', () => {
    const index = sampleIndex();
    index.put('a', ['plum', 'stone fruit']);
    expect(index.size).toBe(4);
    expect(index.search([matcher('apple')])).toEqual(['c', 'b']);
    expect(index.search([matcher('plum')])).toEqual(['a']);
    expect(index.remove('c')).toBe(true);
    expect(index.remove('c')).toBe(false);
    expect(index.has('c')).toBe(false);
    expect(index.search([matcher('apple')])).toEqual(['b']);
  });

  it('appends text to a field of an indexed document', () => {
    const index = sampleIndex();
    index.put('e', ['kiwi', 'green']);
    index.addText(index.ordinalOf('d'), 1, 'orange root');
    expect(index.search([matcher('orange'), matcher('carrot')])).toEqual(['d']);
    expect(index.search([matcher('root', { fieldMask: TITLE })])).toEqual([]);
  });

  it('indexes a document given field by field as it would the whole fields', () => {
    const whole = sampleIndex();
    const pieces = new TermIndex([3, 1]);
    for (const [id, title, body] of [
      ['a', 'red apple', 'a fruit from the orchard'],
      ['b', 'green pear', 'a fruit, not an apple'],
      ['c', 'apple pie', 'baked with red apples'],
      ['d', 'carrot', 'a vegetable'],
    ] as const) {
      const ordinal = pieces.insert(id);
      pieces.addText(ordinal, 0, title);
      for (const word of body.split(' ')) pieces.addText(ordinal, 1, word);
    }
    expect(pieces.ordinalOf('c')).toBe(2);
    expect(pieces.ordinalOf('zz')).toBe(-1);
    for (const term of ['apple', 'red', 'fruit', 'a', 'pie']) {
      const matchers = [matcher(term, { prefix: true })];
      expect(pieces.search(matchers), term).toEqual(whole.search(matchers));
    }
  });

  it('refuses text for an unknown field or a removed document', () => {
    const index = sampleIndex();
    const ordinal = index.ordinalOf('b');
    expect(() => {
      index.addText(ordinal, 2, 'x');
    }).toThrow(RangeError);
    index.remove('b');
    expect(() => {
      index.addText(ordinal, 0, 'pear');
    }).toThrow(RangeError);
    expect(index.search([matcher('pear')])).toEqual([]);
  });

  it('answers the same after compaction reclaims removed documents', () => {
    const index = new TermIndex([1]);
    for (let i = 0; i < 300; i += 1) index.put(`doc${i}`, [`word${i % 10} common`]);
    for (let i = 0; i < 300; i += 3) index.remove(`doc${i}`);
    const before = index.search([matcher('word1'), matcher('common')]);
    index.compact();
    expect(index.search([matcher('word1'), matcher('common')])).toEqual(before);
    expect(before).toHaveLength(20);
    expect(index.size).toBe(200);
    index.put('late', ['word1 common']);
    expect(index.search([matcher('word1')])).toContain('late');
  });

  it('finds terms added after the first query', () => {
    const index = sampleIndex();
    expect(index.search([matcher('kiwi', { prefix: true })])).toEqual([]);
    index.put('e', ['kiwi', 'green']);
    expect(index.search([matcher('ki', { prefix: true })])).toEqual(['e']);
  });

  it('refuses more fields than it has boosts for', () => {
    expect(() => new TermIndex([1, 1, 1, 1, 1, 1, 1, 1, 1])).toThrow(RangeError);
    expect(() => {
      new TermIndex([1]).put('x', ['one', 'two']);
    }).toThrow(RangeError);
  });
});
