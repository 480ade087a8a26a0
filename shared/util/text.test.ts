import { describe, expect, it } from 'vitest';
import { asciiFold, slugify } from './text';

describe('asciiFold', () => {
  it('folds accented and special Latin letters to ASCII', () => {
    expect(asciiFold('Søren Bērziņš, Łukasz, Zoë, Inês, Treviño, Straße')).toBe(
      'Soren Berzins, Lukasz, Zoe, Ines, Trevino, Strasse',
    );
  });
});

describe('slugify', () => {
  it('keeps lower-case words joined by the separator', () => {
    expect(slugify('Managed Services')).toBe('managed-services');
    expect(slugify("O'Brien & Co.")).toBe('obrien-co');
    expect(slugify('Mārtiņš', '')).toBe('martins');
    expect(slugify('  --  ')).toBe('');
  });
});
