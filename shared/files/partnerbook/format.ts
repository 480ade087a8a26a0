/**
 * The constants of the `.partnerbook` file format. See docs/partnerbook-format.md for the format
 * and its versioning rule.
 */

/** The value of a file's `format` field: what tells a workbook file from any other JSON. */
export const PARTNERBOOK_FORMAT = 'partner-workbook';

/**
 * The format version this build writes and the newest it reads. Bump it (and add an upgrade in
 * `upgrades/`) whenever a file written by this build could not be read by the previous one.
 */
export const PARTNERBOOK_VERSION = 6;

/** The file name extension, without its dot (as dialog filters and file associations take it). */
export const PARTNERBOOK_EXTENSION = 'partnerbook';

/** The MIME type of a workbook file (JSON with a vendor subtype). */
export const PARTNERBOOK_MIME = 'application/vnd.partner-workbook+json';

/**
 * The largest workbook file read as one string, in UTF-16 code units of its text (which never
 * exceeds its size in UTF-8 bytes, so a host may compare a file's byte size against it before
 * reading): what merging, the command line and files of older formats read whole. V8 caps a
 * string at 2^29 − 24 code units (about 512 Mi); 500 Mi keeps clear of that cap with a clear
 * message instead of an engine error. Opening a larger file of the current format streams it
 * instead (up to {@link MAX_PARTNERBOOK_BYTES}).
 */
export const MAX_PARTNERBOOK_CHARS = 500 * 1024 * 1024;

/**
 * The largest workbook file the app saves or opens, in UTF-8 bytes (4 GiB). Such files are
 * written in chunks and opened as a stream, never held as one string or sent in one IPC message.
 * A workbook of 100,000 partners with 1,000,000 positioning iterations makes a file of about
 * 1.5 GiB.
 */
export const MAX_PARTNERBOOK_BYTES = 4 * 1024 * 1024 * 1024;

/** How many problems a refused file reports before summarising the rest as "and N more". */
export const MAX_REPORTED_PROBLEMS = 50;

/**
 * How many problems the record checks find before they stop: a file with that many is refused
 * anyway, and checking a hundred thousand broken records more would only keep the user waiting.
 */
export const MAX_COUNTED_PROBLEMS = 1_000;
