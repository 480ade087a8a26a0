/**
 * Which of a short list of named things (the commands, the positioning drafts) match what was
 * typed in the command palette, best first. The words are read as the workbook search reads
 * them (lower-cased, accents folded); every typed word must begin a word of the name or of its
 * keywords. Lists here are at most a few thousand names, so a scan per keystroke is cheap; the
 * partners and people go through the search index instead.
 */
import { searchTerms } from '../search/search-terms';

/** A thing to match: its name and other words people may type for it. */
export interface Matchable {
  title: string;
  keywords?: readonly string[];
}

// Lower ranks come first.
const RANK_TITLE_START = 0;
const RANK_TITLE_WORDS = 1;
const RANK_KEYWORDS = 2;

function everyPrefixes(typed: readonly string[], words: readonly string[]): boolean {
  return typed.every((term) => words.some((word) => word.startsWith(term)));
}

/**
 * How well `text` matches `item`: 0 when the name starts with the typed words, 1 when every
 * typed word begins a word of the name, 2 when the keywords are needed too, undefined for no
 * match. Empty text matches everything at rank 1.
 */
export function matchRank(text: string, item: Matchable): number | undefined {
  const typed = searchTerms(text);
  if (typed.length === 0) return RANK_TITLE_WORDS;
  const titleWords = searchTerms(item.title);
  const startsTitle = typed.every((term, index) =>
    index === typed.length - 1
      ? (titleWords[index] ?? '').startsWith(term)
      : titleWords[index] === term,
  );
  if (startsTitle) return RANK_TITLE_START;
  if (everyPrefixes(typed, titleWords)) return RANK_TITLE_WORDS;
  const allWords = [...titleWords, ...(item.keywords ?? []).flatMap(searchTerms)];
  return everyPrefixes(typed, allWords) ? RANK_KEYWORDS : undefined;
}

/** The items matching `text`, best first, the list's own order kept among equals; at most `limit`. */
export function matchItems<T extends Matchable>(
  text: string,
  items: readonly T[],
  limit: number,
): T[] {
  const ranked: { item: T; rank: number; index: number }[] = [];
  items.forEach((item, index) => {
    const rank = matchRank(text, item);
    if (rank !== undefined) ranked.push({ item, rank, index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.slice(0, limit).map((entry) => entry.item);
}
