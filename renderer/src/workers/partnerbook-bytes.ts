/**
 * A workbook's `.partnerbook` file as UTF-8 bytes in fixed-size chunks (utf8-chunks.ts), which
 * the worker transfers to the window (no copy) and the window hands to the host as they are: a
 * file of gigabytes is never one buffer, one string or one IPC message. A save writes the file as
 * it reads the workbook: each batch read is queued, and one piece of the queue is encoded while
 * each next batch is read (the worker otherwise waits for the database through much of the
 * read); what is left is encoded once the read ends. Each part of the text goes straight into the
 * chunks and is let go, so the text is never held whole. A file over MAX_PARTNERBOOK_BYTES is
 * refused as its bytes pass that size.
 * (A Blob built from the parts cost more than encoding and stringifying together: its bytes go
 * to the browser's blob store and come back when read.)
 */
import { MAX_PARTNERBOOK_BYTES } from '../../../shared/files/partnerbook/format';
import {
  PartnerbookWriter,
  partnerbookTooLarge,
  type EncodeMeta,
} from '../../../shared/files/partnerbook/writer';
import {
  SNAPSHOT_TABLES,
  type PartnerbookProgressListener,
  type SnapshotTableName,
  type SnapshotTables,
  type WorkbookIdentity,
} from '../../../shared/files/partnerbook/snapshot';
import type { SnapshotSink } from '../db/repos/snapshot-read';
import { Utf8Chunks } from './utf8-chunks';

// Records encoded per piece of work: about as long as the database takes to read a batch.
const PIECE = 10_000;

/**
 * Bytes per chunk of a saved file (32 MiB): the size of one IPC piece (MAX_IPC_CHUNK_BYTES), so
 * that the desktop app sends each chunk as it is, and little memory is left over in the last.
 */
export const FILE_CHUNK_BYTES = 32 * 1024 * 1024;

/** A file's bytes in chunks, its size, and how many records of each table it holds. */
export interface EncodedPartnerbook {
  /** Each FILE_CHUNK_BYTES long but the last; each over a buffer of its own. */
  chunks: Uint8Array<ArrayBuffer>[];
  size: number;
  counts: Record<SnapshotTableName, number>;
}

/** Options of {@link PartnerbookBytesSink}; tests make chunks and the cap small. */
export interface BytesSinkOptions {
  chunkBytes?: number;
  maxBytes?: number;
}

/** Encodes a file from the records a snapshot read hands it (snapshot-read.ts). */
export class PartnerbookBytesSink implements SnapshotSink {
  private readonly file: Utf8Chunks;
  private readonly writer: PartnerbookWriter;
  private readonly queue: (() => void)[] = [];
  private readonly counts = Object.fromEntries(
    SNAPSHOT_TABLES.map((table) => [table, 0]),
  ) as Record<SnapshotTableName, number>;
  private hasHead = false;

  constructor(
    private readonly meta: EncodeMeta,
    options: BytesSinkOptions = {},
  ) {
    this.file = new Utf8Chunks({
      chunkBytes: options.chunkBytes ?? FILE_CHUNK_BYTES,
      maxBytes: options.maxBytes ?? MAX_PARTNERBOOK_BYTES,
      tooLarge: partnerbookTooLarge,
    });
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
    const { chunks, size } = this.file.finish();
    return { chunks, size, counts: { ...this.counts } };
  }
}
