/** Text folding shared by header names, cell values and partner names when they are compared. */
import { asciiFold } from '../../util/text';

const NON_ASCII = /[^ -~]/;

/**
 * Folds text to lower-case ASCII words separated by single spaces, so that "Country/Region",
 * "country region" and " COUNTRY – Région " compare equal.
 */
export function foldWords(text: string): string {
  // Most text is plain ASCII, which needs no Unicode normalisation.
  return (NON_ASCII.test(text) ? asciiFold(text) : text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Builds a lookup from folded words to a value, for tables of synonyms. */
export function wordTable<T>(
  entries: readonly (readonly [T, readonly string[]])[],
): Map<string, T> {
  const table = new Map<string, T>();
  for (const [value, words] of entries) {
    for (const word of words) {
      const key = foldWords(word);
      if (!table.has(key)) table.set(key, value);
    }
  }
  return table;
}
