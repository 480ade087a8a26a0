/**
 * Reading and writing `.partnerbook` files from the command line, with the app's own codec
 * (shared/files/partnerbook): the same checks refuse a bad file, the same encoder writes one.
 */
import {
  decodePartnerbookBytes,
  partnerbookSizeProblem,
} from '../../shared/files/partnerbook/decode-bytes';
import type { DecodeResult, PartnerbookInfo } from '../../shared/files/partnerbook/decode';
import { encodePartnerbookParts, type EncodeMeta } from '../../shared/files/partnerbook/encode';
import {
  MAX_PARTNERBOOK_BYTES,
  MAX_PARTNERBOOK_CHARS,
} from '../../shared/files/partnerbook/format';
import type { PartnerbookProblem } from '../../shared/files/partnerbook/problems';
import type { WorkbookSnapshot } from '../../shared/files/partnerbook/snapshot';
import { withRevisions } from '../../shared/files/merge/snapshot-revisions';
import type { CliContext } from './command';
import { CliError } from './errors';
import { inputSize, readInput, writeOutput, type NamedFile } from './io';

/** The name the app records in the files it writes. */
export const APP_NAME = 'Partner Workbook';

/** How workbook files are read; tests lower the sizes to stream small files. */
export interface WorkbookReading {
  /**
   * The largest file read whole, in bytes (at most MAX_PARTNERBOOK_CHARS, the most text one
   * string holds): `validate` and `info` stream a larger one, the commands that need the whole
   * snapshot refuse it.
   */
  wholeBytes: number;
  /** Bytes read at a time from a file that is streamed. */
  chunkBytes: number;
}

/** How a real run reads workbook files. */
export const WORKBOOK_READING: WorkbookReading = {
  wholeBytes: MAX_PARTNERBOOK_CHARS,
  chunkBytes: 4 * 1024 * 1024,
};

const GIB = 1024 ** 3;

/** The largest workbook file read whole, as help texts say it: "500 MiB". */
export const WHOLE_FILE_SIZE = `${MAX_PARTNERBOOK_CHARS / (1024 * 1024)} MiB`;

/** The largest workbook file, as help texts say it: "4 GiB". */
export const MOST_FILE_SIZE = `${MAX_PARTNERBOOK_BYTES / GIB} GiB`;

const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-US')} MiB`
    : `${bytes.toLocaleString('en-US')} bytes`;

/** Decodes a workbook file whole: the snapshot, or every problem that refuses it. */
export async function decodeWorkbookFile(file: NamedFile): Promise<DecodeResult> {
  // Refused on its size alone, as the app does, before the file is read into memory.
  const tooLarge = partnerbookSizeProblem(await inputSize(file), file.shown);
  if (tooLarge) return tooLarge;
  const bytes = await readInput(file, Number.MAX_SAFE_INTEGER);
  return decodePartnerbookBytes(bytes, file.shown);
}

/** The error that stops a command at a refused file: its first problem, and where the rest are. */
export function refusedFileError(
  file: NamedFile,
  problems: readonly PartnerbookProblem[],
): CliError {
  const [first] = problems;
  const rest =
    problems.length > 1
      ? ` (and more problems: run “partner-workbook validate ${file.shown}” to list them)`
      : '';
  return new CliError(`${first?.message ?? `${file.shown}: the file cannot be read.`}${rest}`);
}

/**
 * A workbook file that must be valid to go on, read whole for `command` (as the user types it,
 * "export"): its snapshot, or a CliError with its first problem. A file too large to read whole
 * is refused, naming the commands that read larger ones.
 */
export async function readWorkbookFile(
  file: NamedFile,
  context: CliContext,
  command: string,
): Promise<{ snapshot: WorkbookSnapshot; info: PartnerbookInfo }> {
  const size = await inputSize(file);
  const most = Math.min(context.workbookReading.wholeBytes, MAX_PARTNERBOOK_CHARS);
  if (size > most) {
    throw new CliError(
      `${file.shown}: the file is ${sizeText(size)}, and ${command} reads workbook files of up ` +
        `to ${sizeText(most)}; validate and info read larger ones, up to ${MOST_FILE_SIZE}.`,
    );
  }
  const decoded = await decodeWorkbookFile(file);
  if (decoded.ok) return decoded;
  throw refusedFileError(file, decoded.problems);
}

/** What a file written here records about its writing. */
export function writingMeta(context: CliContext): EncodeMeta {
  return {
    exportedAt: context.now().toISOString(),
    app: { name: APP_NAME, version: context.version },
  };
}

/**
 * Writes a workbook file's text from its parts as they are made, atomically; refuses (and leaves
 * nothing) once the file passes the size the app opens.
 */
export async function writeWorkbookParts(
  parts: Iterable<string>,
  file: NamedFile,
  force: boolean,
): Promise<void> {
  await writeOutput(file, parts, force, {
    maxBytes: MAX_PARTNERBOOK_BYTES,
    tooLarge: `the workbook makes a file larger than ${MOST_FILE_SIZE}, the most a workbook file holds.`,
  });
}

/** Writes a snapshot as a workbook file, atomically; refuses one too large to open again. */
export async function writeWorkbookFile(
  snapshot: WorkbookSnapshot,
  file: NamedFile,
  context: CliContext,
  force: boolean,
): Promise<void> {
  let parts: string[];
  try {
    // Revision histories in line with the records, as the app's repositories keep them, so that
    // a file written here merges like one the app saved.
    parts = encodePartnerbookParts(withRevisions(snapshot), writingMeta(context));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`${file.shown}: ${reason}`);
  }
  await writeOutput(file, parts, force);
}
