/**
 * The `.partnerbook` baselines for a file too large for one JavaScript string (past 512 Mi UTF-16
 * code units; the 100,000 partners and 1,000,000 iterations make 1.55 GiB). No plain code
 * can `JSON.parse` or `JSON.stringify` such a file whole, so the baselines do the same plain work
 * a piece at a time:
 * - open: the file read in 16 MiB slices and decoded (as the app does), split into batches of
 *   whole records by the app's own scanner (stream-scanner.ts, a small part of the time: it only
 *   finds where records end), each batch `JSON.parse`d and put raw in a transaction of its own of
 *   relaxed durability, up to four transactions in flight without waiting for any, and one strict
 *   transaction at the end, which puts them all on disk (as the app's streamed open does);
 * - save: every table read raw in batches of 10,000, each batch `JSON.stringify`d and let go
 *   (only the lengths are kept).
 */
import { SNAPSHOT_TABLES } from '../../../shared/files/partnerbook/snapshot';
import { StreamScanner } from '../../../shared/files/partnerbook/stream-scanner';
import type { FileRun } from './files-bench-api';
import { forEachBatch, openRaw, request, transactionDone } from './raw-idb';
import type { stepClock } from './phase-clock';

const SLICE_BYTES = 16 * 1024 * 1024;
const IN_FLIGHT = 4;
const READ_BATCH = 10_000;
const TABLES: ReadonlySet<string> = new Set(SNAPSHOT_TABLES);

type Clock = ReturnType<typeof stepClock>;

/** Opens `source` into the empty database `dbName` the plain way, a batch at a time. */
export async function openStreamedRaw(
  source: Blob,
  dbName: string,
  clock: Clock,
): Promise<FileRun> {
  const db = await openRaw(dbName);
  try {
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    const scanner = new StreamScanner();
    const writes: Promise<void>[] = [];
    let chars = 0;
    let table = '';
    const put = async (records: readonly unknown[]) => {
      const tx = db.transaction(table, 'readwrite', { durability: 'relaxed' });
      const store = tx.objectStore(table);
      for (const record of records) store.put(record);
      writes.push(transactionDone(tx));
      if (writes.length >= IN_FLIGHT) await writes.shift();
    };
    for (let from = 0; from < source.size; from += SLICE_BYTES) {
      const bytes = await source.slice(from, from + SLICE_BYTES).arrayBuffer();
      const text = utf8.decode(bytes, { stream: from + SLICE_BYTES < source.size });
      chars += text.length;
      for (const event of scanner.feed(text)) {
        if (event.kind !== 'records' || !TABLES.has(event.table)) continue;
        table = event.table;
        await put(JSON.parse(`[${event.text}]`) as unknown[]);
      }
    }
    scanner.end();
    await Promise.all(writes);
    const end = db.transaction('meta', 'readwrite', { durability: 'strict' });
    end.objectStore('meta').put({ key: 'bench-end' });
    await transactionDone(end);
    clock.lap('read, parse and write');
    return { ...clock.stop(), chars };
  } finally {
    db.close();
  }
}

/** Reads every table of `dbName` raw and stringifies it a batch at a time. */
export async function exportStreamedRaw(dbName: string, clock: Clock): Promise<FileRun> {
  const db = await openRaw(dbName);
  try {
    const tx = db.transaction([...SNAPSHOT_TABLES, 'meta'], 'readonly');
    let chars = JSON.stringify(await request(tx.objectStore('meta').getAll())).length;
    for (const table of SNAPSHOT_TABLES) {
      await forEachBatch(tx.objectStore(table), READ_BATCH, (rows) => {
        chars += JSON.stringify(rows).length;
      });
    }
    clock.lap('read and stringify');
    return { ...clock.stop(), chars };
  } finally {
    db.close();
  }
}
