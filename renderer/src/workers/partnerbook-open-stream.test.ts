import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { fixtureSnapshot } from '../../../shared/files/partnerbook/decode-fixture';
import { encodePartnerbook } from '../../../shared/files/partnerbook/encode';
import type { WorkbookSnapshot } from '../../../shared/files/partnerbook/snapshot';
import { workbookSnapshot } from '../../../shared/files/partnerbook/snapshot-test-kit';
import { generateSampleSnapshot } from '../../../shared/sample/sample-snapshot';
import { writeSnapshotToNewDatabase } from '../db/repos/snapshot-repo';
import { openStreamed, type StreamedOpenOptions } from './partnerbook-open-stream';
import { dump, newName, wholeOpen } from './partnerbook-open-stream-test-kit';

const EXPORTED_AT = '2026-11-30T07:00:00.000Z';
const FILE = 'big.partnerbook';

async function streamedOpen(
  source: Blob,
  options: StreamedOpenOptions = {},
): Promise<{ name: string; result: Awaited<ReturnType<typeof openStreamed>> }> {
  const name = newName();
  return { name, result: await openStreamed(source, FILE, name, options) };
}

const fileOf = (snapshot: WorkbookSnapshot) =>
  encodePartnerbook(snapshot, { exportedAt: EXPORTED_AT });

describe('openStreamed', () => {
  it('writes the database the whole-text open writes, derived tables included', async () => {
    // The sample has no revisions (they are derived on open); the fixture has them, and
    // metric entries, investments and activities for the derived figures and counts.
    const sample = generateSampleSnapshot({ partners: 12, seed: 7, now: new Date(EXPORTED_AT) });
    for (const snapshot of [sample, fixtureSnapshot()]) {
      const text = fileOf(snapshot);
      // Slices of 333 bytes cut through multi-byte characters.
      const { name, result } = await streamedOpen(new Blob([text]), {
        sliceBytes: 333,
        decode: { scan: { batchRecords: 3 } },
      });
      expect(result).toEqual({
        kind: 'opened',
        workbookId: snapshot.workbook.id,
        name: snapshot.workbook.name,
      });
      expect(await dump(name)).toEqual(await wholeOpen(text, FILE));
    }
  });

  it('writes the same database for any generated workbook', async () => {
    await fc.assert(
      fc.asyncProperty(
        workbookSnapshot(),
        fc.integer({ min: 16, max: 5_000 }),
        async (snapshot, slice) => {
          const text = fileOf(snapshot);
          const { name, result } = await streamedOpen(new Blob([text]), { sliceBytes: slice });
          expect(result.kind).toBe('opened');
          expect(await dump(name)).toEqual(await wholeOpen(text, FILE));
        },
      ),
      { numRuns: 6 },
    );
    // Each run writes two databases into fake-indexeddb, which is slow.
  }, 60_000);

  it('refuses a bad file and leaves no database behind', async () => {
    const text = fileOf(fixtureSnapshot()).replace('"tier":"gold"', '"tier":"wood"');
    const { name, result } = await streamedOpen(new Blob([text]), { sliceBytes: 100 });
    expect(result).toEqual({
      kind: 'refused',
      problems: [
        {
          path: 'tables.partners[0].tier',
          message: expect.stringMatching(
            /^big\.partnerbook: tables\.partners\[0\]\.tier: /,
          ) as string,
        },
      ],
    });
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('refuses bytes that are not UTF-8, wherever they are', async () => {
    const text = fileOf(fixtureSnapshot());
    const bytes = new TextEncoder().encode(text);
    bytes[Math.floor(bytes.length * 0.8)] = 0xff;
    const { name, result } = await streamedOpen(new Blob([bytes]), { sliceBytes: 256 });
    expect(result).toEqual({
      kind: 'refused',
      problems: [
        {
          path: '',
          message:
            'big.partnerbook: the file is not UTF-8 text, so it is not a workbook file (or it is damaged).',
        },
      ],
    });
    expect(await Dexie.exists(name)).toBe(false);
    // A character cut off at the very end is not UTF-8 either.
    const cut = new TextEncoder().encode(`${text.slice(0, -1)}é`).slice(0, -1);
    expect((await streamedOpen(new Blob([cut]))).result.kind).toBe('refused');
  });

  it('leaves a file of an older format to the whole-text open, writing nothing', async () => {
    const file = JSON.parse(fileOf(fixtureSnapshot())) as Record<string, unknown>;
    file.formatVersion = 5;
    const { name, result } = await streamedOpen(new Blob([JSON.stringify(file)]));
    expect(result).toEqual({ kind: 'whole' });
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('refuses to write over a database that exists', async () => {
    const name = newName();
    await writeSnapshotToNewDatabase(fixtureSnapshot(), name);
    await expect(openStreamed(new Blob([fileOf(fixtureSnapshot())]), FILE, name)).rejects.toThrow(
      /already exists; it was left as it was/,
    );
    expect((await dump(name)).partners).toHaveLength(2);
  });

  it('reports progress in MiB read, ending with the whole file', async () => {
    const seen: string[] = [];
    await streamedOpen(new Blob([fileOf(fixtureSnapshot())]), {
      sliceBytes: 1_000,
      onProgress: ({ phase, done, total }) => seen.push(`${phase} ${done}/${total}`),
    });
    expect(seen[0]).toBe('opening 0/1');
    expect(seen.at(-1)).toBe('opening 1/1');
  });
});
