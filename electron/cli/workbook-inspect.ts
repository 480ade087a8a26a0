/**
 * What `validate` and `info` read of a workbook file: whether it is valid, and if so its
 * identity, what it says of itself and how many records each table holds. A file up to
 * `wholeBytes` is decoded whole, as before (files of older formats need that); a larger one, up
 * to MAX_PARTNERBOOK_BYTES, is read a chunk at a time and its UTF-8 decoded strictly as it comes,
 * as the app's streamed open does (renderer/src/workers/partnerbook-open-stream.ts), into the
 * streamed decoder with a sink that keeps nothing. So the text is never held whole, and a file
 * far past one JavaScript string is checked with the app's own checks and messages.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { PartnerbookInfo } from '../../shared/files/partnerbook/decode';
import { NOT_UTF8, partnerbookSizeProblem } from '../../shared/files/partnerbook/decode-bytes';
import {
  MAX_PARTNERBOOK_BYTES,
  MAX_PARTNERBOOK_CHARS,
} from '../../shared/files/partnerbook/format';
import { ProblemList, type PartnerbookProblem } from '../../shared/files/partnerbook/problems';
import {
  snapshotCounts,
  type SnapshotTableName,
  type WorkbookIdentity,
} from '../../shared/files/partnerbook/snapshot';
import {
  PartnerbookStreamDecoder,
  type CheckedRecordsSink,
} from '../../shared/files/partnerbook/stream-decode';
import { CliError, systemReason } from './errors';
import { inputSize, type NamedFile } from './io';
import { decodeWorkbookFile, WORKBOOK_READING, type WorkbookReading } from './workbook-file';

/** A valid workbook file described, or every problem that refuses it. */
export type WorkbookInspection =
  | {
      ok: true;
      workbook: WorkbookIdentity;
      info: PartnerbookInfo;
      /** The records the file holds, table by table. */
      counts: Record<SnapshotTableName, number>;
    }
  | { ok: false; problems: PartnerbookProblem[] };

// Checked records go nowhere: only the outcome and the counts are wanted.
const DISCARD: CheckedRecordsSink = { write: () => Promise.resolve() };

const refused = (file: NamedFile, message: string): WorkbookInspection => {
  const problems = new ProblemList(file.shown);
  problems.add('', message);
  return { ok: false, problems: problems.toArray() };
};

/** Checks a workbook file of up to MAX_PARTNERBOOK_BYTES, streaming one over `wholeBytes`. */
export async function inspectWorkbookFile(
  file: NamedFile,
  reading: WorkbookReading = WORKBOOK_READING,
): Promise<WorkbookInspection> {
  const size = await inputSize(file);
  if (size <= Math.min(reading.wholeBytes, MAX_PARTNERBOOK_CHARS)) {
    const decoded = await decodeWorkbookFile(file);
    if (!decoded.ok) return decoded;
    const { snapshot, info } = decoded;
    return { ok: true, workbook: snapshot.workbook, info, counts: snapshotCounts(snapshot) };
  }
  const tooLarge = partnerbookSizeProblem(size, file.shown, MAX_PARTNERBOOK_BYTES);
  if (tooLarge && !tooLarge.ok) return tooLarge;
  return streamWorkbookFile(file, reading.chunkBytes);
}

async function streamWorkbookFile(
  file: NamedFile,
  chunkBytes: number,
): Promise<WorkbookInspection> {
  const decoder = new PartnerbookStreamDecoder(file.shown, DISCARD);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const cannotRead = (error: unknown) =>
    new CliError(`${file.shown}: cannot read the file: ${systemReason(error)}.`);
  let handle: FileHandle;
  try {
    handle = await open(file.path, 'r');
  } catch (error) {
    throw cannotRead(error);
  }
  try {
    // One buffer, read into again and again: the text decoder copies what it keeps (the first
    // bytes of a character cut at the chunk's end) before the next read.
    const buffer = new Uint8Array(chunkBytes);
    let position = 0;
    while (!decoder.stopped) {
      let read: number;
      try {
        ({ bytesRead: read } = await handle.read(buffer, 0, chunkBytes, position));
      } catch (error) {
        throw cannotRead(error);
      }
      position += read;
      let piece: string;
      try {
        // At the end, the last call says whether the final character is whole.
        piece =
          read === 0 ? utf8.decode() : utf8.decode(buffer.subarray(0, read), { stream: true });
      } catch {
        decoder.refuse(NOT_UTF8);
        break;
      }
      await decoder.feed(piece);
      if (read === 0) break;
    }
  } finally {
    await handle.close();
  }
  const result = await decoder.end();
  switch (result.kind) {
    case 'opened':
      return { ok: true, workbook: result.workbook, info: result.info, counts: result.counts };
    case 'refused':
      return { ok: false, problems: result.problems };
    case 'whole':
      // Only the whole-text decoder reads this file, and it is too large for that decoder.
      return refused(file, result.why);
  }
}
