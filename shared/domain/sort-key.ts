/**
 * Sort keys that plain string comparison (`<`) orders the way a person expects: case and accents
 * ignored, numbers in numeric order ("Gamma 9" before "Gamma 10"). Computing the key once per
 * value lets 100,000 rows sort as fast as a plain Array.prototype.sort, where a locale collator
 * compare on every comparison is several times slower. IndexedDB orders these keys the same way,
 * so an index on them serves the first rows of the table.
 */

const DIGIT_RUN = /\d+/g;
const HAS_DIGIT = /\d/;
const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const PAD = 12;

function padNumber(digits: string): string {
  const significant = digits.replace(/^0+(?=\d)/, '');
  return significant.length >= PAD ? significant : significant.padStart(PAD, '0');
}

/** The key under which a text sorts; equal keys mean "same for sorting". */
export function textSortKey(text: string): string {
  // Most names are plain ASCII without digits: skip the costly steps they do not need.
  let key = NON_ASCII.test(text) ? text.normalize('NFD').replace(COMBINING_MARKS, '') : text;
  key = key.toLowerCase().trim();
  return HAS_DIGIT.test(key) ? key.replace(DIGIT_RUN, padNumber) : key;
}

/** Compares two texts by their sort keys, for one-off sorts of short lists. */
export function compareTexts(a: string, b: string): number {
  const ka = textSortKey(a);
  const kb = textSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
