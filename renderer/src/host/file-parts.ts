/**
 * A file's bytes as the host takes them: parts in order (a save worker's fixed-size chunks, or
 * one buffer), so that a file of gigabytes is never copied into one buffer first.
 */

/** A file's bytes in parts, in order. The host reads them and neither keeps nor changes them. */
export type FileParts = readonly Uint8Array[];

/** The file's size in bytes. */
export function partsSize(parts: FileParts): number {
  return parts.reduce((sum, part) => sum + part.byteLength, 0);
}

/**
 * The bytes over a plain ArrayBuffer, as a Blob or a file write takes them: bytes over a shared
 * one are copied first; others are the same bytes, not copied.
 */
export function blobPart(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : bytes.slice();
}

/** The file as a Blob of its parts. */
export function blobOfParts(parts: FileParts, type?: string): Blob {
  return new Blob(parts.map(blobPart), type === undefined ? {} : { type });
}
