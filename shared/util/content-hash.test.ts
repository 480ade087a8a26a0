import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, hashText } from './content-hash';

describe('canonicalJson', () => {
  it('sorts keys at every level and follows JSON for what it leaves out', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, undefined], c: 'x' }, skip: undefined })).toBe(
      '{"a":{"c":"x","d":[1,null]},"b":1}',
    );
    expect(canonicalJson([-0, Number.NaN, Infinity, true, null])).toBe('[0,null,null,true,null]');
  });

  it('reads back as the same JSON, and is the same text after a trip through JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = JSON.parse(JSON.stringify(value)) as unknown;
        expect(JSON.parse(canonicalJson(value))).toEqual(copy);
        expect(canonicalJson(copy)).toBe(canonicalJson(value));
      }),
      { numRuns: 200 },
    );
  });
});

describe('contentHash', () => {
  it('is 16 hex digits, the same for the same content whatever the key order', () => {
    const hash = contentHash({ name: 'Baltic Data', tags: ['a'] });
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash({ tags: ['a'], name: 'Baltic Data' })).toBe(hash);
    expect(contentHash({ tags: ['a'], name: 'Baltic data' })).not.toBe(hash);
  });

  it('is stable across versions: revisions in saved files depend on it', () => {
    expect(hashText('')).toBe('ab3e7c0b8bf3750e');
    expect(contentHash({ id: 'x', name: 'Ümlaut 東京' })).toBe('42341eb13a11e47a');
  });

  it('tells apart many small, similar contents', () => {
    const hashes = new Set<string>();
    for (let i = 0; i < 20_000; i += 1) hashes.add(contentHash({ n: i, name: `p${i % 7}` }));
    expect(hashes.size).toBe(20_000);
  });
});
