/**
 * How text becomes search terms, the same way for indexed fields and typed queries: lower-cased,
 * accents folded ("Müller" → "muller"), apostrophes dropped ("O'Brien" → "obrien"), split on
 * anything that is not a letter or digit in any script.
 */
import { asciiFold } from '../util/text';

const SEPARATOR = /[^\p{L}\p{N}]+/u;
// The same split for text known to be ASCII, which is most text and twice as fast to split.
const ASCII_SEPARATOR = /[^a-z0-9]+/;
const APOSTROPHES = /['’]/g;
// Anything but printable ASCII and ordinary whitespace: only such text needs the slow Unicode
// folding and splitting.
const NON_ASCII = /[^\t\n\r -~]/;

/** Lower-cases and folds a whole text once, so that splitting it yields finished terms. */
export function normalizeText(text: string): string {
  let value = text.toLowerCase();
  if (NON_ASCII.test(value)) value = asciiFold(value);
  if (value.includes("'") || value.includes('’')) value = value.replace(APOSTROPHES, '');
  return value;
}

/**
 * The raw pieces of normalised text; pieces may be empty strings (at the edges), which callers
 * skip. Returned as is, without filtering, because indexing calls this for every field.
 */
export function splitTerms(text: string): string[] {
  const lower = text.toLowerCase();
  if (NON_ASCII.test(lower)) return normalizeText(lower).split(SEPARATOR);
  return (lower.includes("'") ? lower.replace(APOSTROPHES, '') : lower).split(ASCII_SEPARATOR);
}

/** The non-empty search terms of a text, in order. */
export function searchTerms(text: string): string[] {
  return splitTerms(text).filter((term) => term !== '');
}

/** True when `a` becomes `b` by at most one insertion, deletion or substitution. */
export function isWithinOneEdit(a: string, b: string): boolean {
  const lengthDifference = a.length - b.length;
  if (lengthDifference > 1 || lengthDifference < -1) return false;
  const [longer, shorter] = lengthDifference >= 0 ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && longer.charCodeAt(i) === shorter.charCodeAt(i)) i += 1;
  if (i === shorter.length) return true;
  // First difference at i: skip one character of the longer (insertion) or of both (substitution).
  const skipShorter = longer.length === shorter.length ? 1 : 0;
  for (let j = i + 1; j < longer.length; j += 1) {
    if (longer.charCodeAt(j) !== shorter.charCodeAt(j - 1 + skipShorter)) return false;
  }
  return true;
}
