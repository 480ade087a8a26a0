import { describe, expect, it } from 'vitest';
import { isWithinOneEdit, normalizeText, searchTerms, splitTerms } from './search-terms';

describe('search terms', () => {
  it('lower-cases, folds accents and drops apostrophes', () => {
    expect(normalizeText("Jürgen O'Brien-Søndergaard")).toBe('jurgen obrien-sondergaard');
    expect(normalizeText('Straße ŁÓDŹ')).toBe('strasse lodz');
  });

  it('splits on anything but letters and digits, in any script', () => {
    expect(searchTerms('liis.tamm@harbor.example, +1 212')).toEqual([
      'liis',
      'tamm',
      'harbor',
      'example',
      '1',
      '212',
    ]);
    expect(searchTerms('Москва – 東京')).toEqual(['москва', '東京']);
    expect(searchTerms('  ...  ')).toEqual([]);
  });

  it('splits ASCII and non-ASCII text the same way', () => {
    // Both go through one rule; the ASCII path only skips the Unicode work.
    expect(splitTerms('Co-sell, MDF').filter(Boolean)).toEqual(['co', 'sell', 'mdf']);
    expect(splitTerms('Co-sell, MDF é').filter(Boolean)).toEqual(['co', 'sell', 'mdf', 'e']);
  });

  it('tells words one edit apart', () => {
    expect(isWithinOneEdit('harbor', 'harbor')).toBe(true);
    expect(isWithinOneEdit('harbor', 'harbour')).toBe(true);
    expect(isWithinOneEdit('harbour', 'harbor')).toBe(true);
    expect(isWithinOneEdit('harbor', 'harbar')).toBe(true);
    expect(isWithinOneEdit('harbor', 'arbor')).toBe(true);
    expect(isWithinOneEdit('harbor', 'harbo')).toBe(true);
    expect(isWithinOneEdit('harbor', 'hrabor')).toBe(false);
    expect(isWithinOneEdit('harbor', 'harborst')).toBe(false);
    expect(isWithinOneEdit('harbor', 'xarbox')).toBe(false);
  });
});
