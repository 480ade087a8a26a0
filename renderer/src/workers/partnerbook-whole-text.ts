/**
 * A workbook file read whole into one string, in the partnerbook worker: what merging and files
 * of older formats need (their decoders take the whole text). One string holds at most
 * MAX_PARTNERBOOK_CHARS, so a larger file is refused with a message saying what to do instead;
 * bytes that are not UTF-8 are refused too. A Blob is read in one go; a stream piece by piece.
 */
import { MAX_PARTNERBOOK_CHARS } from '../../../shared/files/partnerbook/format';
import { NOT_UTF8 } from '../../../shared/files/partnerbook/decode-bytes';
import { ProblemList } from '../../../shared/files/partnerbook/problems';
import { bytePieces, type ByteSource } from './byte-pieces';

/** What the whole text is read for; it words the refusal of a file too large for it. */
export type WholeTextUse = 'open' | 'merge';

/** The file's text, or the problems that stop it being read. */
export type WholeText = { text: string } | { problems: ProblemList };

const MIB = 1024 * 1024;
const mib = (bytes: number) => `${Math.ceil(bytes / MIB).toLocaleString('en-US')} MiB`;

function tooLarge(size: number, use: WholeTextUse): string {
  return use === 'merge'
    ? `the file is too large to merge (${mib(size)}; merging reads a workbook file of at most ${mib(MAX_PARTNERBOOK_CHARS)}). Open it as a workbook of its own instead.`
    : `the file is too large to open (${mib(size)}; a workbook file holds at most ${mib(MAX_PARTNERBOOK_CHARS)}).`;
}

// The stream's pieces decoded as they come, strictly: a character cut at the end is refused.
async function streamText(source: Exclude<ByteSource, Blob>, fileName: string): Promise<string> {
  const pieces = bytePieces(source, fileName, MIB);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  try {
    for (let bytes = await pieces.next(); bytes !== undefined; bytes = await pieces.next()) {
      parts.push(utf8.decode(bytes, { stream: true }));
    }
    parts.push(utf8.decode());
  } finally {
    await pieces.cancel();
  }
  return parts.join('');
}

/** Reads the file whole into a string, or says why it cannot be. */
export async function readWholeText(
  source: string | ByteSource,
  fileName: string,
  use: WholeTextUse,
): Promise<WholeText> {
  if (typeof source === 'string') return { text: source };
  const problems = new ProblemList(fileName);
  if (source.size > MAX_PARTNERBOOK_CHARS) {
    if (!(source instanceof Blob)) await source.stream.cancel().catch(() => undefined);
    problems.add('', tooLarge(source.size, use));
    return { problems };
  }
  let bytesRead: Promise<string>;
  if (source instanceof Blob) {
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    bytesRead = source.arrayBuffer().then((buffer) => utf8.decode(buffer));
  } else {
    bytesRead = streamText(source, fileName);
  }
  try {
    return { text: await bytesRead };
  } catch (error) {
    // Only the decoder's TypeError means the bytes are not UTF-8; a failed read is reported as such.
    if (!(error instanceof TypeError)) throw error;
    problems.add('', NOT_UTF8);
    return { problems };
  }
}
