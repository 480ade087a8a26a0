/**
 * Reads zip archives from untrusted files (XLSX workbooks are zip archives) without letting a
 * zip bomb exhaust memory or time: the central directory is checked first (entry count, the
 * declared total size, the compression ratio of each large entry, as Apache POI does), and an
 * entry is then inflated in small steps that stop as soon as it grows past the size its
 * directory entry declared, so a forged directory cannot get past the limits either.
 */
import { Inflate, strFromU8 } from 'fflate';

/** Bounds for reading one archive. */
export interface ZipLimits {
  /** Most entries the archive may list. */
  maxEntries: number;
  /** Most bytes all entries may hold together once inflated. */
  maxTotalBytes: number;
  /** Highest inflated-to-compressed ratio of an entry larger than `ratioGraceBytes`. */
  maxRatio: number;
  /** Entries up to this inflated size are not ratio-checked (small XML compresses very well). */
  ratioGraceBytes: number;
}

/** The limits for spreadsheets from outside; see docs/xlsx-library.md. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioGraceBytes: 1024 * 1024,
};

/** An archive refused as malformed or over the limits; the message is fit to show the user. */
export class ZipRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipRefusedError';
  }
}

/** One file in a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 for stored, 8 for deflated. */
  method: number;
  compressedSize: number;
  /** The inflated size the directory declares; inflating more than this is refused. */
  size: number;
  /** Where the entry's compressed bytes start in the archive. */
  dataOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;
const STEP = 16 * 1024;

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const megabytes = (bytes: number): string => `${Math.ceil(bytes / MB).toLocaleString('en-US')} MB`;
const broken = (): ZipRefusedError =>
  new ZipRefusedError('The file is damaged or truncated (its zip directory cannot be read).');

function findEndOfDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (u32(bytes, at) === EOCD) return at;
  }
  throw broken();
}

/** Lists an archive's entries and refuses it when the directory breaks one of the limits. */
export function readZipDirectory(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): ZipEntry[] {
  const end = findEndOfDirectory(bytes);
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count === 0xffff || at === 0xffffffff) {
    throw new ZipRefusedError('The file is a ZIP64 archive, which is larger than can be imported.');
  }
  if (count > limits.maxEntries) {
    throw new ZipRefusedError(
      `The file holds ${count.toLocaleString('en-US')} parts; at most ${limits.maxEntries.toLocaleString('en-US')} can be imported.`,
    );
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) throw broken();
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) === 0);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const local = u32(bytes, at + 42);
    if (flags & 1) throw new ZipRefusedError('The file is encrypted; remove its password first.');
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) {
      throw new ZipRefusedError(
        'The file is a ZIP64 archive, which is larger than can be imported.',
      );
    }
    if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL) throw broken();
    const dataOffset = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataOffset + compressedSize > bytes.length) throw broken();
    total += size;
    if (total > limits.maxTotalBytes) {
      throw new ZipRefusedError(
        `The file unpacks to more than ${megabytes(limits.maxTotalBytes)}, more than can be imported (it may be a zip bomb).`,
      );
    }
    if (size > limits.ratioGraceBytes && size > compressedSize * limits.maxRatio) {
      throw new ZipRefusedError(
        `A part of the file (${name}) unpacks to over ${String(limits.maxRatio)} times its packed size; it looks like a zip bomb and was not opened.`,
      );
    }
    entries.push({ name, method: u16(bytes, at + 10), compressedSize, size, dataOffset });
    at = next;
  }
  return entries;
}

/** An entry's inflated bytes; refused when it inflates to more than its declared size. */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw broken();
    return data.slice();
  }
  if (entry.method !== 8) {
    throw new ZipRefusedError(
      `A part of the file (${entry.name}) uses an unsupported compression.`,
    );
  }
  const out = new Uint8Array(entry.size);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > entry.size) {
      throw new ZipRefusedError(
        `A part of the file (${entry.name}) unpacks to more than its directory says; the file is damaged or a zip bomb.`,
      );
    }
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    for (let at = 0; at < data.length; at += STEP) {
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ZipRefusedError) throw error;
    throw new ZipRefusedError(
      `A part of the file (${entry.name}) is damaged and cannot be unpacked.`,
    );
  }
  if (filled !== entry.size) {
    throw new ZipRefusedError(`A part of the file (${entry.name}) is truncated or damaged.`);
  }
  return out;
}
