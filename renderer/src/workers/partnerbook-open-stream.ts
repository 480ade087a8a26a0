/**
 * Opens a workbook file as a stream, in the partnerbook worker: the file is read a slice at a
 * time, its UTF-8 decoded as it comes (strictly: any byte that is not UTF-8 refuses the file),
 * and each piece handed to the streamed decoder (shared/files/partnerbook/stream-decode.ts),
 * which writes checked batches into the new database (db/repos/snapshot-stream-write.ts). The
 * next slice is read while the decoder works on this one. The text is never held whole, so files
 * far past the 512 Mi characters of one JavaScript string open, up to MAX_PARTNERBOOK_BYTES.
 */
import {
  MAX_PARTNERBOOK_BYTES,
  MAX_PARTNERBOOK_CHARS,
} from '../../../shared/files/partnerbook/format';
import { ProblemList, type PartnerbookProblem } from '../../../shared/files/partnerbook/problems';
import type { PartnerbookProgressListener } from '../../../shared/files/partnerbook/snapshot';
import {
  PartnerbookStreamDecoder,
  type StreamDecodeOptions,
} from '../../../shared/files/partnerbook/stream-decode';
import { StreamedWorkbookWriter } from '../db/repos/snapshot-stream-write';

/** How a streamed open ended. */
export type StreamedOpen =
  | { kind: 'opened'; workbookId: string; name: string }
  | { kind: 'refused'; problems: PartnerbookProblem[] }
  /** Only the whole-text decoder reads this file (an older format): nothing was written. */
  | { kind: 'whole' };

/** Options of {@link openStreamed}; tests lower the sizes. */
export interface StreamedOpenOptions {
  onProgress?: PartnerbookProgressListener | undefined;
  /** Bytes read at a time. */
  sliceBytes?: number;
  decode?: Omit<StreamDecodeOptions, 'onChecked'>;
}

const MIB = 1024 * 1024;
const SLICE_BYTES = 16 * MIB;

const mib = (bytes: number) => `${Math.ceil(bytes / MIB).toLocaleString('en-US')} MiB`;

function refusal(fileName: string, message: string): StreamedOpen {
  const problems = new ProblemList(fileName);
  problems.add('', message);
  return { kind: 'refused', problems: problems.toArray() };
}

/** Opens `source` as the new workbook database `dbName`; a refused or failed open leaves none. */
export async function openStreamed(
  source: Blob,
  fileName: string,
  dbName: string,
  options: StreamedOpenOptions = {},
): Promise<StreamedOpen> {
  const { onProgress, sliceBytes = SLICE_BYTES } = options;
  if (source.size > MAX_PARTNERBOOK_BYTES) {
    return refusal(
      fileName,
      `the file is too large to open (${mib(source.size)}; a workbook file holds at most ${mib(MAX_PARTNERBOOK_BYTES)}).`,
    );
  }
  const writer = await StreamedWorkbookWriter.create(dbName);
  const total = Math.ceil(source.size / MIB);
  // Whole MiB read, all of them once the file is read.
  const tell = (bytes: number) =>
    onProgress?.({
      phase: 'opening',
      done: bytes >= source.size ? total : Math.floor(bytes / MIB),
      total,
    });
  const decoder = new PartnerbookStreamDecoder(fileName, writer, options.decode);
  try {
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    const read = (from: number) => {
      const reading = source.slice(from, from + sliceBytes).arrayBuffer();
      // A read left behind when the decoder stops early must not fail unheard.
      reading.catch(() => undefined);
      return reading;
    };
    let next = read(0);
    tell(0);
    for (let from = 0; from < source.size && !decoder.stopped; from += sliceBytes) {
      const bytes = await next;
      if (from + sliceBytes < source.size) next = read(from + sliceBytes);
      let piece: string;
      try {
        piece = utf8.decode(bytes, { stream: from + sliceBytes < source.size });
      } catch {
        decoder.refuse(
          'the file is not UTF-8 text, so it is not a workbook file (or it is damaged).',
        );
        break;
      }
      await decoder.feed(piece);
      tell(Math.min(from + sliceBytes, source.size));
    }
    const result = await decoder.end();
    if (result.kind !== 'opened') {
      await writer.discard();
      if (result.kind === 'refused') return result;
      return source.size <= MAX_PARTNERBOOK_CHARS
        ? { kind: 'whole' }
        : refusal(fileName, result.why);
    }
    await writer.finish(result.workbook, result.keys);
    return { kind: 'opened', workbookId: result.workbook.id, name: result.workbook.name };
  } catch (error) {
    await writer.discard();
    throw error;
  }
}
