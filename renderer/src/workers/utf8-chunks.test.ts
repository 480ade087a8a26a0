import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Chunks, type Utf8ChunksResult } from './utf8-chunks';

const utf8 = (text: string) => new TextEncoder().encode(text);
const tooLarge = () => new Error('too large');

function written(pieces: readonly string[], chunkBytes: number, maxBytes = 1e9): Utf8ChunksResult {
  const sink = new Utf8Chunks({ chunkBytes, maxBytes, tooLarge });
  for (const piece of pieces) sink.write(piece);
  return sink.finish();
}

// Each chunk's bytes, as arrays of numbers.
const bytesOf = ({ chunks }: Utf8ChunksResult) => chunks.map((chunk) => [...chunk]);

describe('Utf8Chunks', () => {
  it('writes 1-, 2-, 3- and 4-byte characters as UTF-8', () => {
    // a, é (C3 A9), 日 (E6 97 A5), 😀 (F0 9F 98 80).
    const result = written(['a', 'é', '日', '😀'], 16);
    expect(bytesOf(result)).toEqual([[0x61, 0xc3, 0xa9, 0xe6, 0x97, 0xa5, 0xf0, 0x9f, 0x98, 0x80]]);
    expect(result.size).toBe(10);
    expect(result.chunks[0]?.buffer.byteLength).toBe(10);
  });

  it('fills chunks of exactly the chunk size, the last cut to what it holds', () => {
    // 10 ASCII bytes in chunks of 4: 4, 4 and 2.
    const result = written(['abcdefg', 'hij'], 4);
    expect(bytesOf(result)).toEqual([
      [0x61, 0x62, 0x63, 0x64],
      [0x65, 0x66, 0x67, 0x68],
      [0x69, 0x6a],
    ]);
    expect(result.size).toBe(10);
    expect(result.chunks.map((chunk) => chunk.buffer.byteLength)).toEqual([4, 4, 2]);
  });

  it('ends without an empty chunk when the last one is exactly full', () => {
    const result = written(['abcd', 'efgh'], 4);
    expect(result.chunks.map((chunk) => chunk.byteLength)).toEqual([4, 4]);
  });

  it('splits a 3-byte character between two chunks', () => {
    // "ab" leaves 2 bytes of 4: 日 (E6 97 A5) puts E6 97 there and A5 first in the next.
    const result = written(['ab日c'], 4);
    expect(bytesOf(result)).toEqual([
      [0x61, 0x62, 0xe6, 0x97],
      [0xa5, 0x63],
    ]);
    expect(result.size).toBe(6);
  });

  it('splits a surrogate pair between two chunks as its one 4-byte character', () => {
    // "a" leaves 3 bytes of 4: 😀 (F0 9F 98 80) ends the first chunk with F0 9F 98.
    expect(bytesOf(written(['a😀'], 4))).toEqual([[0x61, 0xf0, 0x9f, 0x98], [0x80]]);
    // The pair split over three chunks of 2 bytes, after one byte.
    expect(bytesOf(written(['a😀b'], 2))).toEqual([
      [0x61, 0xf0],
      [0x9f, 0x98],
      [0x80, 0x62],
    ]);
    // Chunks of one byte each.
    expect(bytesOf(written(['😀'], 1))).toEqual([[0xf0], [0x9f], [0x98], [0x80]]);
  });

  it('starts a new chunk for a character when the last one is exactly full', () => {
    expect(bytesOf(written(['abcd', '😀'], 4))).toEqual([
      [0x61, 0x62, 0x63, 0x64],
      [0xf0, 0x9f, 0x98, 0x80],
    ]);
  });

  it('writes a lone surrogate as U+FFFD (EF BF BD), as TextEncoder.encode does, split or not', () => {
    expect(bytesOf(written(['a\uD800b'], 16))).toEqual([[0x61, 0xef, 0xbf, 0xbd, 0x62]]);
    expect(bytesOf(written(['a\uD800b'], 2))).toEqual([[0x61, 0xef], [0xbf, 0xbd], [0x62]]);
    // A lone high surrogate before a character that is not its pair, at a chunk's end.
    expect(bytesOf(written(['a\uD800x'], 2)).flat()).toEqual([...utf8('a\uD800x')]);
  });

  it('writes each half of a pair split between two pieces as U+FFFD, as each piece encodes', () => {
    const result = written(['\uD83D', '\uDE00'], 4);
    expect(bytesOf(result).flat()).toEqual([0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd]);
  });

  it('gives no chunk for no text', () => {
    expect(written([], 16)).toEqual({ chunks: [], size: 0 });
    expect(written(['', ''], 16)).toEqual({ chunks: [], size: 0 });
  });

  it('refuses text past the most bytes, counting bytes, not characters', () => {
    // 4 characters of 3 bytes are 12 bytes: over 10, though 4 characters are not.
    const wide = new Utf8Chunks({ chunkBytes: 4, maxBytes: 10, tooLarge });
    expect(() => wide.write('日日日日')).toThrow('too large');
    // 11 characters cannot fit in 10 bytes: refused before encoding.
    const long = new Utf8Chunks({ chunkBytes: 4, maxBytes: 10, tooLarge });
    expect(() => long.write('x'.repeat(11))).toThrow('too large');
    expect(long.byteLength).toBe(0);
    // Exactly the most is fine.
    const edge = new Utf8Chunks({ chunkBytes: 4, maxBytes: 10, tooLarge });
    edge.write('日日');
    edge.write('abcd');
    expect(edge.finish().size).toBe(10);
  });

  it('gives the bytes of TextEncoder.encode piece by piece, for any pieces and chunk size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 64 }),
        (pieces, chunkBytes) => {
          const expected = pieces.flatMap((piece) => [...utf8(piece)]);
          const result = written(pieces, chunkBytes);
          expect(bytesOf(result).flat()).toEqual(expected);
          expect(result.size).toBe(expected.length);
          // Every chunk full but the last, none empty, each over a buffer of its own size.
          const lengths = result.chunks.map((chunk) => chunk.byteLength);
          expect(lengths.slice(0, -1).every((length) => length === chunkBytes)).toBe(true);
          expect(lengths.every((length) => length > 0 && length <= chunkBytes)).toBe(true);
          for (const chunk of result.chunks) {
            expect(chunk.buffer.byteLength).toBe(chunk.byteLength);
          }
          expect(result.chunks).toHaveLength(Math.ceil(expected.length / chunkBytes));
        },
      ),
      { numRuns: 300 },
    );
  });
});
