/**
 * Text written a piece at a time as UTF-8 into one growing buffer, for files of hundreds of
 * megabytes: each piece is encoded straight into the buffer (TextEncoder.encodeInto), so there is
 * no Uint8Array per piece and no final copy of them all into one. The buffer is best started at
 * a guess of the whole, and grows by half when full; at the end it is cut to the exact size
 * (ArrayBuffer.prototype.transfer where the runtime has it, which need not copy), since its bytes
 * go to the window and on to the host whole. The bytes are those of TextEncoder.encode of each
 * piece: a lone surrogate becomes U+FFFD either way, and encodeInto never splits a surrogate
 * pair between two calls.
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

/** Collects UTF-8 bytes of text written to it in order; {@link Utf8Buffer.bytes} ends it. */
export class Utf8Buffer {
  private readonly encoder = new TextEncoder();
  private buffer: Uint8Array<ArrayBuffer>;
  private size = 0;

  constructor(initialBytes = 1 << 20) {
    this.buffer = new Uint8Array(Math.max(16, initialBytes));
  }

  /** Appends the UTF-8 bytes of `text`. */
  write(text: string): void {
    let rest = text;
    for (;;) {
      const { read, written } = this.encoder.encodeInto(rest, this.buffer.subarray(this.size));
      this.size += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      // Room for the rest at its most (3 bytes per UTF-16 unit), or half as much room again,
      // whichever is more: a buffer that started at a guess of the whole is seldom far short.
      const capacity = this.buffer.byteLength;
      this.grow(Math.max(capacity + Math.ceil(capacity / 2), this.size + rest.length * 3));
    }
  }

  /**
   * Makes room for `bytes` in all, when the buffer has less: for a guess of the whole that
   * comes after writing began (the bytes written so far are copied once).
   */
  reserve(bytes: number): void {
    if (bytes > this.buffer.byteLength) this.grow(bytes);
  }

  /** The bytes written, in a buffer of exactly their size. The buffer is not to be written to after. */
  bytes(): Uint8Array<ArrayBuffer> {
    const bytes = cut(this.buffer, this.size);
    this.buffer = new Uint8Array(0);
    this.size = 0;
    return bytes;
  }

  private grow(capacity: number): void {
    const next = new Uint8Array(capacity);
    next.set(this.buffer.subarray(0, this.size));
    this.buffer = next;
  }
}
