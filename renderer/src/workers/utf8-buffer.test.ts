import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Buffer } from './utf8-buffer';

const utf8 = (text: string) => new TextEncoder().encode(text);

function written(pieces: readonly string[], initialBytes: number): Uint8Array<ArrayBuffer> {
  const buffer = new Utf8Buffer(initialBytes);
  for (const piece of pieces) buffer.write(piece);
  return buffer.bytes();
}

describe('Utf8Buffer', () => {
  it('writes 1-, 2-, 3- and 4-byte characters as UTF-8', () => {
    // a, é (C3 A9), 日 (E6 97 A5), 😀 (F0 9F 98 80).
    const bytes = written(['a', 'é', '日', '😀'], 16);
    expect([...bytes]).toEqual([0x61, 0xc3, 0xa9, 0xe6, 0x97, 0xa5, 0xf0, 0x9f, 0x98, 0x80]);
    expect(bytes.buffer.byteLength).toBe(10);
  });

  it('grows when a character does not fit, without splitting it', () => {
    // 15 ASCII bytes leave 1 byte of 16: the emoji's 4 bytes go after the growth, whole.
    const bytes = written(['abcdefghijklmno', '😀', 'z'], 16);
    expect([...bytes.subarray(14)]).toEqual([0x6f, 0xf0, 0x9f, 0x98, 0x80, 0x7a]);
    expect(bytes.byteLength).toBe(20);
    expect(bytes.buffer.byteLength).toBe(20);
  });

  it('grows past a piece far longer than the buffer', () => {
    const piece = '日'.repeat(1000);
    const bytes = written(['x', piece], 16);
    expect(bytes.byteLength).toBe(3001);
    expect(bytes).toEqual(utf8(`x${piece}`));
  });

  it('writes a lone surrogate as U+FFFD (EF BF BD), as TextEncoder.encode does', () => {
    expect([...written(['a\uD800b'], 16)]).toEqual([0x61, 0xef, 0xbf, 0xbd, 0x62]);
    expect([...written(['\uDE00'], 16)]).toEqual([...utf8('\uDE00')]);
  });

  it('gives no bytes for no text', () => {
    expect(written([], 16).byteLength).toBe(0);
    expect(written(['', ''], 16).byteLength).toBe(0);
  });

  it('gives the bytes of TextEncoder.encode piece by piece, for any pieces and any start size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 64 }),
        (pieces, initialBytes) => {
          const expected = pieces.flatMap((piece) => [...utf8(piece)]);
          const bytes = written(pieces, initialBytes);
          expect([...bytes]).toEqual(expected);
          expect(bytes.buffer.byteLength).toBe(expected.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
