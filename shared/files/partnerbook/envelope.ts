import { PARTNERBOOK_FORMAT, PARTNERBOOK_VERSION } from './format';
import type { ProblemList } from './problems';
import type { RawPartnerbook } from './upgrades';

/**
 * The first check of any workbook file, whole or streamed: that it is a JSON object naming the
 * workbook format, in a version this build reads, so that a foreign or newer file gets one clear
 * message before anything else is looked at.
 */

/** True for a JSON object (not a list). */
export const isRecord = (value: unknown): value is RawPartnerbook =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// A value found in a file, for a message: short, and never a whole list or object from the file
// (one nested a hundred thousand deep would overflow JSON.stringify's stack).
function shownValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The file's format version, or undefined with the reason added to `problems`. */
export function checkEnvelope(parsed: unknown, problems: ProblemList): number | undefined {
  if (!isRecord(parsed)) {
    problems.add('', 'the file is not a workbook file: it holds JSON, but not a JSON object.');
    return undefined;
  }
  const { format, formatVersion } = parsed;
  if (format !== PARTNERBOOK_FORMAT) {
    const found =
      format === undefined ? 'it has no “format” field' : `its “format” is ${shownValue(format)}`;
    problems.add(
      format === undefined ? '' : ['format'],
      `the file is not a Partner Workbook file: ${found}, where a workbook file says “${PARTNERBOOK_FORMAT}”.`,
    );
    return undefined;
  }
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    problems.add(
      ['formatVersion'],
      `“formatVersion” must be a whole number from 1, not ${formatVersion === undefined ? 'missing' : shownValue(formatVersion)}.`,
    );
    return undefined;
  }
  if (formatVersion > PARTNERBOOK_VERSION) {
    problems.add(
      ['formatVersion'],
      `the file was made by a newer version of Partner Workbook (file format ${formatVersion}; this ` +
        `version reads up to ${PARTNERBOOK_VERSION}). Update Partner Workbook to open it.`,
    );
    return undefined;
  }
  return formatVersion;
}
