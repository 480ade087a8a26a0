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
import { PartnerbookBytesSink } from './partnerbook-bytes';

const META = {
  exportedAt: '2026-11-01T09:00:00.000Z',
  app: { name: 'Partner Workbook', version: '1.0.0' },
};

const utf8 = (text: string) => new TextEncoder().encode(text);

// A snapshot's file through the save's sink, its tables handed over whole, in file order.
function encodePartnerbookBytes(
  snapshot: WorkbookSnapshot,
  meta: typeof META,
  onProgress?: PartnerbookProgressListener,
  initialBytes?: number,
): Uint8Array<ArrayBuffer> {
  const sink = new PartnerbookBytesSink(meta, initialBytes);
  sink.identity(snapshot.workbook);
  const tables = sortedTables(snapshot.tables);
  for (const table of SNAPSHOT_TABLES) sink.records(table, tables[table]);
  return sink.finish(onProgress).bytes;
}

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
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });

  it('gives the bytes of the text for a sample workbook with its histories', () => {
    const snapshot = withRevisions(
      generateSampleSnapshot({ partners: 40, seed: 7, now: new Date(META.exportedAt) }),
    );
    expect(encodePartnerbookBytes(snapshot, META)).toEqual(utf8(encodePartnerbook(snapshot, META)));
  });

  it('gives the bytes of the text when its buffer grows many times, any script included', () => {
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
    // Starting at 64 bytes, the buffer grows many times, inside parts and between them.
    const bytes = encodePartnerbookBytes(snapshot, META, undefined, 64);
    expect(bytes).toEqual(expected);
    expect(bytes.buffer.byteLength).toBe(expected.byteLength);
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
