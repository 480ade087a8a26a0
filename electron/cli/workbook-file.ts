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
import { MAX_PARTNERBOOK_BYTES } from '../../shared/files/partnerbook/format';
import type { WorkbookSnapshot } from '../../shared/files/partnerbook/snapshot';
import { withRevisions } from '../../shared/files/merge/snapshot-revisions';
import type { CliContext } from './command';
import { CliError } from './errors';
import { inputSize, readInput, writeOutput, type NamedFile } from './io';

/** The name the app records in the files it writes. */
export const APP_NAME = 'Partner Workbook';

/** Decodes a workbook file: the snapshot, or every problem that refuses it. */
export async function decodeWorkbookFile(file: NamedFile): Promise<DecodeResult> {
  // Refused on its size alone, as the app does, before the file is read into memory.
  const tooLarge = partnerbookSizeProblem(await inputSize(file), file.shown);
  if (tooLarge) return tooLarge;
  const bytes = await readInput(file, Number.MAX_SAFE_INTEGER);
  return decodePartnerbookBytes(bytes, file.shown);
}

/** A workbook file that must be valid to go on: its snapshot, or a CliError with its first problem. */
export async function readWorkbookFile(
  file: NamedFile,
): Promise<{ snapshot: WorkbookSnapshot; info: PartnerbookInfo }> {
  const decoded = await decodeWorkbookFile(file);
  if (decoded.ok) return decoded;
  const [first] = decoded.problems;
  const more = decoded.problems.length - 1;
  const rest =
    more > 0
      ? ` (and more problems: run “partner-workbook validate ${file.shown}” to list them)`
      : '';
  throw new CliError(`${first?.message ?? `${file.shown}: the file cannot be read.`}${rest}`);
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
  const gib = MAX_PARTNERBOOK_BYTES / 1024 ** 3;
  await writeOutput(file, parts, force, {
    maxBytes: MAX_PARTNERBOOK_BYTES,
    tooLarge: `the workbook makes a file larger than ${gib} GiB, the most a workbook file holds.`,
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
