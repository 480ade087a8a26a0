import { describe, expect, it } from 'vitest';
import { compareTexts, textSortKey } from './sort-key';

const sortByKey = (values: string[]) => [...values].sort(compareTexts);

describe('textSortKey', () => {
  it('ignores case and accents', () => {
    expect(textSortKey('Ärzte Müller')).toBe(textSortKey('arzte muller'));
    expect(sortByKey(['beta', 'Alpha', 'Éclair', 'delta'])).toEqual([
      'Alpha',
      'beta',
      'delta',
      'Éclair',
    ]);
  });

  it('orders numbers by value, leading zeros aside', () => {
    expect(sortByKey(['Gamma 10', 'Gamma 9', 'Gamma 100', 'Gamma 09a'])).toEqual([
      'Gamma 9',
      'Gamma 09a',
      'Gamma 10',
      'Gamma 100',
    ]);
    expect(textSortKey('Site 7')).toBe('site 000000000007');
  });

  it('trims surrounding spaces', () => {
    expect(textSortKey('  Nordlys ')).toBe('nordlys');
  });
});
