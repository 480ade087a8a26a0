/**
 * The bench page's sample workbook file as a Blob, made from the sample's text in parts
 * (shared/sample/sample-file.ts) and never held as one string: a workbook of the issue's own
 * size, 100,000 partners and 1,000,000 iterations, is a file of 1.55 GiB (1,665,287,097 bytes
 * for seed 1), past what one JavaScript string holds. The text goes into Blobs a few tens of
 * megabytes at a time, which the browser may keep out of the heap, and the page's event loop
 * runs between them. The file is the one the command line's `sample` writes for the same options
 * and time, and the one `encodePartnerbook(withRevisions(generateSampleSnapshot(…)))` gives.
 *
 * Measured through the command line in Node 20 (2 cores shared, `sample --partners 100000
 * --iterations 1000000`, 2026-11-30, with PartnerbookWriter's cap of 500 Mi characters raised to
 * the 4 GiB byte cap in a scratch copy, which the writer still needs): 108 s wall (77 s of CPU: the partners and drafts, then the
 * iterations made five times over, 250,000 kept at a time, and JSON), peak RSS 2.6 GB with a
 * 4 GiB heap, where V8 leaves garbage until it needs the room; with the heap capped at 1.25 GiB
 * it ran in 147 s at a peak RSS of 1.3 GB. A page pays about the same, plus the Blobs.
 */
import type { EncodeMeta } from '../../../shared/files/partnerbook/encode';
import { PARTNERBOOK_MIME } from '../../../shared/files/partnerbook/format';
import type { SnapshotTableName } from '../../../shared/files/partnerbook/snapshot';
import { sampleFile, type SampleFileOptions } from '../../../shared/sample/sample-file';

/** A sample workbook's file in page memory. */
export interface SampleFileBlob {
  blob: Blob;
  /** Records per table, as the file lists them. */
  counts: Record<SnapshotTableName, number>;
  /** Length of the text in UTF-16 code units (the blob's `size` is its UTF-8 bytes). */
  chars: number;
}

/** Text gathered into one Blob by default: small enough to let go of soon, large enough to be few. */
export const BLOB_CHUNK_CHARS = 32 * 1024 * 1024;

const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

// The file's text parts gathered into groups of about `chunkChars`, in order.
function* gatheredParts(parts: Iterable<string>, chunkChars: number): Generator<string[]> {
  let gathered: string[] = [];
  let gatheredChars = 0;
  for (const part of parts) {
    gathered.push(part);
    gatheredChars += part.length;
    if (gatheredChars >= chunkChars) {
      yield gathered;
      gathered = [];
      gatheredChars = 0;
    }
  }
  yield gathered;
}

const charsOf = (group: readonly string[]) => group.reduce((sum, part) => sum + part.length, 0);

/**
 * Generates a sample workbook and makes its file as a Blob, letting the event loop run between
 * chunks. Throws a RangeError when the options cannot make a sample, and as PartnerbookWriter
 * does when the text is too long. (A Blob of 512 MiB or more built in page memory could not be
 * read back by a worker in the bench browser: see {@link sampleFileOnDisk}.)
 */
export async function sampleFileBlob(
  options: SampleFileOptions,
  meta: EncodeMeta,
  chunkChars = BLOB_CHUNK_CHARS,
): Promise<SampleFileBlob> {
  const file = sampleFile(options, meta);
  const chunks: Blob[] = [];
  let chars = 0;
  for (const group of gatheredParts(file.parts, chunkChars)) {
    chunks.push(new Blob(group));
    chars += charsOf(group);
    await nextTask();
  }
  return { blob: new Blob(chunks, { type: PARTNERBOOK_MIME }), counts: file.counts, chars };
}

/**
 * The same file written into the origin's private file system, as a File that reads from disk,
 * as a file the user picks does: a Blob of 1.55 GiB built in page memory could not be read back
 * by the worker in the bench browser (NotReadableError; a Blob of 256 MiB could, one of 512 MiB
 * could not).
 */
export async function sampleFileOnDisk(
  options: SampleFileOptions,
  meta: EncodeMeta,
  chunkChars = BLOB_CHUNK_CHARS,
): Promise<SampleFileBlob> {
  const file = sampleFile(options, meta);
  const root = await navigator.storage.getDirectory();
  const handle = await root.getFileHandle('bench-sample.partnerbook', { create: true });
  const writable = await handle.createWritable();
  let chars = 0;
  try {
    for (const group of gatheredParts(file.parts, chunkChars)) {
      await writable.write(group.join(''));
      chars += charsOf(group);
    }
    await writable.close();
  } catch (error) {
    await writable.abort();
    throw error;
  }
  return { blob: await handle.getFile(), counts: file.counts, chars };
}
