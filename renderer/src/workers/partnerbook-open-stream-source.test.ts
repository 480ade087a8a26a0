import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { fixtureSnapshot } from '../../../shared/files/partnerbook/decode-fixture';
import { encodePartnerbook } from '../../../shared/files/partnerbook/encode';
import { MAX_PARTNERBOOK_BYTES } from '../../../shared/files/partnerbook/format';
import type { WorkbookSnapshot } from '../../../shared/files/partnerbook/snapshot';
import { openStreamed, type StreamedOpenOptions } from './partnerbook-open-stream';
import { cutStream, every } from './byte-stream-test-kit';
import { dump, newName, wholeOpen } from './partnerbook-open-stream-test-kit';

const EXPORTED_AT = '2026-11-30T07:00:00.000Z';
const FILE = 'big.partnerbook';
const NOT_UTF8 =
  'big.partnerbook: the file is not UTF-8 text, so it is not a workbook file (or it is damaged).';

// The fixture with names of two-, three- and four-byte characters, so that cuts fall inside them.
function wideSnapshot(): WorkbookSnapshot {
  const snapshot = fixtureSnapshot();
  const [first, second] = snapshot.tables.partners;
  if (first) first.name = 'Zoë Data — 東京 🚀';
  if (second) second.name = 'Ærø Cloud 🎉🎉';
  return snapshot;
}

const textOf = (snapshot: WorkbookSnapshot) =>
  encodePartnerbook(snapshot, { exportedAt: EXPORTED_AT });

const bytesOf = (text: string) => new TextEncoder().encode(text);

async function openStream(
  bytes: Uint8Array,
  cuts: readonly number[],
  options: StreamedOpenOptions & { size?: number } = {},
) {
  const { stream, seen } = cutStream(bytes, cuts);
  const name = newName();
  const size = options.size ?? bytes.byteLength;
  const result = await openStreamed({ size, stream }, FILE, name, options);
  return { name, result, seen };
}

// Where each character of more than one byte begins in the file's bytes.
function wideCharacterStarts(bytes: Uint8Array): number[] {
  const starts: number[] = [];
  bytes.forEach((byte, at) => {
    if (byte >= 0xc0) starts.push(at);
  });
  return starts;
}

describe('openStreamed from a stream', () => {
  it('writes the database the Blob and the whole-text opens write, however the stream is cut', async () => {
    const snapshot = wideSnapshot();
    const text = textOf(snapshot);
    const bytes = bytesOf(text);
    const starts = wideCharacterStarts(bytes);
    // 'é' (2 bytes), '東' (3) and '🚀' (4) at least, each cut after its first byte, and a 🚀 after
    // its third.
    expect(starts.length).toBeGreaterThanOrEqual(8);
    const rocket = text.indexOf('🚀');
    const rocketAt = bytesOf(text.slice(0, rocket)).byteLength;
    const awkward = [...new Set([1, 2, 3, ...starts.map((at) => at + 1), rocketAt + 3])].sort(
      (a, b) => a - b,
    );
    const expected = await wholeOpen(text, FILE);
    for (const cuts of [awkward, every(1_000, bytes.byteLength), []]) {
      const { name, result, seen } = await openStream(bytes, cuts, {
        decode: { scan: { batchRecords: 3 } },
      });
      expect(result).toEqual({
        kind: 'opened',
        workbookId: snapshot.workbook.id,
        name: 'EMEA resellers',
      });
      expect(await dump(name)).toEqual(expected);
      expect(seen.pulled).toBe(cuts.filter((cut) => cut < bytes.byteLength).length + 1);
    }
    const blob = newName();
    await openStreamed(new Blob([bytes]), FILE, blob, { sliceBytes: 333 });
    expect(await dump(blob)).toEqual(expected);
  });

  it('refuses bytes that are not UTF-8, cancels the stream and leaves no database', async () => {
    const bytes = bytesOf(textOf(wideSnapshot()));
    const broken = bytes.slice();
    broken[Math.floor(bytes.byteLength * 0.8)] = 0xff;
    const { name, result, seen } = await openStream(broken, every(100, bytes.byteLength));
    expect(result).toEqual({ kind: 'refused', problems: [{ path: '', message: NOT_UTF8 }] });
    expect(await Dexie.exists(name)).toBe(false);
    expect(seen.cancelled).toBe(true);
    // Stopped at the bad byte: not every piece was pulled.
    expect(seen.pulled).toBeLessThan(Math.ceil(bytes.byteLength / 100));
  });

  it('refuses a character cut off at the very end of the stream', async () => {
    const text = textOf(fixtureSnapshot());
    const cut = bytesOf(`${text.slice(0, -1)}é`).slice(0, -1);
    const { name, result } = await openStream(cut, every(7, cut.byteLength));
    expect(result).toEqual({ kind: 'refused', problems: [{ path: '', message: NOT_UTF8 }] });
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('stops when cancelled: rejects, cancels the stream and leaves no database', async () => {
    const bytes = bytesOf(textOf(fixtureSnapshot()));
    const pieces = Math.ceil(bytes.byteLength / 50);
    const { stream, seen } = cutStream(bytes, every(50, bytes.byteLength));
    const name = newName();
    const controller = new AbortController();
    let told = 0;
    const opening = openStreamed({ size: bytes.byteLength, stream }, FILE, name, {
      signal: controller.signal,
      decode: { scan: { batchRecords: 1 } },
      // Cancelled once two pieces were read (the first report is of none).
      onProgress: () => {
        told += 1;
        if (told === 3) controller.abort();
      },
    });
    await expect(opening).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.cancelled).toBe(true);
    expect(pieces).toBeGreaterThan(10);
    // Two read, and the third asked for ahead of the decoder.
    expect(seen.pulled).toBe(3);
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('hands the whole text of an older format back, read to its end, writing nothing', async () => {
    const file = JSON.parse(textOf(wideSnapshot())) as Record<string, unknown>;
    file.formatVersion = 5;
    const text = JSON.stringify(file);
    const bytes = bytesOf(text);
    const { name, result, seen } = await openStream(bytes, every(64, bytes.byteLength));
    expect(result).toEqual({ kind: 'whole', text });
    expect(seen.pulled).toBe(Math.ceil(bytes.byteLength / 64));
    expect(await Dexie.exists(name)).toBe(false);
    // Not UTF-8 after the head: refused, not handed back.
    const broken = bytes.slice();
    broken[bytes.byteLength - 3] = 0xff;
    const refused = await openStream(broken, every(64, bytes.byteLength));
    expect(refused.result).toEqual({
      kind: 'refused',
      problems: [{ path: '', message: NOT_UTF8 }],
    });
  });

  it('refuses a stream over 4 GiB unread, and one that brings more or fewer bytes than announced', async () => {
    const bytes = bytesOf(textOf(fixtureSnapshot()));
    const huge = await openStream(bytes, [], { size: MAX_PARTNERBOOK_BYTES + 1 });
    expect(huge.result).toEqual({
      kind: 'refused',
      problems: [
        {
          path: '',
          message:
            'big.partnerbook: the file is too large to open (4,097 MiB; a workbook file holds at most 4,096 MiB).',
        },
      ],
    });
    expect(huge.seen).toEqual({ pulled: 0, cancelled: true });
    expect(await Dexie.exists(huge.name)).toBe(false);

    const names = [newName(), newName()];
    const short = cutStream(bytes, every(500, bytes.byteLength));
    await expect(
      openStreamed({ size: bytes.byteLength + 1, stream: short.stream }, FILE, names[0] ?? ''),
    ).rejects.toThrow('big.partnerbook ended before it was read whole.');
    const long = cutStream(bytes, every(500, bytes.byteLength));
    await expect(
      openStreamed({ size: bytes.byteLength - 1, stream: long.stream }, FILE, names[1] ?? ''),
    ).rejects.toThrow('big.partnerbook grew while it was being read; open it again.');
    for (const name of names) expect(await Dexie.exists(name)).toBe(false);
  });

  it('reports progress in MiB read, ending with the whole file', async () => {
    const bytes = bytesOf(textOf(fixtureSnapshot()));
    const seen: string[] = [];
    await openStream(bytes, every(1_000, bytes.byteLength), {
      onProgress: ({ phase, done, total }) => seen.push(`${phase} ${done}/${total}`),
    });
    expect(seen[0]).toBe('opening 0/1');
    expect(seen.at(-1)).toBe('opening 1/1');
  });
});
