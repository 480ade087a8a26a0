import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withRevisions } from '../../../shared/files/merge/snapshot-revisions';
import { encodePartnerbook } from '../../../shared/files/partnerbook/encode';
import {
  SNAPSHOT_TABLES,
  type SnapshotTables,
  type WorkbookSnapshot,
} from '../../../shared/files/partnerbook/snapshot';
import { workbookSnapshot } from '../../../shared/files/partnerbook/snapshot-test-kit';
import { generateSampleSnapshot } from '../../../shared/sample/sample-snapshot';
import { sortedTables } from '../../../shared/files/partnerbook/record-order';
import type { PartnerbookProgressListener } from '../../../shared/files/partnerbook/snapshot';
import { FILE_CHUNK_BYTES, PartnerbookBytesSink, type BytesSinkOptions } from './partnerbook-bytes';

const META = {
  exportedAt: '2026-11-01T09:00:00.000Z',
  app: { name: 'Partner Workbook', version: '1.0.0' },
};

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The chunks joined, checking on the way that each but the last is full and that they add up. */
function joined(chunks: readonly Uint8Array[], size: number, chunkBytes: number): Uint8Array {
  expect(chunks.slice(0, -1).every((chunk) => chunk.byteLength === chunkBytes)).toBe(true);
  expect(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)).toBe(size);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

// A snapshot's file through the save's sink, its tables handed over whole, in file order.
function encodePartnerbookBytes(
  snapshot: WorkbookSnapshot,
  meta: typeof META,
  onProgress?: PartnerbookProgressListener,
  options: BytesSinkOptions = {},
): Uint8Array {
  const sink = new PartnerbookBytesSink(meta, options);
  sink.identity(snapshot.workbook);
  const tables = sortedTables(snapshot.tables);
  for (const table of SNAPSHOT_TABLES) sink.records(table, tables[table]);
  const { chunks, size } = sink.finish(onProgress);
  return joined(chunks, size, options.chunkBytes ?? FILE_CHUNK_BYTES);
}

const emptyTables = () =>
  Object.fromEntries(SNAPSHOT_TABLES.map((table) => [table, []])) as unknown as SnapshotTables;

describe('PartnerbookBytesSink', () => {
  it('gives exactly the UTF-8 bytes of the file text, multi-byte characters included', () => {
    const empty = Object.fromEntries(SNAPSHOT_TABLES.map((table) => [table, []]));
    const named: WorkbookSnapshot = {
      workbook: {
        id: '0b6f1c1e-5d0a-4a3b-9c1d-2e3f4a5b6c7d',
        name: 'Zürich “Ost” 日本',
        createdAt: META.exportedAt,
        updatedAt: META.exportedAt,
      },
      tables: empty as unknown as SnapshotTables,
    };
    const text = encodePartnerbook(named, META);
    const bytes = encodePartnerbookBytes(named, META);
    // ü takes 2 bytes, each curly quote 3 and each of 日本 3: 9 bytes more than characters.
    expect(bytes.byteLength).toBe(text.length + 9);
    expect(bytes).toEqual(utf8(text));
  });

  it('gives a small file as one chunk of exactly its size', () => {
    const snapshot = generateSampleSnapshot({ partners: 2, seed: 5, now: new Date(0) });
    const sink = new PartnerbookBytesSink(META);
    sink.identity(snapshot.workbook);
    const { chunks, size } = sink.finish();
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.buffer.byteLength).toBe(size);
    expect(size).toBe(utf8(encodePartnerbook({ ...snapshot, tables: emptyTables() }, META)).length);
  });

  it('refuses a workbook whose file would pass the byte cap, counting bytes', () => {
    const empty: WorkbookSnapshot = {
      workbook: {
        id: '0b6f1c1e-5d0a-4a3b-9c1d-2e3f4a5b6c7d',
        name: '日'.repeat(100),
        createdAt: META.exportedAt,
        updatedAt: META.exportedAt,
      },
      tables: emptyTables(),
    };
    const bytes = utf8(encodePartnerbook(empty, META)).byteLength;
    // The name's 100 characters are 300 bytes: the file has 200 more bytes than characters.
    expect(bytes - encodePartnerbook(empty, META).length).toBe(200);
    expect(encodePartnerbookBytes(empty, META, undefined, { maxBytes: bytes })).toHaveLength(bytes);
    expect(() => encodePartnerbookBytes(empty, META, undefined, { maxBytes: bytes - 1 })).toThrow(
      'This workbook is too large to save as one file: a workbook file holds at most 4,096 MiB.',
    );
  });

  it('gives the bytes of the text for a sample workbook with its histories', () => {
    const snapshot = withRevisions(
      generateSampleSnapshot({ partners: 40, seed: 7, now: new Date(META.exportedAt) }),
    );
    expect(encodePartnerbookBytes(snapshot, META)).toEqual(utf8(encodePartnerbook(snapshot, META)));
  });

  it('gives the bytes of the text in chunks of 64 bytes, characters split between them', () => {
    const sample = generateSampleSnapshot({
      partners: 30,
      seed: 3,
      now: new Date(META.exportedAt),
    });
    // Emoji (a surrogate pair), CJK, a combining mark and a lone surrogate, in names and notes.
    const odd = ' 😀 日本語 Cafe\u0301 \uD800 ';
    const snapshot: WorkbookSnapshot = {
      ...sample,
      tables: {
        ...sample.tables,
        partners: sample.tables.partners.map((partner, index) =>
          index % 3 === 0 ? { ...partner, name: `${partner.name}${odd}`, notes: odd } : partner,
        ),
      },
    };
    const text = encodePartnerbook(snapshot, META);
    // JSON.stringify writes a lone surrogate as an escape, so the text holds none to replace.
    expect(text).toContain('\\ud800');
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const expected = utf8(text);
    expect(expected.byteLength).toBeGreaterThan(text.length);
    // Chunks of 64 bytes split parts, and some of the multi-byte characters, many times.
    expect(encodePartnerbookBytes(snapshot, META, undefined, { chunkBytes: 64 })).toEqual(expected);
    expect(encodePartnerbookBytes(snapshot, META, undefined, { chunkBytes: 5 })).toEqual(expected);
    expect(encodePartnerbookBytes(snapshot, META)).toEqual(expected);
  });

  it('reports the same encoding progress as the text encoder', () => {
    const snapshot = generateSampleSnapshot({ partners: 5, seed: 1, now: new Date(0) });
    const fromText: unknown[] = [];
    const fromBytes: unknown[] = [];
    encodePartnerbook(snapshot, META, (progress) => fromText.push(progress));
    encodePartnerbookBytes(snapshot, META, (progress) => fromBytes.push(progress));
    expect(fromBytes).toEqual(fromText);
    expect(fromBytes.at(-1)).toMatchObject({ phase: 'encoding' });
  });

  it('match the text encoder for any workbook', () => {
    fc.assert(
      fc.property(workbookSnapshot(), (snapshot) => {
        expect(encodePartnerbookBytes(snapshot, META)).toEqual(
          utf8(encodePartnerbook(snapshot, META)),
        );
      }),
      { numRuns: 8 },
    );
  }, 30_000);
});
