import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ZipLimits } from './safe-unzip';
import {
  DEFAULT_ZIP_LIMITS,
  inflateZipEntry,
  readZipDirectory,
  ZipRefusedError,
} from './safe-unzip';

const CENTRAL = [0x50, 0x4b, 0x01, 0x02];

/** Offsets of each central directory header in an archive. */
function centralHeaders(zip: Uint8Array): number[] {
  const found: number[] = [];
  for (let at = 0; at + 4 <= zip.length; at += 1) {
    if (CENTRAL.every((byte, i) => zip[at + i] === byte)) found.push(at);
  }
  return found;
}

function setU32(zip: Uint8Array, at: number, value: number): void {
  new DataView(zip.buffer, zip.byteOffset).setUint32(at, value, true);
}

describe('readZipDirectory and inflateZipEntry', () => {
  it('lists entries with their sizes and inflates them', () => {
    const text = 'hello '.repeat(1000);
    const zip = zipSync({
      'a.xml': strToU8(text),
      'dir/ü.txt': [strToU8('stored'), { level: 0 }],
    });
    const entries = readZipDirectory(zip);
    expect(entries.map(({ name, method, size }) => ({ name, method, size }))).toEqual([
      { name: 'a.xml', method: 8, size: 6000 },
      { name: 'dir/ü.txt', method: 0, size: 6 },
    ]);
    const [deflated, stored] = entries;
    if (!deflated || !stored) throw new Error('entries missing');
    expect(deflated.compressedSize).toBeLessThan(200);
    expect(new TextDecoder().decode(inflateZipEntry(zip, deflated))).toBe(text);
    expect(new TextDecoder().decode(inflateZipEntry(zip, stored))).toBe('stored');
  });

  it('inflates entries larger than one step', () => {
    const big = new Uint8Array(100_000).map((_, i) => (i * 7919) % 251);
    const zip = zipSync({ 'big.bin': big });
    const [entry] = readZipDirectory(zip);
    if (!entry) throw new Error('entry missing');
    expect(inflateZipEntry(zip, entry)).toEqual(big);
  });

  it('refuses an entry that inflates far beyond its packed size (a zip bomb)', () => {
    const zip = zipSync({ 'bomb.xml': new Uint8Array(5 * 1024 * 1024) });
    expect(() => readZipDirectory(zip)).toThrow(/zip bomb/);
    // Under the grace size, a high ratio is fine: small XML compresses very well.
    expect(readZipDirectory(zipSync({ 'small.xml': new Uint8Array(500_000) }))).toHaveLength(1);
  });

  it('refuses an entry whose directory understates its size, while inflating', () => {
    const zip = zipSync({ 'bomb.xml': new Uint8Array(5 * 1024 * 1024) });
    const [central] = centralHeaders(zip);
    if (central === undefined) throw new Error('no central header');
    setU32(zip, central + 24, 1000);
    const [entry] = readZipDirectory(zip);
    if (!entry) throw new Error('entry missing');
    expect(entry.size).toBe(1000);
    expect(() => inflateZipEntry(zip, entry)).toThrow(/more than its directory says/);
  });

  it('refuses archives over the total size or the entry count', () => {
    const files = { 'a.txt': strToU8('a'.repeat(600)), 'b.txt': strToU8('b'.repeat(600)) };
    const limits = (over: Partial<ZipLimits>): ZipLimits => ({ ...DEFAULT_ZIP_LIMITS, ...over });
    expect(() => readZipDirectory(zipSync(files), limits({ maxTotalBytes: 1000 }))).toThrow(
      /unpacks to more than 1 MB/,
    );
    expect(() => readZipDirectory(zipSync(files), limits({ maxEntries: 1 }))).toThrow(
      'The file holds 2 parts; at most 1 can be imported.',
    );
  });

  it('refuses truncated, encrypted and non-zip input with a ZipRefusedError', () => {
    const zip = zipSync({ 'a.txt': strToU8('abc') });
    expect(() => readZipDirectory(zip.subarray(0, zip.length - 10))).toThrow(ZipRefusedError);
    expect(() => readZipDirectory(strToU8('not a zip at all'))).toThrow(/damaged or truncated/);
    const [central] = centralHeaders(zip);
    if (central === undefined) throw new Error('no central header');
    const encrypted = zip.slice();
    encrypted[central + 8] = (encrypted[central + 8] ?? 0) | 1;
    expect(() => readZipDirectory(encrypted)).toThrow(/encrypted/);
  });

  it('refuses an entry whose compressed data is damaged', () => {
    const zip = zipSync({ 'a.txt': strToU8('some text that compresses '.repeat(50)) });
    const [entry] = readZipDirectory(zip);
    if (!entry) throw new Error('entry missing');
    zip.fill(0xff, entry.dataOffset, entry.dataOffset + entry.compressedSize);
    expect(() => inflateZipEntry(zip, entry)).toThrow(ZipRefusedError);
  });
});
