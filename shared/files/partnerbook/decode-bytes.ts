/**
 * Reads a `.partnerbook` file from its bytes: refuses a file over the size limit before decoding
 * it, and one that is not UTF-8 text, each with a message naming the file; then decodes the text
 * (decode.ts). For hosts that hold a file's bytes rather than its text, such as the command line.
 */
import { decodePartnerbook, type DecodeOptions, type DecodeResult } from './decode';
import { MAX_PARTNERBOOK_CHARS } from './format';
import { ProblemList } from './problems';

// TextDecoder exists wherever shared/ runs (browser, worker, Node) but is not in lib ES2023.
type Utf8Decoder = new (
  label: 'utf-8',
  options: { fatal: boolean },
) => { decode(input: Uint8Array): string };
const Decoder = (globalThis as unknown as { TextDecoder: Utf8Decoder }).TextDecoder;

const MIB = 1024 * 1024;

/** Why a file whose bytes are not UTF-8 is refused. */
export const NOT_UTF8 =
  'the file is not UTF-8 text, so it is not a workbook file (or it is damaged).';

const sizeText = (bytes: number): string =>
  bytes >= MIB
    ? `${Math.ceil(bytes / MIB).toLocaleString('en-US')} MiB`
    : `${bytes.toLocaleString('en-US')} bytes`;

/** The problem a file of `size` bytes has before it is read, if it is too large to open. */
export function partnerbookSizeProblem(
  size: number,
  fileName: string,
  maxChars = MAX_PARTNERBOOK_CHARS,
): DecodeResult | undefined {
  // A file's text never has more UTF-16 code units than the file has UTF-8 bytes.
  if (size <= maxChars) return undefined;
  const problems = new ProblemList(fileName);
  problems.add(
    '',
    `the file is too large to open (${sizeText(size)}; a workbook file holds at most ${sizeText(maxChars)}).`,
  );
  return { ok: false, problems: problems.toArray() };
}

/** Decodes a workbook file's bytes; `fileName` names the file in every problem. */
export function decodePartnerbookBytes(
  bytes: Uint8Array,
  fileName: string,
  options: DecodeOptions = {},
): DecodeResult {
  const tooLarge = partnerbookSizeProblem(bytes.length, fileName, options.maxChars);
  if (tooLarge) return tooLarge;
  let text: string;
  try {
    text = new Decoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const problems = new ProblemList(fileName);
    problems.add('', NOT_UTF8);
    return { ok: false, problems: problems.toArray() };
  }
  return decodePartnerbook(text, fileName, options);
}
