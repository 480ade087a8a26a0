/**
 * A guess, a little high, of a workbook file's size in bytes, so that the file's buffer can be
 * allocated once: a buffer that grows as it fills allocates and copies the file over again, and
 * at a hundred megabytes that cost a third of the encoding (the file's JSON and its UTF-8
 * together). The guess measures an evenly spread sample of each table's records; a wrong guess
 * costs time only (the buffer grows, or is cut to size), never bytes.
 */
import { SNAPSHOT_TABLES, type WorkbookSnapshot } from '../../../shared/files/partnerbook/snapshot';

// Records measured per table: enough that the sample's mean record size is within a few percent.
const SAMPLE = 2_000;
// Over the measured size: the sample's error, and the file's head and table names.
const MARGIN = 1.05;
const SLACK_BYTES = 64 * 1024;

/** A guess of the UTF-8 size of a snapshot's `.partnerbook` file, rounded up. */
export function estimatePartnerbookBytes(snapshot: WorkbookSnapshot): number {
  const encoder = new TextEncoder();
  let bytes = encoder.encode(JSON.stringify(snapshot.workbook)).byteLength;
  for (const table of SNAPSHOT_TABLES) {
    const records: readonly unknown[] = snapshot.tables[table];
    if (records.length === 0) continue;
    const stride = Math.max(1, Math.floor(records.length / SAMPLE));
    const sample: unknown[] = [];
    for (let at = 0; at < records.length; at += stride) sample.push(records[at]);
    // The sample's array text holds one comma per record, as the file's tables do.
    const sampleBytes = encoder.encode(JSON.stringify(sample)).byteLength;
    bytes += (sampleBytes / sample.length) * records.length;
  }
  return Math.ceil(bytes * MARGIN) + SLACK_BYTES;
}
