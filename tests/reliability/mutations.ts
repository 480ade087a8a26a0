/**
 * Mutations of a valid file, as fast-check arbitraries of plain data (so that a failing case
 * prints as something a person can read and replay): byte flips, cuts, insertions, repeats,
 * byte-order marks and invalid UTF-8, and the same re-encoded as UTF-16.
 */
import fc from 'fast-check';

/** One change to a file's bytes; positions are taken modulo the file's length. */
export type ByteMutation =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'prefix'; bytes: number[] };

/** Byte sequences that are not valid UTF-8, or that are byte-order marks. */
export const AWKWARD_BYTES: readonly (readonly number[])[] = [
  [0xef, 0xbb, 0xbf], // UTF-8 byte-order mark
  [0xff, 0xfe], // UTF-16LE byte-order mark
  [0xfe, 0xff], // UTF-16BE byte-order mark
  [0xc3, 0x28], // a lead byte without its continuation
  [0xff],
  [0x80], // a lone continuation byte
  [0xed, 0xa0, 0x80], // a UTF-16 surrogate encoded as UTF-8
  [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
  [0xc0, 0xaf], // an overlong '/'
  [0x00],
  [0x22], // '"'
  [0x0d, 0x0a],
];

const position = fc.nat();
const awkward = fc.constantFrom(...AWKWARD_BYTES).map((bytes) => [...bytes]);

/** Any one byte mutation. */
export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip'), at: position, xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate'), at: position }),
  fc.record({
    kind: fc.constant('insert'),
    at: position,
    bytes: fc.oneof(awkward, fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 16 })),
  }),
  fc.record({ kind: fc.constant('delete'), at: position, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({
    kind: fc.constant('repeat'),
    at: position,
    length: fc.integer({ min: 1, max: 256 }),
    times: fc.integer({ min: 2, max: 64 }),
  }),
  fc.record({ kind: fc.constant('prefix'), bytes: awkward }),
);

/** `bytes` with one mutation applied (a new array; the input is left as it was). */
export function applyByteMutation(bytes: Uint8Array, mutation: ByteMutation): Uint8Array {
  const at = bytes.length === 0 ? 0 : mutation.kind === 'prefix' ? 0 : mutation.at % bytes.length;
  switch (mutation.kind) {
    case 'flip': {
      const copy = bytes.slice();
      copy[at] = (copy[at] ?? 0) ^ mutation.xor;
      return copy;
    }
    case 'truncate':
      return bytes.slice(0, at);
    case 'insert':
      return concat(bytes.subarray(0, at), Uint8Array.from(mutation.bytes), bytes.subarray(at));
    case 'delete':
      return concat(bytes.subarray(0, at), bytes.subarray(at + mutation.length));
    case 'repeat': {
      const piece = bytes.subarray(at, at + mutation.length);
      const repeated = Array.from({ length: mutation.times }, () => piece);
      return concat(bytes.subarray(0, at), ...repeated, bytes.subarray(at + mutation.length));
    }
    case 'prefix':
      return concat(Uint8Array.from(mutation.bytes), bytes);
  }
}

/** `bytes` with each mutation applied in turn. */
export function applyByteMutations(
  bytes: Uint8Array,
  mutations: readonly ByteMutation[],
): Uint8Array {
  return mutations.reduce(applyByteMutation, bytes);
}

/** Byte arrays joined into one. */
export function concat(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Text as UTF-8 bytes. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Text as UTF-16 bytes, little- or big-endian, with or without a byte-order mark. */
export function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const body = bom ? `\uFEFF${text}` : text;
  const out = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i += 1) {
    const code = body.charCodeAt(i);
    const [first, second] = order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    out[i * 2] = first;
    out[i * 2 + 1] = second;
  }
  return out;
}

/** How a text file's characters become bytes. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-16le-bom';

/** Any text encoding a file may arrive in. */
export const textEncoding: fc.Arbitrary<TextEncoding> = fc.constantFrom(
  'utf-8',
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'utf-16le-bom',
);

/** Text encoded as `encoding`. */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return utf8(text);
    case 'utf-8-bom':
      return utf8(`\uFEFF${text}`);
    case 'utf-16le':
      return utf16(text, 'le', false);
    case 'utf-16be':
      return utf16(text, 'be', false);
    case 'utf-16le-bom':
      return utf16(text, 'le', true);
  }
}

/** Strings a hostile file puts in its cells, keys and values. */
export const HOSTILE_STRINGS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '=HYPERLINK("http://x","y")',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u0000',
  '\uD800',
  '\uFEFF',
  '"',
  '""',
  '\r\n',
  '\n"quoted\nnewline"\n',
  ';',
  '\t',
  ' ',
  '../../etc/passwd',
  'NaN',
  'Infinity',
  '-0',
  '1e400',
  '9007199254740993',
  '2026-02-30',
  '0000-00-00T00:00:00Z',
  'é'.repeat(3),
  '👩‍💻',
];

/** A string a hostile file may hold: hostile text, any text, or a long run. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map((s) => s.repeat(20_000)) },
);
