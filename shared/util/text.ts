/** Small text helpers for sample data: ASCII folding for email addresses and web domains. */

// Letters that Unicode normalisation does not split into a base letter plus a combining mark.
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  þ: 'th',
};

/** Folds accented Latin letters to plain ASCII ("Søren Bērziņš" → "Soren Berzins"). */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØæÆœŒßłŁđĐıþ]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter);
}

/** Lower-case ASCII words joined by `separator`, dropping everything else ("O'Brien & Co." → "obrien-co"). */
export function slugify(text: string, separator = '-'): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((part) => part !== '')
    .join(separator);
}
