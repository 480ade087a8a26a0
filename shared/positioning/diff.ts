/**
 * Word-level differences between two versions of a draft's fields, for the iteration history.
 * The comparison itself is jsdiff's; this file decides what counts as a word, how fields pair up
 * and how the result is grouped for reading.
 */
import { diffWordsWithSpace } from 'diff';
import type { DraftField } from '../domain/positioning';
import { fieldToText } from './field-text';

/** A run of text in a diff: kept, added by the newer version or removed from the older. */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** How one field changed between two versions; added and removed count words. */
export interface FieldDiff {
  key: string;
  label: string;
  change: 'unchanged' | 'changed' | 'added' | 'removed';
  parts: DiffPart[];
  added: number;
  removed: number;
}

/** The totals over a set of field diffs. */
export interface DiffSummary {
  changedFields: number;
  addedWords: number;
  removedWords: number;
}

/**
 * The most token edits (words, punctuation and runs of whitespace) a field's word diff may take
 * before it gives up and shows the whole field as removed and re-added. jsdiff's cost grows with
 * the square of the edit count: giving up at 800 takes about 30 ms in Node, and a text changed
 * that much reads better as a rewrite anyway. A 5,000-word text with 5% of its words changed
 * needs about 500 (each changed word is one removal and one addition).
 */
export const MAX_WORD_EDITS = 800;

// diffWordsWithSpace, not diffWords: its tokens (words, punctuation, whitespace runs, newlines)
// concatenate back to the input exactly, so same+removed is the old text and same+added the new.
// diffWords compares ignoring whitespace and can lose or move whitespace in its output.
function rawParts(before: string, after: string): DiffPart[] {
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS });
  if (changes === undefined) {
    return [
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ];
  }
  return changes.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

const isInlineSpace = (text: string): boolean => /^[^\S\n\r]+$/.test(text);

/**
 * Parts in reading order: empty parts dropped, a space kept between two changes folded into
 * both sides of the change (so "foo bar" → "x y" reads as one removal and one addition rather
 * than alternating words), and within each run of changes all removed text before all added.
 */
function groupParts(parts: readonly DiffPart[]): DiffPart[] {
  const grouped: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = (): void => {
    if (removed !== '') grouped.push({ kind: 'removed', text: removed });
    if (added !== '') grouped.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  parts.forEach((part, index) => {
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else {
      const inChange = removed !== '' || added !== '';
      const next = parts[index + 1];
      if (inChange && next !== undefined && next.kind !== 'same' && isInlineSpace(part.text)) {
        removed += part.text;
        added += part.text;
        return;
      }
      flush();
      const last = grouped.at(-1);
      if (last?.kind === 'same') last.text += part.text;
      else if (part.text !== '') grouped.push({ kind: 'same', text: part.text });
    }
  });
  flush();
  return grouped;
}

/** The word-level parts that turn `before` into `after`, adjacent parts of a kind merged. */
export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }];
  // One side empty needs no search, and jsdiff would spend a step on every token of the other.
  if (before === '') return [{ kind: 'added', text: after }];
  if (after === '') return [{ kind: 'removed', text: before }];
  return groupParts(rawParts(before, after));
}

/** How many words a text holds: whitespace-separated runs with at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

const wordsOf = (parts: readonly DiffPart[], kind: DiffPart['kind']): number =>
  parts.reduce((sum, part) => (part.kind === kind ? sum + countWords(part.text) : sum), 0);

function fieldDiff(
  key: string,
  label: string,
  before: string | undefined,
  after: string | undefined,
): FieldDiff {
  let change: FieldDiff['change'];
  let parts: DiffPart[];
  if (before === undefined) {
    change = 'added';
    parts = diffText('', after ?? '');
  } else if (after === undefined) {
    change = 'removed';
    parts = diffText(before, '');
  } else if (before === after) {
    change = 'unchanged';
    parts = [{ kind: 'same', text: before }];
  } else {
    change = 'changed';
    parts = diffText(before, after);
  }
  return {
    key,
    label,
    change,
    parts,
    added: wordsOf(parts, 'added'),
    removed: wordsOf(parts, 'removed'),
  };
}

/**
 * The diff of each field, matched by key, in the order of `after`; a field only in `before`
 * goes right after the field that preceded it there (or first, if it was first).
 */
export function diffFields(
  before: readonly DraftField[],
  after: readonly DraftField[],
): FieldDiff[] {
  const beforeByKey = new Map(before.map((field) => [field.key, field]));
  const afterKeys = new Set(after.map((field) => field.key));
  const result = after.map((field) => {
    const old = beforeByKey.get(field.key);
    const oldText = old === undefined ? undefined : fieldToText(old);
    return fieldDiff(field.key, field.label, oldText, fieldToText(field));
  });
  let insertAt = 0;
  for (const field of before) {
    if (afterKeys.has(field.key)) {
      insertAt = result.findIndex((diff) => diff.key === field.key) + 1;
    } else {
      result.splice(insertAt, 0, fieldDiff(field.key, field.label, fieldToText(field), undefined));
      insertAt += 1;
    }
  }
  return result;
}

/** How many fields changed in any way, and the words added and removed over all of them. */
export function diffSummary(diffs: readonly FieldDiff[]): DiffSummary {
  return diffs.reduce<DiffSummary>(
    (sum, diff) => ({
      changedFields: sum.changedFields + (diff.change === 'unchanged' ? 0 : 1),
      addedWords: sum.addedWords + diff.added,
      removedWords: sum.removedWords + diff.removed,
    }),
    { changedFields: 0, addedWords: 0, removedWords: 0 },
  );
}
