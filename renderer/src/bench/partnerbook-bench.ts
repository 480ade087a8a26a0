/**
 * The `.partnerbook` benchmarks' side of the bench page (11 and 12). The workbook is generated
 * once with the command line's generator (generateSampleSnapshot) and kept as a file in page
 * memory; opening it through the app's worker also seeds the database that the save benchmark
 * reads. Candidates go through the real client and worker (partnerbook-client.ts); baselines are
 * the plainest code that gets the same records from a database to text and back.
 */
import { MAX_PARTNERBOOK_CHARS } from '../../../shared/files/partnerbook/format';
import { SNAPSHOT_TABLES } from '../../../shared/files/partnerbook/snapshot';
import { WorkbookDatabase } from '../db/database';
import { exportPartnerbookFile, openPartnerbook } from '../features/files/partnerbook-client';
import type { BenchDb } from './bench-api';
import type { FileRun, PartnerbookPlan, PreparedPartnerbook } from './files-bench-api';
import { startPhaseClock, stepClock } from './phase-clock';
import { exportStreamedRaw, openStreamedRaw } from './partnerbook-streamed-raw';
import { getAllInBatches, openRaw, putAllStrict, request } from './raw-idb';
import { sampleFileBlob, sampleFileOnDisk } from './sample-file-blob';

/** The fixed "now" of the generated workbook, so that a seed always gives the same file. */
const GENERATED_AT = new Date('2026-11-01T09:00:00.000Z');
/** Records per getAll of the raw read, as the app's snapshot read batches them. */
const RAW_READ_BATCH = 10_000;
const FILE_NAME = 'bench.partnerbook';
/** Iterations past which the sample's file is written to disk rather than kept as a Blob. */
const ON_DISK_ITERATIONS = 300_000;

let file: Blob | undefined;
// True when the file is past one string: the baselines then work a batch at a time.
let streamed = false;

function preparedFile(): Blob {
  if (!file) throw new Error('Call preparePartnerbook() before this benchmark.');
  return file;
}

// With its revision histories, as the command line's `sample` and the app's own save write a
// file: without them, opening it would hash every record to derive them. Made in parts
// (sample-file-blob.ts), so that a file past one string's length can be made at all.
async function preparePartnerbook(plan: PartnerbookPlan): Promise<PreparedPartnerbook> {
  file = undefined;
  const started = performance.now();
  // A file past one string's length is written to disk first (see sampleFileOnDisk).
  const onDisk = plan.iterations !== undefined && plan.iterations > ON_DISK_ITERATIONS;
  const made = await (onDisk ? sampleFileOnDisk : sampleFileBlob)(
    {
      partners: plan.partners,
      seed: plan.seed,
      now: GENERATED_AT,
      ...(plan.iterations === undefined ? {} : { iterations: plan.iterations }),
    },
    { exportedAt: GENERATED_AT.toISOString() },
  );
  file = made.blob;
  streamed = made.chars > MAX_PARTNERBOOK_CHARS;
  return {
    counts: made.counts,
    chars: made.chars,
    bytes: file.size,
    makeMs: performance.now() - started,
    streamedBaselines: streamed,
  };
}

async function openPartnerbookWithApp(target: BenchDb): Promise<FileRun> {
  const source = preparedFile();
  const clock = startPhaseClock();
  const opened = await openPartnerbook(source, FILE_NAME, clock.onProgress, {
    dbName: target.dbName,
  });
  const timed = clock.stop();
  if (!opened.ok) {
    const first = opened.problems[0];
    throw new Error(`The app refused the file: ${first ? first.message : 'no reason given'}`);
  }
  return { ...timed, chars: 0 };
}

/** An empty database of the app's schema, as the app's open path creates before writing. */
async function createEmptyWorkbook(dbName: string): Promise<void> {
  const db = new WorkbookDatabase(dbName);
  await db.open();
  db.close();
}

// The file's tables of records, by store name.
function tablesOf(parsed: unknown): Record<string, unknown[]> {
  const tables: unknown =
    typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'tables') : undefined;
  if (typeof tables !== 'object' || tables === null) throw new Error('The file has no tables.');
  const records: Record<string, unknown[]> = {};
  for (const table of SNAPSHOT_TABLES) {
    const rows: unknown = Reflect.get(tables, table);
    if (Array.isArray(rows)) records[table] = rows;
  }
  return records;
}

// The file's tables, read and parsed in a function of their own, so that the text (hundreds of
// megabytes at full size) is garbage before the write starts.
async function parsedTables(
  source: Blob,
  clock: ReturnType<typeof stepClock>,
): Promise<{ tables: Record<string, unknown[]>; chars: number }> {
  const text = await source.text();
  clock.lap('text');
  const tables = tablesOf(JSON.parse(text));
  clock.lap('parse');
  return { tables, chars: text.length };
}

async function openPartnerbookRaw(target: BenchDb): Promise<FileRun> {
  const source = preparedFile();
  await createEmptyWorkbook(target.dbName);
  if (streamed) return openStreamedRaw(source, target.dbName, stepClock());
  const db = await openRaw(target.dbName);
  try {
    const clock = stepClock();
    const { tables, chars } = await parsedTables(source, clock);
    await putAllStrict(db, tables);
    clock.lap('write');
    return { ...clock.stop(), chars };
  } finally {
    db.close();
  }
}

// As saving does (file-actions.ts): the worker's file as chunks of bytes for the host, never as
// text.
async function exportPartnerbookWithApp(target: BenchDb): Promise<FileRun> {
  const clock = startPhaseClock();
  const { size } = await exportPartnerbookFile(target.dbName, clock.onProgress);
  return { ...clock.stop(), chars: 0, bytes: size };
}

async function exportPartnerbookRaw(target: BenchDb): Promise<FileRun> {
  if (streamed) return exportStreamedRaw(target.dbName, stepClock());
  const db = await openRaw(target.dbName);
  try {
    const clock = stepClock();
    const tx = db.transaction([...SNAPSHOT_TABLES, 'meta'], 'readonly');
    const workbook: unknown = await request(tx.objectStore('meta').getAll());
    const tables: Record<string, unknown[]> = {};
    for (const table of SNAPSHOT_TABLES) {
      tables[table] = await getAllInBatches(tx.objectStore(table), RAW_READ_BATCH);
    }
    clock.lap('read');
    const text = JSON.stringify({ workbook, tables });
    clock.lap('stringify');
    return { ...clock.stop(), chars: text.length };
  } finally {
    db.close();
  }
}

async function countStores(target: BenchDb): Promise<Record<string, number>> {
  const db = await openRaw(target.dbName);
  try {
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names, 'readonly');
    const counts = await Promise.all(names.map((name) => request(tx.objectStore(name).count())));
    return Object.fromEntries(names.map((name, index) => [name, counts[index] ?? 0]));
  } finally {
    db.close();
  }
}

/** The `.partnerbook` calls of the bench API. */
export const partnerbookBench = {
  preparePartnerbook,
  openPartnerbookWithApp,
  openPartnerbookRaw,
  exportPartnerbookWithApp,
  exportPartnerbookRaw,
  countStores,
};
