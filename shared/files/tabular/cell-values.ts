/**
 * Reading single cells of an imported file: spotting formulas, splitting lists, and turning the
 * text a CRM writes into health scores and dates. Each reader returns the value or a message.
 */

/** A cell read into a value, or what is wrong with it. */
export type CellValue<T> = { ok: true; value: T } | { ok: false; message: string };

// "+1 (555) 010-0199", "-12.5", "+44 20 7946 0958 x12": numbers and phone numbers that a
// spreadsheet would not run, though they start with + or -.
const PLAIN_NUMBER = /^[+-][\d\s().,/-]*\d[\d\s().,/-]*(\s*(x|ext\.?)\s*\d+)?$/i;

/**
 * True for a cell a spreadsheet would run as a formula: it starts with `=`, or with `+`, `-` or
 * `@` followed by something other than a plain number. Such cells are never imported, so that
 * exporting the workbook again cannot carry them into someone's spreadsheet.
 */
export function looksLikeFormula(cell: string): boolean {
  const text = cell.trimStart();
  const first = text.charAt(0);
  if (first === '=') return true;
  if (first === '@') return text.length > 1;
  if (first === '+' || first === '-') return text.length > 1 && !PLAIN_NUMBER.test(text);
  return false;
}

/** Splits a list cell on commas, semicolons and vertical bars, dropping empty entries. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[,;|]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Reads a health score: a number from 0 to 100, with an optional % sign; decimals are rounded. */
export function readHealthScore(cell: string): CellValue<number> {
  const text = cell.trim().replace(/%$/, '').trim().replace(',', '.');
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) {
    return {
      ok: false,
      message: `“${cell.trim()}” is not a number; health scores run from 0 to 100.`,
    };
  }
  // Range and whole-number rules are the partner schema's; rounding only drops decimals.
  return { ok: true, value: Math.round(Number(text)) };
}

/** Whether a date column writes the day or the month first ("03/04/2025"). */
export type DayOrder = 'day-first' | 'month-first';

const ISO_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const SLASH_DATE =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?$/i;

/**
 * Decides from a whole column whether slashed dates are day-first: a value whose first part is
 * over 12 settles it one way, a second part over 12 the other. Undefined when no value decides.
 */
export function inferDayOrder(cells: Iterable<string>): DayOrder | undefined {
  for (const cell of cells) {
    const match = SLASH_DATE.exec(cell.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) return 'day-first';
    if (Number(match[2]) > 12) return 'month-first';
  }
  return undefined;
}

/** Reads a date (ISO 8601, or day/month/year in the column's order) as an ISO timestamp in UTC. */
export function readDate(cell: string, order: DayOrder | undefined): CellValue<string> {
  const text = cell.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second, zone] = iso;
    return toTimestamp(text, [year, month, day, hour, minute, second], zone);
  }
  const slashed = SLASH_DATE.exec(text);
  if (slashed) {
    const [, first, second, year, hour, minute, seconds, meridiem] = slashed;
    const dayFirst = order === 'day-first' || (order === undefined && Number(first) > 12);
    if (order === undefined && Number(first) <= 12 && Number(second) <= 12 && first !== second) {
      return {
        ok: false,
        message: `“${text}” could be read as day/month or month/day; write the date as YYYY-MM-DD.`,
      };
    }
    const [day, month] = dayFirst ? [first, second] : [second, first];
    return toTimestamp(text, [year, month, day, to24Hour(hour, meridiem), minute, seconds]);
  }
  return { ok: false, message: `“${text}” is not a date; write it as YYYY-MM-DD.` };
}

function to24Hour(hour: string | undefined, meridiem: string | undefined): string | undefined {
  if (hour === undefined || meridiem === undefined) return hour;
  const value = Number(hour) % 12;
  return String(meridiem.toLowerCase() === 'pm' ? value + 12 : value);
}

function toTimestamp(
  text: string,
  parts: readonly (string | undefined)[],
  zone?: string,
): CellValue<string> {
  const [year, month, day, hour, minute, second] = parts.map((part) => Number(part ?? 0));
  const utc = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
  const date = new Date(utc);
  const valid =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === (month ?? 1) - 1 &&
    date.getUTCDate() === day &&
    (hour ?? 0) < 24;
  if (!valid) return { ok: false, message: `“${text}” is not a valid date.` };
  return { ok: true, value: new Date(utc - zoneOffsetMs(zone)).toISOString() };
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/** Tidies a web address cell for the partner schema: drops angle brackets and surrounding space. */
export function tidyWebsite(cell: string): string {
  return cell
    .trim()
    .replace(/^<(.*)>$/, '$1')
    .trim();
}
