/**
 * Opens a workbook file as a stream, in the partnerbook worker: the file is read a slice at a
 * time, its UTF-8 decoded as it comes (strictly: any byte that is not UTF-8 refuses the file),
 * and each piece handed to the streamed decoder (shared/files/partnerbook/stream-decode.ts),
 * which writes checked batches into the new database (db/repos/snapshot-stream-write.ts). The
 * next slice is read while the decoder works on this one. The text is never held whole, so files
 * far past the 512 Mi characters of one JavaScript string open, up to MAX_PARTNERBOOK_BYTES.
 * The bytes come from a Blob or from a stream the window transferred (byte-pieces.ts). A stream
 * is read once, so for a file of an older format (which only the whole-text decoder reads) the
 * text read before that was known is kept, and the rest read after it, when the file fits in one
 * string (MAX_PARTNERBOOK_CHARS); a Blob is simply read again.
 */
import {
  MAX_PARTNERBOOK_BYTES,
  MAX_PARTNERBOOK_CHARS,
} from '../../../shared/files/partnerbook/format';
import { NOT_UTF8 } from '../../../shared/files/partnerbook/decode-bytes';
import { ProblemList, type PartnerbookProblem } from '../../../shared/files/partnerbook/problems';
import type {
  PartnerbookProgressListener,
  SnapshotTableName,
  SnapshotTables,
} from '../../../shared/files/partnerbook/snapshot';
import {
  PartnerbookStreamDecoder,
  type CheckedRecordsSink,
  type StreamDecodeOptions,
} from '../../../shared/files/partnerbook/stream-decode';
import { StreamedWorkbookWriter } from '../db/repos/snapshot-stream-write';
import { bytePieces, type BytePieces, type ByteSource } from './byte-pieces';

/** How a streamed open ended. */
export type StreamedOpen =
  | { kind: 'opened'; workbookId: string; name: string }
  | { kind: 'refused'; problems: PartnerbookProblem[] }
  /**
   * Only the whole-text decoder reads this file (an older format): nothing was written. For a
   * stream, which cannot be read again, `text` is the whole file's text.
   */
  | { kind: 'whole'; text?: string };

/** Options of {@link openStreamed}; tests lower the sizes. */
export interface StreamedOpenOptions {
  onProgress?: PartnerbookProgressListener | undefined;
  /** Bytes read at a time from a Blob (a stream comes in the pieces it brings). */
  sliceBytes?: number;
  decode?: Omit<StreamDecodeOptions, 'onChecked'>;
  /**
   * Stops the open: the stream is cancelled, what was written is discarded, and the promise
   * rejects with an AbortError.
   */
  signal?: AbortSignal | undefined;
}

const MIB = 1024 * 1024;
const SLICE_BYTES = 16 * MIB;

const mib = (bytes: number) => `${Math.ceil(bytes / MIB).toLocaleString('en-US')} MiB`;

function refusal(fileName: string, message: string): StreamedOpen {
  const problems = new ProblemList(fileName);
  problems.add('', message);
  return { kind: 'refused', problems: problems.toArray() };
}

/** What {@link TextPieces} gives for bytes that are not UTF-8. */
const NOT_UTF8_BYTES = Symbol('not UTF-8');

const aborted = (): DOMException => new DOMException('The open was cancelled.', 'AbortError');

/**
 * The file's text a piece at a time, strictly UTF-8 (a character cut at the end included), with
 * progress in whole MiB read.
 */
class TextPieces {
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  private read = 0;
  private ended = false;

  constructor(
    private readonly pieces: BytePieces,
    private readonly size: number,
    private readonly signal: AbortSignal | undefined,
    private readonly onProgress: PartnerbookProgressListener | undefined,
  ) {
    this.tell();
  }

  /** The next piece of text; undefined at the end; NOT_UTF8_BYTES for bytes that are not UTF-8. */
  async next(): Promise<string | undefined | typeof NOT_UTF8_BYTES> {
    if (this.ended) return undefined;
    if (this.signal?.aborted) throw aborted();
    const bytes = await this.pieces.next();
    if (this.signal?.aborted) throw aborted();
    try {
      if (bytes === undefined) {
        this.ended = true;
        // The decoder's end: a character cut off at the end of the file is refused here.
        return this.utf8.decode();
      }
      this.read += bytes.byteLength;
      return this.utf8.decode(bytes, { stream: true });
    } catch {
      return NOT_UTF8_BYTES;
    } finally {
      this.tell();
    }
  }

  // Whole MiB read, all of them once the file is read.
  private tell(): void {
    const total = Math.ceil(this.size / MIB);
    const done = this.ended || this.read >= this.size ? total : Math.floor(this.read / MIB);
    this.onProgress?.({ phase: 'opening', done, total });
  }
}

/**
 * Passes batches on to the writer, and notes that one was written: from then on the file is
 * known to be of the current format, and the text kept in case it was not is let go.
 */
function noteWrites(writer: CheckedRecordsSink, written: () => void): CheckedRecordsSink {
  return {
    write: <T extends SnapshotTableName>(table: T, records: SnapshotTables[T]) => {
      written();
      return writer.write(table, records);
    },
  };
}

/** Reads what is left of the text after `kept`; the whole text, or NOT_UTF8_BYTES. */
async function restOfText(
  text: TextPieces,
  kept: string[],
): Promise<string | typeof NOT_UTF8_BYTES> {
  for (let piece = await text.next(); piece !== undefined; piece = await text.next()) {
    if (piece === NOT_UTF8_BYTES) return piece;
    kept.push(piece);
  }
  return kept.join('');
}

/** Opens `source` as the new workbook database `dbName`; a refused or failed open leaves none. */
export async function openStreamed(
  source: ByteSource,
  fileName: string,
  dbName: string,
  options: StreamedOpenOptions = {},
): Promise<StreamedOpen> {
  const { onProgress, sliceBytes = SLICE_BYTES, signal } = options;
  if (source.size > MAX_PARTNERBOOK_BYTES) {
    if (!(source instanceof Blob)) await source.stream.cancel().catch(() => undefined);
    return refusal(
      fileName,
      `the file is too large to open (${mib(source.size)}; a workbook file holds at most ${mib(MAX_PARTNERBOOK_BYTES)}).`,
    );
  }
  const pieces = bytePieces(source, fileName, sliceBytes);
  let writer: StreamedWorkbookWriter | undefined;
  try {
    writer = await StreamedWorkbookWriter.create(dbName);
    // A stream's text is kept until the first write shows the file is of the current format.
    let kept: string[] | undefined =
      !(source instanceof Blob) && source.size <= MAX_PARTNERBOOK_CHARS ? [] : undefined;
    const sink = noteWrites(writer, () => (kept = undefined));
    const decoder = new PartnerbookStreamDecoder(fileName, sink, options.decode);
    const text = new TextPieces(pieces, source.size, signal, onProgress);
    for (let piece = await text.next(); piece !== undefined; piece = await text.next()) {
      if (piece === NOT_UTF8_BYTES) {
        decoder.refuse(NOT_UTF8);
        break;
      }
      if (piece === '') continue;
      kept?.push(piece);
      await decoder.feed(piece);
      if (decoder.stopped) break;
    }
    const result = await decoder.end();
    if (result.kind === 'opened') {
      await writer.finish(result.workbook, result.keys);
      return { kind: 'opened', workbookId: result.workbook.id, name: result.workbook.name };
    }
    await writer.discard();
    if (result.kind === 'refused') return result;
    if (source instanceof Blob) {
      return source.size <= MAX_PARTNERBOOK_CHARS
        ? { kind: 'whole' }
        : refusal(fileName, result.why);
    }
    if (kept === undefined) return refusal(fileName, result.why);
    const whole = await restOfText(text, kept);
    return whole === NOT_UTF8_BYTES ? refusal(fileName, NOT_UTF8) : { kind: 'whole', text: whole };
  } catch (error) {
    await writer?.discard();
    throw error;
  } finally {
    // Whatever was not read is let go: a stream's source closes the file.
    await pieces.cancel();
  }
}
