/**
 * Text written a piece at a time as UTF-8 into fixed-size chunks, for files of up to gigabytes:
 * no buffer ever holds the whole file (one Uint8Array is limited to a few GiB, and growing one
 * copies it over again), and each chunk can be transferred and handed on as it is. Each piece is
 * encoded straight into the current chunk (TextEncoder.encodeInto), so there is no Uint8Array per
 * piece. Every chunk is exactly `chunkBytes` long but the last, which is cut to what it holds.
 * A character whose bytes do not fit in what is left of a chunk is split: its first bytes end
 * that chunk and the rest start the next (encodeInto itself only ever writes whole characters,
 * and never splits a surrogate pair between two calls, so the split is done here, pair and all).
 * The bytes are those of TextEncoder.encode of each piece: a lone surrogate, including half of a
 * pair split between two pieces, becomes U+FFFD either way.
 */

// ES2024's ArrayBuffer.prototype.transfer, which the TypeScript lib used here does not declare.
type Transferable = ArrayBuffer & { transfer?: (newByteLength: number) => ArrayBuffer };

/** A buffer of the first `size` bytes of `bytes`, without a copy where the runtime allows. */
function cut(bytes: Uint8Array<ArrayBuffer>, size: number): Uint8Array<ArrayBuffer> {
  if (size === bytes.byteLength) return bytes;
  const buffer: Transferable = bytes.buffer;
  return typeof buffer.transfer === 'function'
    ? new Uint8Array(buffer.transfer(size))
    : bytes.slice(0, size);
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** A text's UTF-8 bytes in chunks, and how many bytes in all. */
export interface Utf8ChunksResult {
  /** Each `chunkBytes` long but the last; each over a buffer of its own, of exactly its size. */
  chunks: Uint8Array<ArrayBuffer>[];
  size: number;
}

/** Options of {@link Utf8Chunks}. */
export interface Utf8ChunksOptions {
  /** Bytes per chunk (at least 1). */
  chunkBytes: number;
  /** Most bytes in all: past them, a write throws `tooLarge()` (nothing is to be kept then). */
  maxBytes: number;
  tooLarge: () => Error;
}

/** Collects UTF-8 bytes of text written to it in order; {@link Utf8Chunks.finish} ends it. */
export class Utf8Chunks {
  private readonly encoder = new TextEncoder();
  private readonly chunkBytes: number;
  private readonly maxBytes: number;
  private readonly tooLarge: () => Error;
  private readonly full: Uint8Array<ArrayBuffer>[] = [];
  /** The chunk being filled; none until a byte needs one. */
  private current: Uint8Array<ArrayBuffer> | undefined;
  private used = 0;
  private size = 0;
  // One character's bytes (4 at most) on their way into two chunks.
  private readonly split = new Uint8Array(4);

  constructor(options: Utf8ChunksOptions) {
    this.chunkBytes = Math.max(1, Math.floor(options.chunkBytes));
    this.maxBytes = options.maxBytes;
    this.tooLarge = options.tooLarge;
  }

  /** Bytes written so far. */
  get byteLength(): number {
    return this.size;
  }

  /** Appends the UTF-8 bytes of `text`. Throws `tooLarge()` when they pass the most bytes. */
  write(text: string): void {
    // Each UTF-16 code unit takes at least one byte: refused before encoding anything.
    if (this.size + text.length > this.maxBytes) throw this.tooLarge();
    let rest = text;
    while (rest.length > 0) {
      const chunk = this.room();
      const { read, written } = this.encoder.encodeInto(rest, chunk.subarray(this.used));
      this.used += written;
      this.size += written;
      if (read === rest.length) break;
      // The next character does not fit whole in what is left of this chunk.
      const units = this.writeSplit(rest, read);
      rest = rest.slice(read + units);
    }
    if (this.size > this.maxBytes) throw this.tooLarge();
  }

  /** The chunks written, the last cut to its size. Nothing is to be written after. */
  finish(): Utf8ChunksResult {
    const chunks = this.full.splice(0);
    if (this.current && this.used > 0) chunks.push(cut(this.current, this.used));
    this.current = undefined;
    const { size } = this;
    this.used = 0;
    this.size = 0;
    return { chunks, size };
  }

  // The chunk to write into, with at least one byte free.
  private room(): Uint8Array<ArrayBuffer> {
    if (this.current && this.used === this.current.byteLength) {
      this.full.push(this.current);
      this.current = undefined;
    }
    if (!this.current) {
      this.current = new Uint8Array(this.chunkBytes);
      this.used = 0;
    }
    return this.current;
  }

  // Writes the character at `at` (a surrogate pair whole) byte by byte, across chunks; answers
  // how many code units it took.
  private writeSplit(text: string, at: number): number {
    const pair =
      isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1;
    const { written } = this.encoder.encodeInto(text.slice(at, at + pair), this.split);
    for (let index = 0; index < written; index += 1) {
      const chunk = this.room();
      chunk[this.used] = this.split[index] ?? 0;
      this.used += 1;
    }
    this.size += written;
    return pair;
  }
}
