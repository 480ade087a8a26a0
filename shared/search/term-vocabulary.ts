/**
 * The terms of a search index, numbered, with the tokenizer that indexing runs on every field.
 * Most text is ASCII: it is scanned in place, lower-casing and hashing each word as it goes and
 * finding the word's number in an open-addressing table without first copying it into a string
 * (indexing 100,000 partners meets about five million words, most of them already known). A word
 * with other characters or an apostrophe takes the general path of search-terms, so both paths
 * yield exactly the terms {@link splitTerms} would.
 */
import { splitTerms } from './search-terms';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const APOSTROPHE = 39;
// Folded words remembered at most; the memory is dropped and refilled beyond that.
const SLOW_WORD_LIMIT = 20_000;

// Per ASCII code: the lower-case code of a letter or digit, 0 for a separator, FOLD for an
// apostrophe (the word it is in goes to the general path, as do words with non-ASCII letters).
const FOLD = 255;
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  const upper = code >= 65 && code <= 90;
  if (upper) ASCII_WORD[code] = code + 32;
  else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) ASCII_WORD[code] = code;
}
ASCII_WORD[APOSTROPHE] = FOLD;

// An ASCII character that is neither a letter, a digit nor an apostrophe: it ends a word on
// either path.
function isAsciiSeparator(code: number): boolean {
  return code < 128 && ASCII_WORD[code] === 0;
}

/** FNV-1a hash of a normalised term, the same as the scanner computes for a word in place. */
export function termHash(term: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < term.length; i += 1) hash = Math.imul(hash ^ term.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** Numbered terms and the scanner that turns text into term numbers. */
export class TermVocabulary {
  private readonly terms: string[] = [];
  private readonly hashes: number[] = [];
  private slots = new Int32Array(4096).fill(-1);
  private scratch = new Int32Array(256);
  private readonly slowWords = new Map<string, readonly number[]>();

  /** How many terms there are; term numbers run from 0 to size - 1. */
  get size(): number {
    return this.terms.length;
  }

  /** The text of a term number. */
  term(id: number): string {
    return this.terms[id] ?? '';
  }

  /** The number of a normalised term, or -1 when it is not known. */
  find(term: string): number {
    const hash = termHash(term);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] ?? -1;
      if (id === -1) return -1;
      if (this.hashes[id] === hash && this.terms[id] === term) return id;
    }
  }

  /** The number of a normalised term, adding it when new. */
  intern(term: string): number {
    const found = this.find(term);
    return found === -1 ? this.add(term, termHash(term)) : found;
  }

  /**
   * Scans `text` into term numbers (new terms are added); returns how many, readable with
   * {@link termAt} until the next scan.
   */
  scan(text: string): number {
    let count = 0;
    let start = -1;
    let hash = 0;
    for (let i = 0; i <= text.length; i += 1) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      const lower = code < 128 ? (ASCII_WORD[code] ?? 0) : FOLD;
      if (lower === FOLD) {
        // This word needs folding: hand it, up to the next ASCII separator, to the general path.
        const from = start === -1 ? i : start;
        let end = i + 1;
        while (end < text.length && !isAsciiSeparator(text.charCodeAt(end))) end += 1;
        for (const id of this.slowIds(text.slice(from, end))) count = this.push(count, id);
        start = -1;
        i = end;
        continue;
      }
      if (lower === 0) {
        if (start !== -1) count = this.push(count, this.spanId(text, start, i, hash));
        start = -1;
      } else {
        if (start === -1) {
          start = i;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ lower, FNV_PRIME);
      }
    }
    return count;
  }

  /** The i-th term number of the last {@link scan}. */
  termAt(i: number): number {
    return this.scratch[i] ?? -1;
  }

  // Words with accents repeat (names above all), and folding them is slow: remember the answer.
  private slowIds(word: string): readonly number[] {
    const known = this.slowWords.get(word);
    if (known) return known;
    const ids = splitTerms(word)
      .filter((term) => term !== '')
      .map((term) => this.intern(term));
    if (this.slowWords.size >= SLOW_WORD_LIMIT) this.slowWords.clear();
    this.slowWords.set(word, ids);
    return ids;
  }

  private push(count: number, id: number): number {
    if (count === this.scratch.length) {
      const grown = new Int32Array(count * 2);
      grown.set(this.scratch);
      this.scratch = grown;
    }
    this.scratch[count] = id;
    return count + 1;
  }

  // The number of the ASCII word text[start, end), compared lower-cased in place.
  private spanId(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] ?? -1;
      if (id === -1) break;
      const term = this.terms[id] ?? '';
      if (this.hashes[id] !== hash || term.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k += 1) {
        const code = text.charCodeAt(start + k);
        same = (code >= 65 && code <= 90 ? code + 32 : code) === term.charCodeAt(k);
      }
      if (same) return id;
    }
    return this.add(text.slice(start, end).toLowerCase(), hash);
  }

  private add(term: string, hash: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.hashes.push(hash);
    if (this.terms.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id, hash);
    return id;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(-1);
    this.hashes.forEach((hash, id) => {
      this.place(id, hash);
    });
  }

  private place(id: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while ((this.slots[slot] ?? -1) !== -1) slot = (slot + 1) & mask;
    this.slots[slot] = id;
  }
}
