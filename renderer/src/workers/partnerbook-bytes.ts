/**
 * A workbook's `.partnerbook` file as UTF-8 bytes in one buffer, which the worker transfers to
 * the window (no copy) and the window hands to the host as they are. A save writes the file as
 * it reads the workbook: each batch read is queued, and one piece of the queue is encoded while
 * each next batch is read (the worker otherwise waits for the database through much of the
 * read); what is left is encoded once the read ends. Each part of the text goes straight into
 * the buffer and is let go, so the text is never held whole (utf8-buffer.ts); the buffer grows
 * to a guess of the file's size as soon as the read's survey comes (partnerbook-size.ts).
 * (A Blob built from the parts cost more than encoding and stringifying together: its bytes go
 * to the browser's blob store and come back when read.)
 */
import { PartnerbookWriter, type EncodeMeta } from '../../../shared/files/partnerbook/writer';
import {
  SNAPSHOT_TABLES,
  type PartnerbookProgressListener,
  type SnapshotTableName,
  type SnapshotTables,
  type WorkbookIdentity,
} from '../../../shared/files/partnerbook/snapshot';
import type { SnapshotSink, TableSurvey } from '../db/repos/snapshot-read';
import { estimateFileBytes } from './partnerbook-size';
import { Utf8Buffer } from './utf8-buffer';

// Records encoded per piece of work: about as long as the database takes to read a batch.
const PIECE = 10_000;
// The buffer's size until the survey's guess comes.
const FIRST_BYTES = 4 * 1024 * 1024;

/** A file's bytes and how many records of each table it holds. */
export interface EncodedPartnerbook {
  bytes: Uint8Array<ArrayBuffer>;
  counts: Record<SnapshotTableName, number>;
}

/** Encodes a file from the records a snapshot read hands it (snapshot-read.ts). */
export class PartnerbookBytesSink implements SnapshotSink {
  private readonly file: Utf8Buffer;
  private readonly writer: PartnerbookWriter;
  private readonly queue: (() => void)[] = [];
  private readonly counts = Object.fromEntries(
    SNAPSHOT_TABLES.map((table) => [table, 0]),
  ) as Record<SnapshotTableName, number>;
  private hasHead = false;

  /** `initialBytes`: the buffer's first size (tests start it small to make it grow). */
  constructor(
    private readonly meta: EncodeMeta,
    initialBytes = FIRST_BYTES,
  ) {
    this.file = new Utf8Buffer(initialBytes);
    this.writer = new PartnerbookWriter((part) => {
      this.file.write(part);
    });
  }

  identity(workbook: WorkbookIdentity): void {
    this.writer.head(workbook, this.meta);
    this.hasHead = true;
  }

  records<T extends SnapshotTableName>(table: T, records: SnapshotTables[T]): void {
    this.counts[table] += records.length;
    for (let start = 0; start < records.length; start += PIECE) {
      const end = Math.min(start + PIECE, records.length);
      this.queue.push(() => {
        this.writer.records(table, records, start, end);
      });
    }
  }

  whileReading(): void {
    this.queue.shift()?.();
  }

  survey(tables: Readonly<Record<SnapshotTableName, TableSurvey>>): void {
    this.file.reserve(estimateFileBytes(Object.values(tables)));
  }

  /** Encodes what is still queued, telling progress, and ends the file. */
  finish(onProgress?: PartnerbookProgressListener): EncodedPartnerbook {
    if (!this.hasHead) throw new Error('The workbook file has no head: its identity never came.');
    const total = SNAPSHOT_TABLES.reduce((sum, table) => sum + this.counts[table], 0);
    for (let piece = this.queue.shift(); piece; piece = this.queue.shift()) {
      piece();
      onProgress?.({ phase: 'encoding', done: this.writer.written, total });
    }
    this.writer.end();
    onProgress?.({ phase: 'encoding', done: total, total });
    return { bytes: this.file.bytes(), counts: { ...this.counts } };
  }
}
