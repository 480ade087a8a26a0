import { RECORD_ORDER, sortedBy } from './record-order';
import {
  SNAPSHOT_TABLES,
  type PartnerbookProgressListener,
  type SnapshotTableName,
  type SnapshotTables,
  type WorkbookSnapshot,
} from './snapshot';
import { PartnerbookWriter, type EncodeMeta, type PartnerbookPartSink } from './writer';

export type { EncodeMeta, PartnerbookPartSink } from './writer';

/**
 * Writes a whole snapshot as a `.partnerbook` file (writer.ts): each table sorted into its record
 * order, then written in batches, with progress between them.
 */

// Records per batch: progress is reported between batches.
const BATCH = 50_000;

// A table's records in its record order: the same array when already sorted.
const tableRecords = <T extends SnapshotTableName>(
  snapshot: WorkbookSnapshot,
  table: T,
): readonly SnapshotTables[T][number][] =>
  sortedBy<SnapshotTables[T][number]>(snapshot.tables[table], RECORD_ORDER[table]);

/**
 * Writes the file's text to `write` in parts, in order, so that a caller can turn each part into
 * bytes and let it go before the next (a file of hundreds of megabytes is never held twice as
 * text). Throws when the whole would exceed the size a workbook file may have, since such a file
 * could not be opened; parts written before that are then to be dropped.
 */
export function writePartnerbookParts(
  snapshot: WorkbookSnapshot,
  meta: EncodeMeta,
  write: PartnerbookPartSink,
  onProgress?: PartnerbookProgressListener,
): void {
  const writer = new PartnerbookWriter(write);
  writer.head(snapshot.workbook, meta);
  const total = SNAPSHOT_TABLES.reduce((sum, table) => sum + snapshot.tables[table].length, 0);
  for (const table of SNAPSHOT_TABLES) {
    const records = tableRecords(snapshot, table);
    for (let start = 0; start < records.length; start += BATCH) {
      writer.records(table, records, start, Math.min(start + BATCH, records.length));
      onProgress?.({ phase: 'encoding', done: writer.written, total });
    }
  }
  writer.end();
  onProgress?.({ phase: 'encoding', done: total, total });
}

/**
 * The file's text in parts, to be joined or written out as they are (which saves copying
 * hundreds of megabytes once more). Throws as {@link writePartnerbookParts} does.
 */
export function encodePartnerbookParts(
  snapshot: WorkbookSnapshot,
  meta: EncodeMeta,
  onProgress?: PartnerbookProgressListener,
): string[] {
  const parts: string[] = [];
  writePartnerbookParts(
    snapshot,
    meta,
    (part) => {
      parts.push(part);
    },
    onProgress,
  );
  return parts;
}

/** The whole `.partnerbook` file for a snapshot, as text. */
export function encodePartnerbook(
  snapshot: WorkbookSnapshot,
  meta: EncodeMeta,
  onProgress?: PartnerbookProgressListener,
): string {
  return encodePartnerbookParts(snapshot, meta, onProgress).join('');
}
