/**
 * A guess, a little high, of a workbook file's size in bytes, so that the file's buffer can be
 * allocated once: a buffer that grows as it fills allocates and copies the file over again, and
 * at a hundred megabytes that cost a third of the encoding (the file's JSON and its UTF-8
 * together). The guess measures a sample of each table's records (a save's read takes one
 * alongside, snapshot-read.ts) and scales it by the table's count; a wrong guess costs time only
 * (the buffer grows, or is cut to size), never bytes.
 */

/** A table's record count and a sample of its records. */
export interface TableSample {
  count: number;
  sample: readonly unknown[];
}

// Over the measured size: the sample's error, and the file's head and table names.
const MARGIN = 1.05;
const SLACK_BYTES = 64 * 1024;

/** A guess of the UTF-8 size of a file of tables of these sizes and samples, rounded up. */
export function estimateFileBytes(tables: Iterable<TableSample>, headBytes = 0): number {
  const encoder = new TextEncoder();
  let bytes = headBytes;
  for (const { count, sample } of tables) {
    if (count === 0 || sample.length === 0) continue;
    // The sample's array text holds one comma per record, as the file's tables do.
    const sampleBytes = encoder.encode(JSON.stringify(sample)).byteLength;
    bytes += (sampleBytes / sample.length) * count;
  }
  return Math.ceil(bytes * MARGIN) + SLACK_BYTES;
}
