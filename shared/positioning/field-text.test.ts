import { describe, expect, it } from 'vitest';
import type { DraftField } from '../domain/positioning';
import { fieldToText, isFieldEmpty, proofLines } from './field-text';

const text = (value: string): DraftField => ({ key: 'k', label: 'K', kind: 'text', value });
const list = (value: string[]): DraftField => ({ key: 'k', label: 'K', kind: 'list', value });
const claims = (value: { text: string; proof: string }[]): DraftField => ({
  key: 'k',
  label: 'K',
  kind: 'claims',
  value,
});

describe('fieldToText', () => {
  it('returns text exactly as written', () => {
    expect(fieldToText(text('  Mid-market CFOs\n\nwho close monthly  '))).toBe(
      '  Mid-market CFOs\n\nwho close monthly  ',
    );
  });

  it('writes a list as "- " lines, skipping blank items', () => {
    expect(fieldToText(list(['Spreadsheets', '  ', 'Doing nothing']))).toBe(
      '- Spreadsheets\n- Doing nothing',
    );
  });

  it('indents the continuation lines of a multi-line list item', () => {
    expect(fieldToText(list(['First line\nsecond line']))).toBe('- First line\n  second line');
  });

  it('writes claims as their text with each non-empty proof line indented', () => {
    const field = claims([
      { text: 'Faster close', proof: 'Acme closed in 3 days\n\n  Beta cut 40% of work  ' },
      { text: 'No proof yet', proof: '' },
      { text: ' ', proof: '\n' },
    ]);
    expect(fieldToText(field)).toBe(
      'Faster close\n  - Acme closed in 3 days\n  - Beta cut 40% of work\nNo proof yet',
    );
  });

  it('gives an empty string for empty fields of every kind', () => {
    expect(fieldToText(text(''))).toBe('');
    expect(fieldToText(list([]))).toBe('');
    expect(fieldToText(claims([]))).toBe('');
  });
});

describe('proofLines', () => {
  it('splits on any line ending and drops blank lines', () => {
    expect(proofLines('a\r\nb\n \n c ')).toEqual(['a', 'b', 'c']);
  });
});

describe('isFieldEmpty', () => {
  it('treats whitespace-only text as empty', () => {
    expect(isFieldEmpty(text(' \n\t'))).toBe(true);
    expect(isFieldEmpty(text('x'))).toBe(false);
  });

  it('treats a list of blank items as empty', () => {
    expect(isFieldEmpty(list([]))).toBe(true);
    expect(isFieldEmpty(list(['', '  ']))).toBe(true);
    expect(isFieldEmpty(list(['', 'x']))).toBe(false);
  });

  it('treats claims with neither text nor proof as empty', () => {
    expect(isFieldEmpty(claims([{ text: ' ', proof: '\n' }]))).toBe(true);
    expect(isFieldEmpty(claims([{ text: '', proof: 'a proof' }]))).toBe(false);
    expect(isFieldEmpty(claims([{ text: 'a claim', proof: '' }]))).toBe(false);
  });
});
