import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { withRevisions } from '../../../shared/files/merge/snapshot-revisions';
import { encodePartnerbook } from '../../../shared/files/partnerbook/encode';
import { snapshotCounts } from '../../../shared/files/partnerbook/snapshot';
import { generateSampleSnapshot } from '../../../shared/sample/sample-snapshot';
import { WorkbookDatabase } from '../db/database';
import { readSnapshot, streamSnapshot } from '../db/repos/snapshot-read';
import { writeSnapshotToNewDatabase } from '../db/repos/snapshot-repo';
import { PartnerbookBytesSink } from './partnerbook-bytes';

const META = { exportedAt: '2026-11-01T09:00:00.000Z' };
const name = `partnerbook-bytes-read-${crypto.randomUUID()}`;

afterEach(async () => {
  await Dexie.delete(name);
});

describe('PartnerbookBytesSink, fed by a snapshot read', () => {
  it('gives a file byte for byte the text of the workbook read whole, however it is batched', async () => {
    const snapshot = withRevisions(
      generateSampleSnapshot({ partners: 25, seed: 4, now: new Date(META.exportedAt) }),
    );
    await writeSnapshotToNewDatabase(snapshot, name);
    const db = new WorkbookDatabase(name);
    await db.open();
    const whole = await readSnapshot(db);
    const expected = new TextEncoder().encode(encodePartnerbook(whole, META));
    for (const batchSize of [1, 7, 10_000]) {
      // Chunks of 64 bytes: hundreds of them, split inside parts and between them.
      const file = new PartnerbookBytesSink(META, { chunkBytes: 64 });
      await streamSnapshot(db, file, { batchSize, onProgress: () => undefined });
      const { chunks, size, counts } = file.finish();
      expect(size).toBe(expected.byteLength);
      expect(chunks).toHaveLength(Math.ceil(size / 64));
      expect(new Uint8Array(await new Blob(chunks).arrayBuffer())).toEqual(expected);
      expect(counts).toEqual(snapshotCounts(whole));
    }
    db.close();
  });
});
