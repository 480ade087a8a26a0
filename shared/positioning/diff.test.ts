import { describe, expect, it } from 'vitest';
import type { DraftField } from '../domain/positioning';
import { createRng, nextInt, pick } from '../util/prng';
import type { DiffPart } from './diff';
import { MAX_WORD_EDITS, countWords, diffFields, diffSummary, diffText } from './diff';

const text = (key: string, value: string, label = key.toUpperCase()): DraftField => ({
  key,
  label,
  kind: 'text',
  value,
});

const render = (parts: readonly DiffPart[], skip: DiffPart['kind']): string =>
  parts
    .filter((part) => part.kind !== skip)
    .map((part) => part.text)
    .join('');

describe('diffText', () => {
  it('marks a replaced word between kept text', () => {
    expect(diffText('the quick brown fox', 'the slow brown fox')).toEqual([
      { kind: 'same', text: 'the ' },
      { kind: 'removed', text: 'quick' },
      { kind: 'added', text: 'slow' },
      { kind: 'same', text: ' brown fox' },
    ]);
  });

  it('reads a run of replaced words as one removal and one addition', () => {
    expect(diffText('foo bar baz', 'x y baz')).toEqual([
      { kind: 'removed', text: 'foo bar' },
      { kind: 'added', text: 'x y' },
      { kind: 'same', text: ' baz' },
    ]);
  });

  it('keeps line breaks in kept text', () => {
    expect(diffText('line one\nline two', 'line one\nline 2')).toEqual([
      { kind: 'same', text: 'line one\nline ' },
      { kind: 'removed', text: 'two' },
      { kind: 'added', text: '2' },
    ]);
  });

  it('shows a change of whitespace alone', () => {
    expect(diffText('a b', 'a  b')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: ' ' },
      { kind: 'added', text: '  ' },
      { kind: 'same', text: 'b' },
    ]);
  });

  it('gives no parts for two empty texts and one part for identical ones', () => {
    expect(diffText('', '')).toEqual([]);
    expect(diffText('same', 'same')).toEqual([{ kind: 'same', text: 'same' }]);
    expect(diffText('', 'new words')).toEqual([{ kind: 'added', text: 'new words' }]);
    expect(diffText('old words', '')).toEqual([{ kind: 'removed', text: 'old words' }]);
  });

  it('falls back to a whole removal and addition past the edit limit', () => {
    const before = 'a '.repeat(MAX_WORD_EDITS);
    const after = 'b '.repeat(MAX_WORD_EDITS);
    expect(diffText(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });

  it('renders back to both texts exactly, with no empty or repeated parts', () => {
    const rng = createRng(20260501);
    const tokens = ['a', 'cat', 'dog', ' ', '  ', '\n', '\n\n', '\t', '.', ',', 'é', 'x-y', '👍'];
    const randomText = (): string =>
      Array.from({ length: nextInt(rng, 0, 20) }, () => pick(rng, tokens)).join('');
    for (let round = 0; round < 500; round += 1) {
      const before = randomText();
      const after = randomText();
      const parts = diffText(before, after);
      expect(render(parts, 'added')).toBe(before);
      expect(render(parts, 'removed')).toBe(after);
      parts.forEach((part, index) => {
        expect(part.text).not.toBe('');
        expect(part.kind).not.toBe(parts[index + 1]?.kind);
      });
    }
  });

  it('word-diffs two 5,000-word texts with 5% of words changed, without falling back', () => {
    const rng = createRng(7);
    const vocabulary = Array.from({ length: 500 }, (_, index) => `w${index}`);
    const words = Array.from({ length: 5000 }, () => pick(rng, vocabulary));
    const join = (list: string[]): string =>
      list.map((word, index) => word + (index % 40 === 39 ? '\n' : ' ')).join('');
    const changed = words.map((word, index) => (index % 20 === 0 ? `changed${index}` : word));
    const parts = diffText(join(words), join(changed));
    expect(parts.filter((part) => part.kind === 'added')).toHaveLength(250);
    expect(
      parts.filter((part) => part.kind === 'added').map((part) => countWords(part.text)),
    ).toEqual(Array.from({ length: 250 }, () => 1));
  });
});

describe('countWords', () => {
  it('counts runs with a letter or digit, not punctuation', () => {
    expect(countWords("Don't stop, 3 times!")).toBe(4);
    expect(countWords(' , . — ')).toBe(0);
    expect(countWords('')).toBe(0);
  });
});

describe('diffFields', () => {
  it('orders by the newer version, keeping removed fields where they were', () => {
    const before = [text('a', '1'), text('b', '2'), text('c', '3'), text('d', '4')];
    const after = [text('a', '1'), text('c', '3'), text('e', '5')];
    const diffs = diffFields(before, after);
    expect(diffs.map((diff) => [diff.key, diff.change])).toEqual([
      ['a', 'unchanged'],
      ['b', 'removed'],
      ['c', 'unchanged'],
      ['d', 'removed'],
      ['e', 'added'],
    ]);
  });

  it('puts a removed first field first', () => {
    const diffs = diffFields([text('x', 'gone'), text('a', '1')], [text('a', '1')]);
    expect(diffs.map((diff) => diff.key)).toEqual(['x', 'a']);
  });

  it('describes unchanged, added and removed fields with their word counts', () => {
    const [kept, gone, added] = diffFields(
      [text('kept', 'same words'), text('gone', 'two words')],
      [text('kept', 'same words', 'Kept (renamed)'), text('added', 'three new words')],
    );
    expect(kept).toEqual({
      key: 'kept',
      label: 'Kept (renamed)',
      change: 'unchanged',
      parts: [{ kind: 'same', text: 'same words' }],
      added: 0,
      removed: 0,
    });
    expect(gone).toMatchObject({ change: 'removed', added: 0, removed: 2 });
    expect(gone?.parts).toEqual([{ kind: 'removed', text: 'two words' }]);
    expect(added).toMatchObject({ change: 'added', added: 3, removed: 0 });
  });

  it('gives an unchanged empty field a single empty same part', () => {
    expect(diffFields([text('a', '')], [text('a', '')])[0]?.parts).toEqual([
      { kind: 'same', text: '' },
    ]);
  });

  it('compares list and claims fields through their text', () => {
    const before: DraftField = {
      key: 'l',
      label: 'L',
      kind: 'list',
      value: ['Spreadsheets', 'Email'],
    };
    const after: DraftField = {
      key: 'l',
      label: 'L',
      kind: 'list',
      value: ['Spreadsheets', 'Slack'],
    };
    expect(diffFields([before], [after])[0]).toMatchObject({
      change: 'changed',
      parts: [
        { kind: 'same', text: '- Spreadsheets\n- ' },
        { kind: 'removed', text: 'Email' },
        { kind: 'added', text: 'Slack' },
      ],
      added: 1,
      removed: 1,
    });
  });
});

describe('diffSummary', () => {
  it('totals changed fields and words', () => {
    const diffs = diffFields(
      [text('a', 'one two'), text('b', 'same'), text('c', 'old')],
      [text('a', 'one three four'), text('b', 'same'), text('d', 'new text')],
    );
    expect(diffSummary(diffs)).toEqual({ changedFields: 3, addedWords: 4, removedWords: 2 });
  });

  it('is all zero for no fields', () => {
    expect(diffSummary([])).toEqual({ changedFields: 0, addedWords: 0, removedWords: 0 });
  });
});
