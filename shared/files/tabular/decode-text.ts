/**
 * Turns the bytes of a text file from a CRM or a spreadsheet into a string, working out the
 * encoding the way a careful user would: a byte-order mark first, then strict UTF-8, then UTF-16
 * without a mark (recognised by its many zero bytes), then Windows-1252, which Excel on Windows
 * still writes. Bytes that look binary are refused rather than imported as garbage.
 */
import { DEFAULT_TABLE_LIMITS, FileRefusedError, formatMegabytes } from './raw-table';

/** The encodings a text file is read in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A decoded text file. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the file started with a byte-order mark (which is not part of `text`). */
  bom: boolean;
}

// TextDecoder exists wherever shared/ runs (browser, worker, Node) but is not in lib ES2023.
interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderClass = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderClass }).TextDecoder;

const SAMPLE_BYTES = 64 * 1024;
const NOT_TEXT = 'This does not look like a text file (it contains binary data).';

/** Options of {@link decodeText}. */
export interface DecodeOptions {
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
}

/** Decodes a text file's bytes; throws {@link FileRefusedError} for empty, oversized or binary input. */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const maxBytes = options.maxBytes ?? DEFAULT_TABLE_LIMITS.maxBytes;
  if (bytes.length > maxBytes) {
    throw new FileRefusedError(
      `The file is ${formatMegabytes(bytes.length)}; files up to ${formatMegabytes(maxBytes)} can be imported.`,
    );
  }
  if (bytes.length === 0) throw new FileRefusedError('The file is empty.');
  const decoded = decodeBytes(bytes);
  if (decoded.text.includes('\0')) throw new FileRefusedError(NOT_TEXT);
  if (!/\S/.test(decoded.text)) throw new FileRefusedError('The file is empty.');
  return decoded;
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: markedUtf8(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: utf16(bytes.subarray(2), 'le'), encoding: 'utf-16le', bom: true };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: utf16(bytes.subarray(2), 'be'), encoding: 'utf-16be', bom: true };
  }
  if (isZip(bytes)) {
    throw new FileRefusedError(
      'This looks like an Excel workbook or a zip file, not a CSV file. Import it as XLSX, or save it as CSV first.',
    );
  }
  const order = utf16Order(bytes.subarray(0, SAMPLE_BYTES));
  if (order) return { text: utf16(bytes, order), encoding: `utf-16${order}`, bom: false };
  try {
    return {
      text: new Decoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
      bom: false,
    };
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252', bom: false };
  }
}

// Bytes 80–9F of Windows-1252 (the five it leaves undefined stay as control characters).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

// Some runtimes (Node among them) decode "windows-1252" as Latin-1, which reads bytes 80–9F as
// control characters; those are mapped here, so the result is the same everywhere.
function windows1252(bytes: Uint8Array): string {
  return new Decoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH.charAt(char.charCodeAt(0) - 0x80));
}

function markedUtf8(bytes: Uint8Array): string {
  try {
    return new Decoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FileRefusedError(
      'The file is marked as UTF-8 but contains bytes that are not valid UTF-8; it may be damaged.',
    );
  }
}

function utf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  if (bytes.length % 2 !== 0) {
    throw new FileRefusedError(
      'The file looks like UTF-16 text but ends halfway through a character; it may be truncated.',
    );
  }
  // Byte-swapping big-endian text keeps us to the encodings every TextDecoder supports.
  const source = order === 'be' ? swapPairs(bytes) : bytes;
  return new Decoder('utf-16le', { ignoreBOM: true }).decode(source);
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  return swapped;
}

// Text in UTF-16 without a byte-order mark: mostly-Latin text has a zero byte in nearly every
// other position (odd positions for little-endian, even for big-endian) and few in the rest.
function utf16Order(sample: Uint8Array): 'le' | 'be' | undefined {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 1) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros += 1;
    if (sample[i + 1] === 0) oddZeros += 1;
  }
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.05) return 'le';
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.05) return 'be';
  return undefined;
}

function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
