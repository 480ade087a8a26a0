import { describe, expect, it } from 'vitest';
import { splitTerms } from './search-terms';
import { TermVocabulary, termHash } from './term-vocabulary';

function scanned(vocabulary: TermVocabulary, text: string): string[] {
  const count = vocabulary.scan(text);
  return Array.from({ length: count }, (_, i) => vocabulary.term(vocabulary.termAt(i)));
}

const TEXTS = [
  'Cedar Data Labs',
  'liis.tamm@harbor.example',
  "Owen O'Brien, Sales Engineer",
  'Jürgen Müller — Alliance Director',
  'Registered 12 deals this half worth about $340k; QBR in June.',
  "  leading and trailing  '' separators -- ",
  'Ærø 東京 Ünïcödé at the end',
  "café-au-lait, naïve’s rock'n'roll a—b",
  'ΟΔΟΣ ΣΟΦΙΑΣ; Straße',
  "x'y 'leading trailing' Müller Müller",
  'x',
  '',
];

describe('TermVocabulary', () => {
  it('scans text into exactly the terms the general split gives', () => {
    const vocabulary = new TermVocabulary();
    for (const text of TEXTS) {
      expect(scanned(vocabulary, text)).toEqual(splitTerms(text).filter((term) => term !== ''));
    }
  });

  it('numbers each term once, however it was first seen', () => {
    const vocabulary = new TermVocabulary();
    vocabulary.scan('Cedar CEDAR cedar Müller');
    expect(vocabulary.size).toBe(2);
    expect(vocabulary.find('cedar')).toBe(0);
    expect(vocabulary.find('muller')).toBe(1);
    expect(vocabulary.find('harbor')).toBe(-1);
    expect(vocabulary.intern('harbor')).toBe(2);
    vocabulary.scan('HARBOR');
    expect(vocabulary.termAt(0)).toBe(2);
  });

  it('keeps finding terms as its table grows', () => {
    const vocabulary = new TermVocabulary();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    vocabulary.scan(words.join(' '));
    expect(vocabulary.size).toBe(5000);
    expect(words.every((word, i) => vocabulary.find(word) === i)).toBe(true);
  });

  it('hashes a term the way the scanner hashes it in place', () => {
    const vocabulary = new TermVocabulary();
    vocabulary.scan('MiXeD');
    expect(vocabulary.find('mixed')).toBe(0);
    expect(termHash('mixed')).not.toBe(termHash('mixes'));
  });
});
